import type { Kysely } from 'kysely';
import type {
  AttendanceOutcome,
  CancelledBy,
  InterviewFormat,
  InterviewRound,
  InterviewState,
} from '../../../shared/interviews.ts';
import type { Db } from '../../db/connect.ts';
import { iso, type Tables } from '../../db/tables.ts';
import type { BookingRow } from './follow-through-records.ts';
import type { CandidateRow, ReportRow } from './follow-through-report.ts';

// The follow-through reads: every booking with its interview, slot, candidate and opening,
// for the report (by period and access scope) or for one candidate. Choosing each candidate's
// latest booking and counting happen in follow-through-records.ts and follow-through.ts.

export interface FollowThroughFilter {
  /** Instants bounding the period, as periodBounds gives them. */
  start: string;
  end: string;
  openingId?: number | undefined;
  companyId?: number | undefined;
  /** Under 'own-only': only candidates or openings this user owns. */
  onlyOwner: string | null;
}

/** Bookings joined to what a follow-through record needs. The opening is the interview's own. */
function bookings(db: Kysely<Tables>) {
  return db
    .selectFrom('interview_booking as b')
    .innerJoin('interview as i', 'i.id', 'b.interview_id')
    .innerJoin('interview_slot as s', 's.id', 'b.slot_id')
    .innerJoin('candidate as c', 'c.id', 'b.candidate_id')
    .innerJoin('application as a', 'a.id', 'i.application_id')
    .innerJoin('opening as o', 'o.id', 'a.opening_id')
    .select([
      'b.id as booking_id',
      'b.interview_id',
      'b.candidate_id',
      'c.owner_id as candidate_owner',
      'o.owner_id as opening_owner',
      's.starts_at',
      'b.state as booking_state',
      'b.created_at as booking_created_at',
      'b.updated_at as booking_updated_at',
      'b.cancel_reason',
      'b.attendance',
      'i.state as interview_state',
      'i.cancelled_by',
    ]);
}

type Raw = {
  booking_id: number;
  interview_id: number;
  candidate_id: number;
  candidate_owner: string | null;
  opening_owner: string | null;
  starts_at: Date | string;
  booking_state: string;
  booking_created_at: Date | string;
  booking_updated_at: Date | string;
  cancel_reason: string | null;
  attendance: string | null;
  interview_state: string;
  cancelled_by: string | null;
};

function toBookingRow(r: Raw): BookingRow {
  return {
    bookingId: Number(r.booking_id),
    interviewId: Number(r.interview_id),
    candidateId: Number(r.candidate_id),
    candidateOwner: r.candidate_owner,
    openingOwner: r.opening_owner,
    startsAt: iso(r.starts_at),
    bookingState: r.booking_state === 'booked' ? 'booked' : 'cancelled',
    bookingCreatedAt: iso(r.booking_created_at),
    bookingUpdatedAt: iso(r.booking_updated_at),
    cancelReason: r.cancel_reason,
    attendance: r.attendance as AttendanceOutcome | null,
    interviewState: r.interview_state as InterviewState,
    interviewCancelledBy: r.cancelled_by as CancelledBy | null,
  };
}

/**
 * Every booking on interviews with a time in the period that the filters and scope let through.
 * All of an interview's bookings come back, not only those in the period, so the caller can
 * pick each candidate's latest booking before applying the period.
 */
export async function followThroughRows(database: Db, f: FollowThroughFilter): Promise<ReportRow[]> {
  let q = bookings(database.db)
    .select('c.name as candidate_name')
    .where('b.interview_id', 'in', (eb) =>
      eb
        .selectFrom('interview_slot as ps')
        .select('ps.interview_id')
        .where('ps.starts_at', '>=', f.start)
        .where('ps.starts_at', '<', f.end),
    );
  if (f.openingId) q = q.where('o.id', '=', f.openingId);
  if (f.companyId) q = q.where('o.company_id', '=', f.companyId);
  const me = f.onlyOwner;
  if (me) q = q.where((eb) => eb.or([eb('o.owner_id', '=', me), eb('c.owner_id', '=', me)]));
  const rows = await database.read(q.compile());
  return rows.map((r) => ({ ...toBookingRow(r), candidateName: r.candidate_name }));
}

/** Staff names by id, for the per-recruiter rows. */
export async function staffNames(db: Kysely<Tables>, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('user').select(['id', 'name']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Every booking one candidate made, with the opening each interview is for. */
export async function candidateRows(db: Kysely<Tables>, candidateId: number): Promise<CandidateRow[]> {
  const rows = await bookings(db)
    .innerJoin('company as co', 'co.id', 'o.company_id')
    // A group member's own application to the opening, rather than the one it was set up from.
    .leftJoin('application as own', (j) =>
      j.onRef('own.opening_id', '=', 'a.opening_id').onRef('own.candidate_id', '=', 'b.candidate_id'),
    )
    .select([
      'a.id as set_up_from',
      'own.id as own_application',
      'o.id as opening_id',
      'o.title as opening_title',
      'co.name as company_name',
      'i.round',
      'i.format',
    ])
    .where('b.candidate_id', '=', candidateId)
    .execute();
  return rows.map((r) => ({
    ...toBookingRow(r),
    applicationId: r.own_application ?? r.set_up_from,
    openingId: r.opening_id,
    openingTitle: r.opening_title,
    companyName: r.company_name,
    round: r.round as InterviewRound,
    format: r.format as InterviewFormat,
  }));
}
