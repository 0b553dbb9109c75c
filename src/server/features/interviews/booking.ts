import type { Kysely } from 'kysely';
import { CANCEL_REASON_LABELS, type CancelInput } from '../../../shared/interviews.ts';
import { zonedText } from '../../../shared/zoned-time.ts';
import type { DialectName } from '../../db/connect.ts';
import { iso, type Tables } from '../../db/tables.ts';
import { conflict, HttpError, notFound } from '../../platform/errors.ts';
import { enqueueMail } from '../../platform/outbox.ts';
import { recordActivity } from '../activity/index.ts';
import { insertTask } from '../tasks/queries.ts';
import { isOver, lockInterview } from './changes.ts';
import type { InterviewNotifier } from './notify.ts';
import { insertBooking } from './queries.ts';

// The candidate's writes: pick a time, confirm it, cancel. A seat is taken only by a
// conditional UPDATE (`seats_taken < capacity`), which both databases apply atomically, so a
// group session is never overbooked however many people pick its last seat at once.

/** Takes a seat on a time, or refuses when none is left (one atomic UPDATE on both databases). */
async function takeSeat(tx: Kysely<Tables>, slotId: number, capacity: number): Promise<void> {
  const taken = await tx
    .updateTable('interview_slot')
    .set((eb) => ({ seats_taken: eb('seats_taken', '+', 1) }))
    .where('id', '=', slotId)
    .where('seats_taken', '<', capacity)
    .executeTakeFirst();
  if (Number(taken.numUpdatedRows) === 0)
    throw conflict('slot_full', 'That time was just taken. Please choose another.');
}

async function freeSeat(tx: Kysely<Tables>, slotId: number): Promise<void> {
  await tx
    .updateTable('interview_slot')
    .set((eb) => ({ seats_taken: eb('seats_taken', '-', 1) }))
    .where('id', '=', slotId)
    .where('seats_taken', '>', 0)
    .execute();
}

/** The candidate's live booking on this interview, with its time; undefined when they hold none. */
function bookedSeat(tx: Kysely<Tables>, interviewId: number, candidateId: number) {
  return tx
    .selectFrom('interview_booking as b')
    .innerJoin('interview_slot as s', 's.id', 'b.slot_id')
    .select(['b.id', 'b.slot_id', 's.starts_at', 's.ends_at'])
    .where('b.interview_id', '=', interviewId)
    .where('b.candidate_id', '=', candidateId)
    .where('b.state', '=', 'booked')
    .executeTakeFirst();
}

export interface Actor {
  candidateId: number;
  /** The signed-in user, or null for a signed link. */
  userId: string | null;
}

export async function bookSlot(
  db: Kysely<Tables>,
  dialect: DialectName,
  interviewId: number,
  slotId: number,
  who: Actor,
  notify?: InterviewNotifier,
): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const i = await lockInterview(tx, dialect, interviewId);
    if (isOver(i.state)) throw conflict('interview_over', `This interview is ${i.state}.`);
    const slot = await tx
      .selectFrom('interview_slot')
      .select(['id', 'starts_at'])
      .where('id', '=', slotId)
      .where('interview_id', '=', interviewId)
      .executeTakeFirst();
    if (!slot) throw notFound('That time');
    if (new Date(iso(slot.starts_at)).getTime() <= Date.now())
      throw conflict('time_passed', 'That time has passed. Please choose another.');
    const mine = await tx
      .selectFrom('interview_booking')
      .select(['id', 'slot_id', 'state'])
      .where('interview_id', '=', interviewId)
      .where('candidate_id', '=', who.candidateId)
      .execute();
    if (mine.some((b) => b.state === 'booked'))
      throw conflict(
        'already_booked',
        'You already have a time for this interview. Ask your recruiter if you need to move it.',
      );
    await takeSeat(tx, slotId, i.capacity);
    const now = new Date().toISOString();
    const again = mine.find((b) => b.slot_id === slotId);
    if (again)
      await tx
        .updateTable('interview_booking')
        .set({ state: 'booked', confirmed_at: null, cancel_reason: null, cancel_note: '', updated_at: now })
        .where('id', '=', again.id)
        .execute();
    else await insertBooking(tx, { interviewId, slotId, candidateId: who.candidateId, now });
    if (i.state === 'proposed')
      await tx
        .updateTable('interview')
        .set({ state: 'scheduled', updated_at: now })
        .where('id', '=', interviewId)
        .execute();
    await recordActivity(tx, {
      candidateId: who.candidateId,
      openingId: i.opening_id,
      applicationId: i.candidate_id === who.candidateId ? i.application_id : null,
      kind: 'application',
      summary: `Booked an interview for ${iso(slot.starts_at)}`,
      actorId: who.userId,
    });
    // Only this candidate's invitation: the others in a group already have theirs.
    await notify?.(tx, interviewId, 'booked', who.candidateId);
  });
}

