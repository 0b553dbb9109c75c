import type { AttendanceOutcome, CancelledBy, InterviewState } from '../../../shared/interviews.ts';
import type { FollowThroughRecord } from './follow-through.ts';

// From booking rows to follow-through records: which booking is a candidate's commitment to an
// interview, and how its state reads by the definitions in follow-through.ts. No I/O.

/** One interview_booking row with what follow-through needs of its interview, slot and people. */
export interface BookingRow {
  bookingId: number;
  interviewId: number;
  candidateId: number;
  candidateOwner: string | null;
  openingOwner: string | null;
  /** The booked slot's start, ISO UTC. */
  startsAt: string;
  bookingState: 'booked' | 'cancelled';
  bookingCreatedAt: string;
  bookingUpdatedAt: string;
  /** Set only when the candidate cancelled the booking themselves. */
  cancelReason: string | null;
  attendance: AttendanceOutcome | null;
  interviewState: InterviewState;
  interviewCancelledBy: CancelledBy | null;
}

/**
 * Whether `a` is a later word on the commitment than `b`. A candidate holds at most one live
 * booking per interview (booking refuses a second), so a live one always wins; otherwise the one
 * changed last, then the newer row. A booking cancelled and booked again on the same slot
 * reuses its row, which is why "created last" alone is not enough.
 */
function isLater(a: BookingRow, b: BookingRow): boolean {
  if (a.bookingState !== b.bookingState) return a.bookingState === 'booked';
  const au = Date.parse(a.bookingUpdatedAt);
  const bu = Date.parse(b.bookingUpdatedAt);
  if (au !== bu) return au > bu;
  return a.bookingId > b.bookingId;
}

/** Each candidate's latest booking per interview: one commitment per (interview, candidate). */
export function latestBookings<R extends BookingRow>(rows: readonly R[]): R[] {
  const latest = new Map<string, R>();
  for (const r of rows) {
    const key = `${r.interviewId}:${r.candidateId}`;
    const seen = latest.get(key);
    if (!seen || isLater(r, seen)) latest.set(key, r);
  }
  return [...latest.values()];
}

/**
 * A booking as a follow-through record.
 *
 * The record's `interviewId` is the booking's id, not the interview's: in a group session
 * several candidates book one interview and each booking is its own commitment, while
 * followThrough/byGroup keep one record per `interviewId` (see finalRecords). Keyed by the
 * interview, a session of five would count once.
 */
export function toRecord(r: BookingRow): FollowThroughRecord {
  const cancelled = r.bookingState === 'cancelled';
  return {
    interviewId: r.bookingId,
    candidateId: r.candidateId,
    recruiterId: r.candidateOwner ?? r.openingOwner,
    scheduledAt: r.startsAt,
    committedAt: r.bookingCreatedAt,
    state: cancelled ? 'cancelled' : r.interviewState,
    // Staff cancellations leave no reason on the booking and name agency or client on the
    // interview; a booking cancelled while the interview goes on was the candidate's own doing
    // only if it carries their reason, so anything else names no one (and is excluded).
    cancelledBy: r.cancelReason !== null ? 'candidate' : cancelled ? r.interviewCancelledBy : null,
    outcome: r.attendance,
  };
}

/** The follow-through records for a set of booking rows: latest booking per commitment, mapped. */
export function followThroughRecords(rows: readonly BookingRow[]): FollowThroughRecord[] {
  return latestBookings(rows).map(toRecord);
}
