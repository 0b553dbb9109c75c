import type { Kysely } from 'kysely';
import type { Interview, SeekerInterview } from '../../../shared/interview-api.ts';
import type {
  AttendanceOutcome,
  CancelledBy,
  CancelReason,
  InterviewFormat,
  InterviewRound,
  InterviewState,
} from '../../../shared/interviews.ts';
import { iso, type Tables } from '../../db/tables.ts';

// Reads over interviews: the staff view, the candidate's view (which never names the other
// people in a group session) and the ownership facts the access checks need.

/** The application an interview is set up from, with what access checks and validation need. */
export async function applicationFacts(db: Kysely<Tables>, applicationId: number) {
  return db
    .selectFrom('application as a')
    .innerJoin('opening as o', 'o.id', 'a.opening_id')
    .innerJoin('company as co', 'co.id', 'o.company_id')
    .innerJoin('candidate as c', 'c.id', 'a.candidate_id')
    .select([
      'a.id',
      'a.candidate_id',
      'a.opening_id',
      'o.company_id',
      'o.title as opening_title',
      'co.name as company_name',
      'o.owner_id as opening_owner',
      'c.owner_id as candidate_owner',
    ])
    .where('a.id', '=', applicationId)
    .executeTakeFirst();
}
export type ApplicationFacts = NonNullable<Awaited<ReturnType<typeof applicationFacts>>>;

/** Who owns an interview's opening and candidate, for access checks. */
export async function interviewOwners(db: Kysely<Tables>, interviewId: number) {
  return db
    .selectFrom('interview as i')
    .innerJoin('application as a', 'a.id', 'i.application_id')
    .innerJoin('opening as o', 'o.id', 'a.opening_id')
    .innerJoin('candidate as c', 'c.id', 'a.candidate_id')
    .select(['i.id', 'o.owner_id as opening_owner', 'c.owner_id as candidate_owner'])
    .where('i.id', '=', interviewId)
    .executeTakeFirst();
}

/** The candidate record through which this signed-in seeker is invited to the interview. */
export async function seekerCandidateId(
  db: Kysely<Tables>,
  interviewId: number,
  userId: string,
): Promise<number | undefined> {
  const row = await db
    .selectFrom('interview_invitee as v')
    .innerJoin('application as va', 'va.id', 'v.application_id')
    .innerJoin('candidate as c', 'c.id', 'va.candidate_id')
    .select('va.candidate_id')
    .where('v.interview_id', '=', interviewId)
    .where('c.user_id', '=', userId)
    .executeTakeFirst();
  return row?.candidate_id;
}

function baseInterview(db: Kysely<Tables>) {
  return db
    .selectFrom('interview as i')
    .innerJoin('application as a', 'a.id', 'i.application_id')
    .innerJoin('opening as o', 'o.id', 'a.opening_id')
    .innerJoin('company as co', 'co.id', 'o.company_id')
    .innerJoin('candidate as c', 'c.id', 'a.candidate_id')
    .selectAll('i')
    .select([
      'a.candidate_id',
      'c.name as candidate_name',
      'o.title as opening_title',
      'o.slug as opening_slug',
      'co.name as company_name',
    ]);
}
type InterviewRow = Awaited<ReturnType<ReturnType<typeof baseInterview>['executeTakeFirstOrThrow']>>;

async function slotsOf(db: Kysely<Tables>, interviewId: number, capacity: number) {
  const rows = await db
    .selectFrom('interview_slot')
    .selectAll()
    .where('interview_id', '=', interviewId)
    .orderBy('starts_at')
    .orderBy('id')
    .execute();
  return rows.map((s) => ({
    id: s.id,
    startsAt: iso(s.starts_at),
    endsAt: iso(s.ends_at),
    seatsLeft: Math.max(0, capacity - s.seats_taken),
  }));
}

async function interviewersOf(db: Kysely<Tables>, interviewId: number) {
  return db
    .selectFrom('interview_interviewer as x')
    .innerJoin('contact as ct', 'ct.id', 'x.contact_id')
    .select(['ct.id', 'ct.name', 'ct.title', 'ct.email'])
    .where('x.interview_id', '=', interviewId)
    .orderBy('ct.name')
    .execute();
}

function common(r: InterviewRow, slots: Interview['slots']) {
  return {
    id: r.id,
    openingTitle: r.opening_title,
    companyName: r.company_name,
    round: r.round as InterviewRound,
    format: r.format as InterviewFormat,
    durationMinutes: r.duration_minutes,
    location: r.location,
    videoUrl: r.video_url,
    instructions: r.instructions,
    zone: r.zone,
    state: r.state as InterviewState,
    capacity: r.capacity,
    slots,
  };
}