/** The candidate says they will be there. Confirming twice keeps the first time. */
export async function confirmBooking(db: Kysely<Tables>, interviewId: number, who: Actor): Promise<void> {
  const booking = await db
    .selectFrom('interview_booking')
    .select(['id', 'confirmed_at'])
    .where('interview_id', '=', interviewId)
    .where('candidate_id', '=', who.candidateId)
    .where('state', '=', 'booked')
    .executeTakeFirst();
  if (!booking) throw conflict('not_booked', 'Choose a time before confirming.');
  if (booking.confirmed_at !== null) return;
  const now = new Date().toISOString();
  await db
    .updateTable('interview_booking')
    .set({ confirmed_at: now, updated_at: now })
    .where('id', '=', booking.id)
    .execute();
}

/**
 * The candidate calls off their place, with a reason. For a one-person interview that cancels
 * the interview itself; in a group session only their seat is freed.
 */
export async function cancelByCandidate(
  db: Kysely<Tables>,
  dialect: DialectName,
  interviewId: number,
  input: CancelInput,
  who: Actor,
  notify?: InterviewNotifier,
): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const i = await lockInterview(tx, dialect, interviewId);
    if (isOver(i.state)) throw conflict('interview_over', `This interview is already ${i.state}.`);
    const booking = await bookedSeat(tx, interviewId, who.candidateId);
    const group = i.capacity > 1;
    if (!booking && group) throw conflict('not_booked', 'You have no time booked in this session.');
    if (booking && new Date(iso(booking.starts_at)).getTime() <= Date.now())
      throw new HttpError(409, 'time_passed', 'This interview has already started; call your recruiter.');
    const now = new Date().toISOString();
    if (booking) {
      await tx
        .updateTable('interview_booking')
        .set({ state: 'cancelled', cancel_reason: input.reason, cancel_note: input.details, updated_at: now })
        .where('id', '=', booking.id)
        .execute();
      await freeSeat(tx, booking.slot_id);
    }
    if (!group)
      await tx
        .updateTable('interview')
        .set({
          state: 'cancelled',
          cancelled_by: 'candidate',
          cancel_reason: input.reason,
          cancel_note: input.details,
          cancelled_at: now,
          sequence: i.sequence + 1,
          updated_at: now,
        })
        .where('id', '=', interviewId)
        .execute();
    await recordActivity(tx, {
      candidateId: who.candidateId,
      openingId: i.opening_id,
      applicationId: i.candidate_id === who.candidateId ? i.application_id : null,
      kind: 'application',
      summary: `Cancelled ${group ? 'their place in a group interview' : 'the interview'}: ${CANCEL_REASON_LABELS[input.reason]}${input.details ? ` (${input.details})` : ''}`,
      actorId: who.userId,
    });
    // A whole interview called off goes to everyone; a seat freed in a group session changes no
    // one's calendar, so only the recruiter hears of it.
    await notify?.(tx, interviewId, group ? 'seat-cancelled' : 'cancelled', who.candidateId);
  });
}

/**
 * The candidate moves their booking to another of the offered times that still has room: the
 * same interview and UID with a higher sequence, the old time kept in its history, and a new
 * confirmation asked for. This is the "reschedule instead" of the cancel flow.
 */
