import { Temporal } from 'temporal-polyfill';
import type { AttendanceOutcome, CancelledBy, InterviewState } from '../../../shared/interviews.ts';

// Follow-through: of the interviews a candidate committed to, how many did they keep?
//
// Definitions (the figures on every screen follow these, so change them here only):
// - Committed: the candidate booked or confirmed a time (`committedAt` is set). An interview whose
//   proposed times were never taken up was never committed, and does not count.
// - Kept: the recruiter recorded "attended".
// - Not kept: "no-show", "cancelled-late", or cancelled by the candidate after committing.
// - Excluded: cancelled by the agency or the client (nothing the candidate did), cancelled with
//   no one named as cancelling (we do not guess against the candidate), and never committed.
// - Pending: committed, not cancelled, and no final outcome yet: in the future, not recorded
//   yet, or last recorded as "rescheduled" (its real outcome is the one at the new time).
//   Pending interviews are reported beside the rate but are not part of it.
// - A rescheduled interview is one interview and counts once, by its final outcome. Callers
//   may pass one record per interview, or one per time it had; see `finalRecords`.
// - committed = kept + not kept; rate = kept / committed, or null when nothing is committed.

/** One interview as the follow-through figures need it. Instants are ISO strings in UTC. */
export interface FollowThroughRecord {
  interviewId: number;
  candidateId: number;
  /** The recruiter responsible for the candidate; null when no one is. */
  recruiterId: string | null;
  /** The instant the interview is (finally) set for; null when no time was ever fixed. */
  scheduledAt: string | null;
  /** When the candidate booked or confirmed a time; null if they never did. */
  committedAt: string | null;
  state: InterviewState;
  cancelledBy: CancelledBy | null;
  outcome: AttendanceOutcome | null;
}

export interface FollowThrough {
  committed: number;
  kept: number;
  /** kept / committed, from 0 to 1; null when nothing committed has an outcome yet. */
  rate: number | null;
  pending: number;
}

export type Verdict = 'kept' | 'not-kept' | 'pending' | 'excluded';

/** How one interview counts, by the definitions at the top of this file. */
export function verdict(r: FollowThroughRecord): Verdict {
  if (r.cancelledBy === 'agency' || r.cancelledBy === 'client') return 'excluded';
  if (r.committedAt === null) return 'excluded';
  if (r.outcome === 'attended') return 'kept';
  if (r.outcome === 'no-show' || r.outcome === 'cancelled-late') return 'not-kept';
  if (r.cancelledBy === 'candidate') return 'not-kept';
  if (r.state === 'cancelled') return 'excluded';
  return 'pending';
}

/**
 * One record per interview. When an interview appears more than once (one record per time it
 * had), a record not marked "rescheduled" wins, since a moved time is never the final one; among
 * equals the last one given wins, so pass a history oldest first.
 */
export function finalRecords<R extends FollowThroughRecord>(records: readonly R[]): R[] {
  const byId = new Map<number, R>();
  for (const r of records) {
    const seen = byId.get(r.interviewId);
    if (!seen || seen.outcome === 'rescheduled' || r.outcome !== 'rescheduled') byId.set(r.interviewId, r);
  }
  return [...byId.values()];
}

function tally(finals: readonly FollowThroughRecord[]): FollowThrough {
  let kept = 0;
  let notKept = 0;
  let pending = 0;
  for (const r of finals) {
    const v = verdict(r);
    if (v === 'kept') kept++;
    else if (v === 'not-kept') notKept++;
    else if (v === 'pending') pending++;
  }
  const committed = kept + notKept;
  return { committed, kept, rate: committed === 0 ? null : kept / committed, pending };
}

/** Interviews kept of interviews committed, over all the records given. */
export function followThrough(records: readonly FollowThroughRecord[]): FollowThrough {
  return tally(finalRecords(records));
}

export type GroupKey = 'candidateId' | 'recruiterId';

/**
 * Follow-through per candidate or per recruiter, groups in the order they first appear. Every
 * key seen is listed, even when none of its interviews count (its rate is then null).
 */
export function byGroup<K extends GroupKey>(
  records: readonly FollowThroughRecord[],
  key: K,
): Array<FollowThrough & { key: FollowThroughRecord[K] }> {
  const groups = new Map<FollowThroughRecord[K], FollowThroughRecord[]>();
  for (const r of finalRecords(records)) {
    const list = groups.get(r[key]);
    if (list) list.push(r);
    else groups.set(r[key], [r]);
  }
  return [...groups].map(([k, list]) => ({ key: k, ...tally(list) }));
}

export interface OverTimeOptions {
  bucket: 'week' | 'month';
  /** The agency's IANA zone: an interview at 23:30 local time counts on that local day. */
  zone: string;
  /** Optional first and last days to chart (ISO dates); by default, the first to the last interview. */
  from?: string;
  to?: string;
}

/** One point of the chart: the bucket's first day (a Monday for weeks) and its figures. */
export type OverTimePoint = FollowThrough & { start: string };

function bucketOf(day: Temporal.PlainDate, bucket: OverTimeOptions['bucket']): Temporal.PlainDate {
  return bucket === 'month' ? day.with({ day: 1 }) : day.subtract({ days: day.dayOfWeek - 1 });
}

/**
 * Follow-through per week or month, by the day each interview is set for in the agency's zone.
 * Every bucket in the range is present, empty ones with zero counts and a null rate, so a chart
 * shows gaps as gaps. Interviews without a time, or outside `from`..`to`, are left out.
 */
export function overTime(records: readonly FollowThroughRecord[], options: OverTimeOptions): OverTimePoint[] {
  const dated: Array<{ day: Temporal.PlainDate; r: FollowThroughRecord }> = [];
  for (const r of finalRecords(records)) {
    if (r.scheduledAt === null || verdict(r) === 'excluded') continue;
    const day = Temporal.Instant.from(r.scheduledAt).toZonedDateTimeISO(options.zone).toPlainDate();
    dated.push({ day, r });
  }
  const days = dated.map((d) => d.day).sort(Temporal.PlainDate.compare);
  const first = options.from ? Temporal.PlainDate.from(options.from) : days[0];
  const last = options.to ? Temporal.PlainDate.from(options.to) : days[days.length - 1];
  if (!first || !last || Temporal.PlainDate.compare(first, last) > 0) return [];

  const buckets = new Map<string, FollowThroughRecord[]>();
  const step = options.bucket === 'month' ? { months: 1 } : { weeks: 1 };
  for (let b = bucketOf(first, options.bucket); Temporal.PlainDate.compare(b, last) <= 0; b = b.add(step))
    buckets.set(b.toString(), []);
  for (const { day, r } of dated) {
    if (Temporal.PlainDate.compare(day, first) < 0 || Temporal.PlainDate.compare(day, last) > 0) continue;
    buckets.get(bucketOf(day, options.bucket).toString())?.push(r);
  }
  return [...buckets].map(([start, list]) => ({ start, ...tally(list) }));
}
