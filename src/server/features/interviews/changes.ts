import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { InterviewInput, RescheduleInput } from '../../../shared/interview-api.ts';
import { type AttendanceOutcome, INTERVIEW_ROUND_LABELS } from '../../../shared/interviews.ts';
import type { DialectName } from '../../db/connect.ts';
import { iso, type Tables } from '../../db/tables.ts';
import { conflict, HttpError, invalid, notFound } from '../../platform/errors.ts';
import { recordActivity } from '../activity/index.ts';
import { assertNoClash } from './clashes.ts';
import type { InterviewNotifier } from './notify.ts';
import { planTime, type SlotTimes } from './plan.ts';
import { type ApplicationFacts, insertBooking } from './queries.ts';

// Staff writes: set an interview up, move it, call it off, record what happened. Each runs in
// one transaction with its activity entry, and locks the interview row on PostgreSQL so two
// changes to one interview never interleave (SQLite serialises writers on its own).

/** The interview row, locked for the rest of the transaction on PostgreSQL. */
export async function lockInterview(tx: Kysely<Tables>, dialect: DialectName, id: number) {
  let q = tx
    .selectFrom('interview as i')
    .innerJoin('application as a', 'a.id', 'i.application_id')
    .select([
      'i.id',
      'i.state',
      'i.format',
      'i.round',
      'i.capacity',
      'i.duration_minutes',
      'i.sequence',
      'a.id as application_id',
      'a.candidate_id',
      'a.opening_id',
    ])
    .where('i.id', '=', id);
  if (dialect === 'postgres') q = q.forUpdate('i');
  const row = await q.executeTakeFirst();
  if (!row) throw notFound('That interview');
  return row;
}
export type LockedInterview = Awaited<ReturnType<typeof lockInterview>>;

export const isOver = (state: string) => state === 'cancelled' || state === 'completed';
const roundWords = (round: string) =>
  (INTERVIEW_ROUND_LABELS as Record<string, string>)[round]?.toLowerCase() ?? 'interview';

export interface NewInterview {
  app: ApplicationFacts;
  input: InterviewInput;
  slots: SlotTimes[];
  /** Application ids whose candidates may book (the first is the one it is set up from). */
  invitees: { applicationId: number }[];
  userId: string;
  /** Queues the invitation mails in this transaction (routes pass interviewNotifier(ctx)). */
  notify?: InterviewNotifier;
}

/** One time books the candidate at once ("scheduled"); several wait for their choice. */
export async function createInterview(db: Kysely<Tables>, n: NewInterview): Promise<number> {
  const { app, input } = n;
  return db.transaction().execute(async (tx) => {
    const now = new Date().toISOString();
    const fixed = n.slots.length === 1;
    const row = await tx
      .insertInto('interview')
      .values({
        application_id: app.id,
        round: input.round,
        format: input.format,
        duration_minutes: input.durationMinutes,
        location: input.location,
        video_url: input.videoUrl,
        instructions: input.instructions,
        zone: input.zone,
        state: fixed ? 'scheduled' : 'proposed',
        capacity: input.capacity,
        uid: `${randomUUID()}@followthrough`,
        cancel_reason: null,
        cancelled_by: null,
        created_by: n.userId,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('interview_invitee')
      .values(
        n.invitees.map((v) => ({
          interview_id: row.id,
          application_id: v.applicationId,
        })),
      )
      .execute();
    if (input.interviewerIds.length > 0)
      await tx
        .insertInto('interview_interviewer')
        .values(
          [...new Set(input.interviewerIds)].map((contact_id) => ({ interview_id: row.id, contact_id })),
        )
        .execute();
    const slots = await tx
      .insertInto('interview_slot')
      .values(
        n.slots.map((s) => ({
          interview_id: row.id,
          starts_at: s.startsAt,
          ends_at: s.endsAt,
          seats_taken: fixed ? 1 : 0,
        })),
      )
      .returning('id')
      .execute();
    const only = fixed ? slots[0] : undefined;
    if (only)
      await insertBooking(tx, { interviewId: row.id, slotId: only.id, candidateId: app.candidate_id, now });
    const when = only ? `for ${n.slots[0]?.startsAt}` : `with ${n.slots.length} times to choose from`;
    await recordActivity(tx, {
      candidateId: app.candidate_id,
      openingId: app.opening_id,
      applicationId: app.id,
      kind: 'application',
      summary: `Set up a ${roundWords(input.round)} (${input.format}) ${when}`,
      actorId: n.userId,
    });
    await n.notify?.(tx, row.id, fixed ? 'booked' : 'proposed');
    return row.id;
  });
}

/** Moves a booked time: same interview and UID, a higher sequence, the old time kept. */
export async function reschedule(
  db: Kysely<Tables>,
  dialect: DialectName,
  id: number,
  input: RescheduleInput,
  userId: string,
  notify?: InterviewNotifier,
): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const i = await lockInterview(tx, dialect, id);
    if (i.state !== 'scheduled')
      throw conflict('not_scheduled', 'Only a booked interview can be moved; this one has no time fixed.');
    const booked = await tx
      .selectFrom('interview_slot')
      .select(['id', 'starts_at', 'ends_at'])
      .where('interview_id', '=', id)
      .where('seats_taken', '>', 0)
      .execute();
    const slot = input.slotId
      ? booked.find((s) => s.id === input.slotId)
      : booked.length === 1
        ? booked[0]
        : undefined;
    if (!slot)
      throw invalid('Say which booked time to move.', {
        slotId: input.slotId ? 'No booked time with this id' : 'Choose the booked time to move',
      });
    const p = planTime(input, i.format as InterviewInput['format'], i.duration_minutes, new Date());
    if (!p.ok) throw invalid('The new time is not valid.', { [p.field]: p.message });
    if (i.format !== 'written-test') {
      const panel = await tx
        .selectFrom('interview_interviewer')
        .select('contact_id')
        .where('interview_id', '=', id)
        .execute();
      const contactIds = panel.map((x) => x.contact_id);
      await assertNoClash(tx, { userId, contactIds }, [p.slot], () => 'startsAt', id);
    }
    const now = new Date().toISOString();
    await tx
      .updateTable('interview_slot')
      .set({ starts_at: p.slot.startsAt, ends_at: p.slot.endsAt })
      .where('id', '=', slot.id)
      .execute();
    await tx
      .insertInto('interview_time_change')
      .values({
        interview_id: id,
        from_starts_at: iso(slot.starts_at),
        from_ends_at: iso(slot.ends_at),
        to_starts_at: p.slot.startsAt,
        to_ends_at: p.slot.endsAt,
        changed_by: userId,
        created_at: now,
      })
      .execute();
    // A new time needs a new yes from the candidate, and answers any request to move it.
    await tx
      .updateTable('interview_booking')
      .set({ confirmed_at: null, move_requested_at: null, move_request_note: '', updated_at: now })
      .where('slot_id', '=', slot.id)
      .execute();
    await tx
      .updateTable('interview')
      .set({ sequence: i.sequence + 1, updated_at: now })
      .where('id', '=', id)
      .execute();
    await recordActivity(tx, {
      candidateId: i.candidate_id,
      openingId: i.opening_id,
      applicationId: i.application_id,
      kind: 'application',
      summary: `Moved the ${roundWords(i.round)} from ${iso(slot.starts_at)} to ${p.slot.startsAt}`,
      actorId: userId,
    });
    await notify?.(tx, id, 'rescheduled');
  });
}

