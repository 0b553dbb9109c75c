// Past interviews for the demo. The real functions refuse what already happened (a time in the
// past, a candidate cancelling after the start), so each past interview is set up at the same
// wall-clock times some whole days ahead, taken through the steps it really had (booked,
// confirmed, moved, cancelled) by the same functions the app uses, then moved back by those
// days: its times, the times its activity entries quote, and its bookkeeping dates. Attendance
// is recorded last, once its time has passed, as a recruiter would.
import type { Kysely } from 'kysely';
import type {
  AttendanceOutcome,
  CancelReason,
  InterviewFormat,
  InterviewRound,
} from '../../../shared/interviews.ts';
import type { DialectName } from '../../db/connect.ts';
import type { Tables } from '../../db/tables.ts';
import { cancelByCandidate, confirmBooking } from '../interviews/booking.ts';
import { cancelByStaff, createInterview, recordAttendance, reschedule } from '../interviews/changes.ts';
import type { ApplicationFacts } from '../interviews/queries.ts';
import { DAY, daysToFuture, HOUR, isoAt, shiftQuotedTimes } from './interview-times.ts';

export interface Writer {
  db: Kysely<Tables>;
  dialect: DialectName;
  now: number;
}

/** The interview's basics; times are given separately. */
export interface Details {
  round: InterviewRound;
  format: InterviewFormat;
  durationMinutes: number;
  location?: string;
  videoUrl?: string;
  instructions?: string;
  zone: string;
  interviewerIds: number[];
}

export type PastEnd =
  | { attendance: AttendanceOutcome }
  | { cancelledBy: 'candidate'; reason: CancelReason; details: string }
  | { cancelledBy: 'client'; reason: string };

export interface PastInterview {
  app: ApplicationFacts;
  /** The candidate's portal account, when they have one (they then act as themselves). */
  seekerId: string | null;
  recruiterId: string;
  details: Details;
  /** When it happened (epoch ms). */
  at: number;
  /** When it was set up: after the card entered Interviewing, before `at`. */
  setUpAt: number;
  /** For a moved interview: the time first booked, before it moved to `at`. */
  movedFrom?: number;
  end: PastEnd;
}

export const inputOf = (d: Details, startsAt: number, capacity = 1) => ({
  round: d.round,
  format: d.format,
  durationMinutes: d.durationMinutes,
  location: d.location ?? '',
  videoUrl: d.videoUrl ?? '',
  instructions: d.instructions ?? '',
  zone: d.zone,
  interviewerIds: d.interviewerIds,
  capacity,
  alsoInvite: [],
  times: [{ startsAt: isoAt(startsAt) }],
});

const slotOf = (startsAt: number, minutes: number) => ({
  startsAt: isoAt(startsAt),
  endsAt: isoAt(startsAt + minutes * 60_000),
});

async function lastActivityId(db: Kysely<Tables>): Promise<number> {
  const row = await db
    .selectFrom('activity')
    .select((eb) => eb.fn.max('id').as('id'))
    .executeTakeFirst();
  return Number(row?.id ?? 0);
}

