import type { Kysely } from 'kysely';
import { iso, type Tables } from '../../db/tables.ts';

// What a debrief needs to know about the interview it is about: whose booking it was, when it
// took place, and the opening and company it was for (copied into the debrief for insight).

export interface SittingFacts {
  interviewId: number;
  candidateId: number;
  candidateOwner: string | null;
  openingOwner: string | null;
  openingId: number;
  openingTitle: string;
  companyId: number;
  companyName: string;
  field: string;
  startsAt: string;
  endsAt: string;
}

/** The candidate's booked time at this interview (a cancelled seat or interview is none). */
export async function sittingFacts(
  db: Kysely<Tables>,
  interviewId: number,
  candidateId: number,
): Promise<SittingFacts | undefined> {
  const r = await db
    .selectFrom('interview_booking as b')
    .innerJoin('interview as i', 'i.id', 'b.interview_id')
    .innerJoin('interview_slot as s', 's.id', 'b.slot_id')
    .innerJoin('application as a', 'a.id', 'i.application_id')
    .innerJoin('opening as o', 'o.id', 'a.opening_id')
    .innerJoin('company as co', 'co.id', 'o.company_id')
    .innerJoin('candidate as c', 'c.id', 'b.candidate_id')
    .select([
      'b.interview_id',
      'b.candidate_id',
      'c.owner_id as candidate_owner',
      'o.owner_id as opening_owner',
      'o.id as opening_id',
      'o.title',
      'o.field',
      'co.id as company_id',
      'co.name as company_name',
      's.starts_at',
      's.ends_at',
    ])
    .where('b.interview_id', '=', interviewId)
    .where('b.candidate_id', '=', candidateId)
    .where('b.state', '=', 'booked')
    .where('i.state', '!=', 'cancelled')
    .executeTakeFirst();
  if (!r) return undefined;
  return {
    interviewId: r.interview_id,
    candidateId: r.candidate_id,
    candidateOwner: r.candidate_owner,
    openingOwner: r.opening_owner,
    openingId: r.opening_id,
    openingTitle: r.title,
    companyId: r.company_id,
    companyName: r.company_name,
    field: r.field,
    startsAt: iso(r.starts_at),
    endsAt: iso(r.ends_at),
  };
}

/** Pure: a debrief may be written once the booked time has ended. */
export const hasEnded = (f: Pick<SittingFacts, 'endsAt'>, now = new Date()) =>
  Date.parse(f.endsAt) <= now.getTime();

/**
 * Bookings with their interview, time, opening and company, and the candidate's own debrief
 * of it (null when none): what the due list and the request mail both read.
 */
export function bookedSittings(db: Kysely<Tables>) {
  return db
    .selectFrom('interview_booking as b')
    .innerJoin('interview as i', 'i.id', 'b.interview_id')
    .innerJoin('interview_slot as s', 's.id', 'b.slot_id')
    .innerJoin('application as a', 'a.id', 'i.application_id')
    .innerJoin('opening as o', 'o.id', 'a.opening_id')
    .innerJoin('company as co', 'co.id', 'o.company_id')
    .leftJoin('debrief as d', (j) =>
      j
        .onRef('d.interview_id', '=', 'b.interview_id')
        .onRef('d.candidate_id', '=', 'b.candidate_id')
        .on('d.author_role', '=', 'candidate'),
    );
}

/** The seeker's interviews whose booked time has ended, newest first, with their own debrief if any. */
export async function dueFor(db: Kysely<Tables>, userId: string, now = new Date()) {
  const rows = await bookedSittings(db)
    .innerJoin('candidate as c', 'c.id', 'b.candidate_id')
    .select(['b.interview_id', 'o.title', 'co.name', 's.starts_at', 's.ends_at', 'd.id as debrief_id'])
    .where('c.user_id', '=', userId)
    .where('b.state', '=', 'booked')
    .where('i.state', '!=', 'cancelled')
    .execute();
  return rows
    .filter((r) => Date.parse(iso(r.ends_at)) <= now.getTime())
    .map((r) => ({
      interviewId: r.interview_id,
      openingTitle: r.title,
      companyName: r.name,
      interviewAt: iso(r.starts_at),
      debriefId: r.debrief_id ?? null,
    }))
    .sort((x, y) => y.interviewAt.localeCompare(x.interviewAt) || y.interviewId - x.interviewId);
}