export async function cancelByStaff(
  db: Kysely<Tables>,
  dialect: DialectName,
  id: number,
  input: { by: 'agency' | 'client'; reason: string },
  userId: string,
  notify?: InterviewNotifier,
): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const i = await lockInterview(tx, dialect, id);
    if (isOver(i.state)) throw conflict('interview_over', `This interview is already ${i.state}.`);
    const now = new Date().toISOString();
    await tx
      .updateTable('interview')
      .set({
        state: 'cancelled',
        cancelled_by: input.by,
        cancel_note: input.reason,
        cancelled_at: now,
        sequence: i.sequence + 1,
        updated_at: now,
      })
      .where('id', '=', id)
      .execute();
    await tx
      .updateTable('interview_booking')
      .set({ state: 'cancelled', updated_at: now })
      .where('interview_id', '=', id)
      .where('state', '=', 'booked')
      .execute();
    await recordActivity(tx, {
      candidateId: i.candidate_id,
      openingId: i.opening_id,
      applicationId: i.application_id,
      kind: 'application',
      summary: `Cancelled the ${roundWords(i.round)} (${input.by === 'client' ? 'by the employer' : 'by the agency'}): ${input.reason}`,
      actorId: userId,
    });
    await notify?.(tx, id, 'cancelled');
  });
}

/** Records whether a booked candidate came, once the time has passed. */
export async function recordAttendance(
  db: Kysely<Tables>,
  dialect: DialectName,
  id: number,
  input: { outcome: AttendanceOutcome; candidateId?: number },
): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const i = await lockInterview(tx, dialect, id);
    if (i.state === 'cancelled') throw conflict('interview_over', 'This interview was cancelled.');
    const bookings = await tx
      .selectFrom('interview_booking as b')
      .innerJoin('interview_slot as s', 's.id', 'b.slot_id')
      .select(['b.id', 'b.candidate_id', 's.ends_at'])
      .where('b.interview_id', '=', id)
      .where('b.state', '=', 'booked')
      .execute();
    const booking = input.candidateId
      ? bookings.find((b) => b.candidate_id === input.candidateId)
      : bookings.length === 1
        ? bookings[0]
        : undefined;
    if (!booking) {
      if (bookings.length === 0) throw conflict('not_booked', 'No one is booked on this interview yet.');
      throw invalid('Say whose attendance this is.', { candidateId: 'Choose a booked candidate' });
    }
    if (new Date(iso(booking.ends_at)).getTime() > Date.now())
      throw new HttpError(409, 'too_early', 'Record attendance once the interview’s time has passed.');
    const now = new Date().toISOString();
    await tx
      .updateTable('interview_booking')
      .set({ attendance: input.outcome, updated_at: now })
      .where('id', '=', booking.id)
      .execute();
    const open = await tx
      .selectFrom('interview_booking')
      .select('id')
      .where('interview_id', '=', id)
      .where('state', '=', 'booked')
      .where((eb) => eb.or([eb('attendance', 'is', null), eb('attendance', '=', 'rescheduled')]))
      .executeTakeFirst();
    if (!open)
      await tx
        .updateTable('interview')
        .set({ state: 'completed', updated_at: now })
        .where('id', '=', id)
        .execute();
  });
}
