import type { Kysely } from 'kysely';
import { CANCEL_REASON_LABELS, type CancelInput } from '../../../shared/interviews.ts';
import type { DialectName } from '../../db/connect.ts';
import { iso, type Tables } from '../../db/tables.ts';
import { conflict, HttpError, notFound } from '../../platform/errors.ts';
import { recordActivity } from '../activity/index.ts';
import { isOver, lockInterview } from './changes.ts';
import type { InterviewNotifier } from './notify.ts';
import { insertBooking } from './queries.ts';

// The candidate's writes: pick a time, confirm it, cancel. A seat is taken only by a
// conditional UPDATE (`seats_taken < capacity`), which both databases apply atomically, so a
// group session is never overbooked however many people pick its last seat at once.

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
    const taken = await tx
      .updateTable('interview_slot')
      .set((eb) => ({ seats_taken: eb('seats_taken', '+', 1) }))
      .where('id', '=', slotId)
      .where('seats_taken', '<', i.capacity)
      .executeTakeFirst();
    if (Number(taken.numUpdatedRows) === 0)
      throw conflict('slot_full', 'That time was just taken. Please choose another.');
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
    const booking = await tx
      .selectFrom('interview_booking as b')
      .innerJoin('interview_slot as s', 's.id', 'b.slot_id')
      .select(['b.id', 'b.slot_id', 's.starts_at'])
      .where('b.interview_id', '=', interviewId)
      .where('b.candidate_id', '=', who.candidateId)
      .where('b.state', '=', 'booked')
      .executeTakeFirst();
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
      await tx
        .updateTable('interview_slot')
        .set((eb) => ({ seats_taken: eb('seats_taken', '-', 1) }))
        .where('id', '=', booking.slot_id)
        .where('seats_taken', '>', 0)
        .execute();
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
    // A whole interview called off; a freed seat in a group session sends no calendar change.
    if (!group) await notify?.(tx, interviewId, 'cancelled');
  });
}