export async function findInterview(db: Kysely<Tables>, id: number): Promise<Interview | null> {
  const r = await baseInterview(db).where('i.id', '=', id).executeTakeFirst();
  if (!r) return null;
  const [slots, interviewers, invitees, bookings, history] = await Promise.all([
    slotsOf(db, id, r.capacity),
    interviewersOf(db, id),
    db
      .selectFrom('interview_invitee as v')
      .innerJoin('application as va', 'va.id', 'v.application_id')
      .innerJoin('candidate as c', 'c.id', 'va.candidate_id')
      .select(['v.application_id', 'va.candidate_id', 'c.name'])
      .where('v.interview_id', '=', id)
      .orderBy('v.application_id')
      .execute(),
    db
      .selectFrom('interview_booking as b')
      .innerJoin('candidate as c', 'c.id', 'b.candidate_id')
      .selectAll('b')
      .select('c.name')
      .where('b.interview_id', '=', id)
      .orderBy('b.id')
      .execute(),
    db
      .selectFrom('interview_time_change as h')
      .leftJoin('user as u', 'u.id', 'h.changed_by')
      .selectAll('h')
      .select('u.name')
      .where('h.interview_id', '=', id)
      .orderBy('h.id')
      .execute(),
  ]);
  return {
    ...common(r, slots),
    applicationId: r.application_id,
    candidateId: r.candidate_id,
    candidateName: r.candidate_name,
    uid: r.uid,
    sequence: r.sequence,
    cancelledBy: r.cancelled_by as CancelledBy | null,
    cancelReason: r.cancel_reason,
    cancelNote: r.cancel_note,
    interviewers,
    invitees: invitees.map((v) => ({
      applicationId: v.application_id,
      candidateId: v.candidate_id,
      name: v.name,
    })),
    bookings: bookings.map((b) => ({
      id: b.id,
      slotId: b.slot_id,
      candidateId: b.candidate_id,
      candidateName: b.name,
      state: b.state as 'booked' | 'cancelled',
      confirmedAt: iso(b.confirmed_at),
      cancelReason: b.cancel_reason as CancelReason | null,
      cancelNote: b.cancel_note,
      attendance: b.attendance as AttendanceOutcome | null,
      moveRequest: b.move_requested_at ? { at: iso(b.move_requested_at), note: b.move_request_note } : null,
    })),
    history: history.map((h) => ({
      fromStartsAt: iso(h.from_starts_at),
      fromEndsAt: iso(h.from_ends_at),
      toStartsAt: iso(h.to_starts_at),
      toEndsAt: iso(h.to_ends_at),
      changedBy: h.changed_by ? { id: h.changed_by, name: h.name ?? '' } : null,
      at: iso(h.created_at),
    })),
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
  };
}

export async function listForApplication(db: Kysely<Tables>, applicationId: number): Promise<Interview[]> {
  const ids = await db
    .selectFrom('interview_invitee')
    .select('interview_id')
    .where('application_id', '=', applicationId)
    .orderBy('interview_id')
    .execute();
  const found = await Promise.all(ids.map((r) => findInterview(db, r.interview_id)));
  return found.filter((i): i is Interview => i !== null);
}

/**
 * One interview as this candidate sees it; null when they are not invited to it. `remindHours`
 * is the agency's earliest reminder (in hours before): within it, the portal shows a reminder.
 */
export async function seekerInterview(
  db: Kysely<Tables>,
  interviewId: number,
  candidateId: number,
  remindHours: number,
  now = new Date(),
): Promise<SeekerInterview | null> {
  const r = await baseInterview(db)
    .innerJoin('interview_invitee as v', 'v.interview_id', 'i.id')
    .innerJoin('application as va', 'va.id', 'v.application_id')
    .where('i.id', '=', interviewId)
    .where('va.candidate_id', '=', candidateId)
    .executeTakeFirst();
  if (!r) return null;
  const [slots, interviewers, mine] = await Promise.all([
    slotsOf(db, interviewId, r.capacity),
    interviewersOf(db, interviewId),
    db
      .selectFrom('interview_booking')
      .select(['slot_id', 'state', 'confirmed_at', 'cancel_reason', 'move_requested_at'])
      .where('interview_id', '=', interviewId)
      .where('candidate_id', '=', candidateId)
      // The booked one first, then the latest cancelled one.
      .orderBy('state')
      .orderBy('id', 'desc')
      .executeTakeFirst(),
  ]);
  const bookedStart =
    mine?.state === 'booked' && r.state === 'scheduled'
      ? slots.find((sl) => sl.id === mine.slot_id)?.startsAt
      : undefined;
  const ahead = bookedStart ? Date.parse(bookedStart) - now.getTime() : -1;
  return {
    ...common(r, slots),
    openingSlug: r.opening_slug,
    group: r.capacity > 1,
    remind: ahead > 0 && ahead <= remindHours * 3_600_000,
    cancelledBy: r.cancelled_by as CancelledBy | null,
    interviewers: interviewers.map((x) => ({ name: x.name, title: x.title })),
    myBooking: mine
      ? {
          slotId: mine.slot_id,
          state: mine.state as 'booked' | 'cancelled',
          confirmedAt: iso(mine.confirmed_at),
          cancelReason: mine.cancel_reason as CancelReason | null,
          moveRequestedAt: iso(mine.move_requested_at),
        }
      : null,
  };
}

/** Every interview a signed-in seeker is invited to, newest first. */
export async function seekerInterviews(
  db: Kysely<Tables>,
  userId: string,
  remindHours: number,
): Promise<SeekerInterview[]> {
  const rows = await db
    .selectFrom('interview_invitee as v')
    .innerJoin('application as va', 'va.id', 'v.application_id')
    .innerJoin('candidate as c', 'c.id', 'va.candidate_id')
    .select(['v.interview_id', 'va.candidate_id'])
    .where('c.user_id', '=', userId)
    .orderBy('v.interview_id', 'desc')
    .execute();
  const found = await Promise.all(
    rows.map((r) => seekerInterview(db, r.interview_id, r.candidate_id, remindHours)),
  );
  return found.filter((i): i is SeekerInterview => i !== null);
}

/** Books a candidate on a slot (a fresh booking row); the caller has already taken the seat. */
export async function insertBooking(
  tx: Kysely<Tables>,
  b: { interviewId: number; slotId: number; candidateId: number; now: string },
): Promise<void> {
  await tx
    .insertInto('interview_booking')
    .values({
      interview_id: b.interviewId,
      slot_id: b.slotId,
      candidate_id: b.candidateId,
      state: 'booked',
      confirmed_at: null,
      cancel_reason: null,
      attendance: null,
      created_at: b.now,
      updated_at: b.now,
    })
    .execute();
}