export async function moveBooking(
  db: Kysely<Tables>,
  dialect: DialectName,
  interviewId: number,
  slotId: number,
  who: Actor,
  notify?: InterviewNotifier,
): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const i = await lockInterview(tx, dialect, interviewId);
    if (isOver(i.state)) throw conflict('interview_over', `This interview is ${i.state}.`);
    const booking = await bookedSeat(tx, interviewId, who.candidateId);
    if (!booking) throw conflict('not_booked', 'You have no time booked to move. Choose a time instead.');
    if (new Date(iso(booking.starts_at)).getTime() <= Date.now())
      throw conflict('time_passed', 'This interview has already started; call your recruiter.');
    if (booking.slot_id === slotId) throw conflict('same_time', 'You are already booked at that time.');
    const target = await tx
      .selectFrom('interview_slot')
      .select(['id', 'starts_at', 'ends_at'])
      .where('id', '=', slotId)
      .where('interview_id', '=', interviewId)
      .executeTakeFirst();
    if (!target) throw notFound('That time');
    if (new Date(iso(target.starts_at)).getTime() <= Date.now())
      throw conflict('time_passed', 'That time has passed. Please choose another.');
    await takeSeat(tx, slotId, i.capacity);
    await freeSeat(tx, booking.slot_id);
    const now = new Date().toISOString();
    await tx
      .updateTable('interview_booking')
      .set({
        slot_id: slotId,
        confirmed_at: null,
        move_requested_at: null,
        move_request_note: '',
        updated_at: now,
      })
      .where('id', '=', booking.id)
      .execute();
    const from = { startsAt: iso(booking.starts_at), endsAt: iso(booking.ends_at) };
    const to = { startsAt: iso(target.starts_at), endsAt: iso(target.ends_at) };
    await tx
      .insertInto('interview_time_change')
      .values({
        interview_id: interviewId,
        from_starts_at: from.startsAt,
        from_ends_at: from.endsAt,
        to_starts_at: to.startsAt,
        to_ends_at: to.endsAt,
        changed_by: who.userId,
        created_at: now,
      })
      .execute();
    await tx
      .updateTable('interview')
      .set({ sequence: i.sequence + 1, updated_at: now })
      .where('id', '=', interviewId)
      .execute();
    await recordActivity(tx, {
      candidateId: who.candidateId,
      openingId: i.opening_id,
      applicationId: i.candidate_id === who.candidateId ? i.application_id : null,
      kind: 'application',
      summary: `Moved their interview from ${from.startsAt} to ${to.startsAt}`,
      actorId: who.userId,
    });
    await notify?.(tx, interviewId, 'rescheduled', who.candidateId);
  });
}

/**
 * The candidate cannot make any offered time and asks for another. Their booking stays (so the
 * interview is not lost); the recruiter gets a task due now and a mail, and the request shows on
 * the interview until the time moves.
 */
export async function askToMove(
  db: Kysely<Tables>,
  interviewId: number,
  note: string,
  who: Actor & { userId: string },
  agencyName: string,
): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const booking = await tx
      .selectFrom('interview_booking as b')
      .innerJoin('interview as i', 'i.id', 'b.interview_id')
      .innerJoin('application as a', 'a.id', 'i.application_id')
      .innerJoin('opening as o', 'o.id', 'a.opening_id')
      .innerJoin('candidate as c', 'c.id', 'b.candidate_id')
      .innerJoin('interview_slot as s', 's.id', 'b.slot_id')
      .select([
        'b.id',
        'i.state',
        'i.zone',
        'i.created_by',
        'i.application_id',
        'a.candidate_id as application_candidate',
        'o.id as opening_id',
        'o.title',
        'o.owner_id as opening_owner',
        'c.owner_id as candidate_owner',
        'c.name',
        's.starts_at',
      ])
      .where('b.interview_id', '=', interviewId)
      .where('b.candidate_id', '=', who.candidateId)
      .where('b.state', '=', 'booked')
      .executeTakeFirst();
    if (!booking) throw conflict('not_booked', 'You have no time booked to move.');
    if (isOver(booking.state)) throw conflict('interview_over', `This interview is ${booking.state}.`);
    const now = new Date().toISOString();
    await tx
      .updateTable('interview_booking')
      .set({ move_requested_at: now, move_request_note: note, updated_at: now })
      .where('id', '=', booking.id)
      .execute();
    const recruiterId = booking.candidate_owner ?? booking.opening_owner ?? booking.created_by;
    const when = zonedText(iso(booking.starts_at), booking.zone);
    const applicationId = booking.application_candidate === who.candidateId ? booking.application_id : null;
    if (recruiterId) {
      await insertTask(tx, {
        title: `Find a new interview time for ${booking.name}`,
        details: `${booking.name} cannot make ${when} (${booking.title}) and asks for another time: ${note}`,
        dueAt: now,
        assigneeId: recruiterId,
        createdBy: who.userId,
        subject: applicationId ? { type: 'application', id: applicationId } : null,
        candidateId: who.candidateId,
      });
      const recruiter = await tx
        .selectFrom('user')
        .select(['name', 'email'])
        .where('id', '=', recruiterId)
        .executeTakeFirst();
      if (recruiter?.email)
        await enqueueMail(tx, {
          to: recruiter.email,
          subject: `${booking.name} asks to move their interview`,
          text: `Hello ${recruiter.name},\n\n${booking.name} cannot make their interview for ${booking.title} on ${when} and asks for another time:\n\n${note}\n\nTheir booking stands until you move it.\n\n${agencyName}`,
        });
    }
    await recordActivity(tx, {
      candidateId: who.candidateId,
      openingId: booking.opening_id,
      applicationId,
      kind: 'application',
      summary: `Asked to move their interview on ${iso(booking.starts_at)}: ${note}`,
      actorId: who.userId,
    });
  });
}