/** Creates one past interview; no mail is queued (see seed-interviews.ts). Returns its id. */
export async function addPastInterview(w: Writer, p: PastInterview): Promise<number> {
  const shift = daysToFuture(Math.min(p.at, p.movedFrom ?? p.at), w.now) * DAY;
  const firstBooked = (p.movedFrom ?? p.at) + shift;
  const since = await lastActivityId(w.db);
  const who = { candidateId: p.app.candidate_id, userId: p.seekerId };
  const id = await createInterview(w.db, {
    app: p.app,
    input: inputOf(p.details, firstBooked),
    slots: [slotOf(firstBooked, p.details.durationMinutes)],
    invitees: [{ applicationId: p.app.id }],
    userId: p.recruiterId,
  });
  if (p.movedFrom !== undefined)
    await reschedule(w.db, w.dialect, id, { startsAt: isoAt(p.at + shift) }, p.recruiterId);
  await confirmBooking(w.db, id, who);
  const end = p.end;
  if ('cancelledBy' in end && end.cancelledBy === 'candidate')
    await cancelByCandidate(w.db, w.dialect, id, { reason: end.reason, details: end.details }, who);
  if ('cancelledBy' in end && end.cancelledBy === 'client')
    await cancelByStaff(w.db, w.dialect, id, { by: 'client', reason: end.reason }, p.recruiterId);
  // Confirmed a few hours after it was set up; changed (moved or cancelled) halfway to the day.
  const confirmedAt = Math.min(p.setUpAt + 3 * HOUR, p.at - HOUR);
  const changedAt = p.setUpAt + (p.at - p.setUpAt) / 2;
  await intoThePast(w, id, since, shift, { setUpAt: p.setUpAt, confirmedAt, changedAt });
  if ('attendance' in end) {
    await recordAttendance(w.db, w.dialect, id, { outcome: end.attendance });
    const recorded = isoAt(Math.min(p.at + p.details.durationMinutes * 60_000 + 2 * HOUR, w.now - 60_000));
    await w.db.updateTable('interview').set({ updated_at: recorded }).where('id', '=', id).execute();
    await w.db
      .updateTable('interview_booking')
      .set({ updated_at: recorded })
      .where('interview_id', '=', id)
      .execute();
  }
  return id;
}

/** Moves everything about interview `id` back by `shift` ms and dates its steps as planned. */
async function intoThePast(
  w: Writer,
  id: number,
  activitySince: number,
  shift: number,
  at: { setUpAt: number; confirmedAt: number; changedAt: number },
): Promise<void> {
  const back = (v: Date | string) => isoAt(new Date(v).getTime() - shift);
  await w.db.transaction().execute(async (tx) => {
    for (const s of await tx
      .selectFrom('interview_slot')
      .selectAll()
      .where('interview_id', '=', id)
      .execute())
      await tx
        .updateTable('interview_slot')
        .set({ starts_at: back(s.starts_at), ends_at: back(s.ends_at) })
        .where('id', '=', s.id)
        .execute();
    const changes = await tx
      .selectFrom('interview_time_change')
      .selectAll()
      .where('interview_id', '=', id)
      .execute();
    for (const c of changes)
      await tx
        .updateTable('interview_time_change')
        .set({
          from_starts_at: back(c.from_starts_at),
          from_ends_at: back(c.from_ends_at),
          to_starts_at: back(c.to_starts_at),
          to_ends_at: back(c.to_ends_at),
          created_at: isoAt(at.changedAt),
        })
        .where('id', '=', c.id)
        .execute();
    const i = await tx.selectFrom('interview').select('state').where('id', '=', id).executeTakeFirstOrThrow();
    const changed = i.state === 'cancelled' || changes.length > 0;
    await tx
      .updateTable('interview')
      .set({
        created_at: isoAt(at.setUpAt),
        updated_at: isoAt(changed ? at.changedAt : at.confirmedAt),
        ...(i.state === 'cancelled' ? { cancelled_at: isoAt(at.changedAt) } : {}),
      })
      .where('id', '=', id)
      .execute();
    for (const b of await tx
      .selectFrom('interview_booking')
      .selectAll()
      .where('interview_id', '=', id)
      .execute())
      await tx
        .updateTable('interview_booking')
        .set({
          created_at: isoAt(at.setUpAt),
          confirmed_at: b.confirmed_at === null ? null : isoAt(at.confirmedAt),
          updated_at: isoAt(b.state === 'cancelled' ? at.changedAt : at.confirmedAt),
        })
        .where('id', '=', b.id)
        .execute();
    // The entries this interview wrote, in order: set up first, then each change.
    const entries = await tx
      .selectFrom('activity')
      .select(['id', 'summary'])
      .where('id', '>', activitySince)
      .orderBy('id')
      .execute();
    for (const [n, e] of entries.entries())
      await tx
        .updateTable('activity')
        .set({
          summary: shiftQuotedTimes(e.summary, w.now, shift),
          created_at: isoAt(n === 0 ? at.setUpAt : at.changedAt),
        })
        .where('id', '=', e.id)
        .execute();
  });
}
