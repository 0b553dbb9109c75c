import type { Kysely } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import type { InterviewFormat } from '../../../shared/interviews.ts';
import { iso, type Tables } from '../../db/tables.ts';
import { betterThanExpectedAt, suggestionsFor } from '../insights/index.ts';
import type { ReasonsInput } from './reasons-to-go.ts';

// The facts behind "before you cancel", read for one candidate's interview: the company's other
// openings that suit them best, and how many people who interviewed there found the job better
// than expected (from debriefs; reasonsToGo words it only when enough people stand behind it).

/** Whole calendar days from `now` to `start` in `zone`: 0 is today, 1 tomorrow. */
export function daysUntil(start: string, zone: string, now: Date = new Date()): number {
  const today = Temporal.Instant.fromEpochMilliseconds(now.getTime()).toZonedDateTimeISO(zone).toPlainDate();
  const day = Temporal.Instant.from(start).toZonedDateTimeISO(zone).toPlainDate();
  return Math.max(0, today.until(day, { largestUnit: 'days' }).days);
}

export async function reasonsFacts(
  db: Kysely<Tables>,
  interviewId: number,
  candidateId: number,
): Promise<ReasonsInput | null> {
  const i = await db
    .selectFrom('interview as i')
    .innerJoin('application as a', 'a.id', 'i.application_id')
    .innerJoin('opening as o', 'o.id', 'a.opening_id')
    .select(['i.format', 'i.zone', 'o.id as opening_id', 'o.company_id'])
    .where('i.id', '=', interviewId)
    .executeTakeFirst();
  if (!i) return null;
  const mine = await db
    .selectFrom('interview_booking as b')
    .innerJoin('interview_slot as s', 's.id', 'b.slot_id')
    .select('s.starts_at')
    .where('b.interview_id', '=', interviewId)
    .where('b.candidate_id', '=', candidateId)
    .where('b.state', '=', 'booked')
    .executeTakeFirst();
  // Every opening the candidate applied to at this company is left out: it is not news to them.
  // The best-suited to their skills and their interviews come first.
  const others = (
    await suggestionsFor(db, { candidateId, interviewId, viewer: 'self', companyOnly: true, limit: 20 })
  )
    .filter((s) => s.opening.companyId === i.company_id && s.opening.id !== i.opening_id)
    .map((s) => ({ title: s.opening.title, slug: s.opening.slug }));
  return {
    otherOpenOpeningsAtCompany: others,
    betterThanExpected: await betterThanExpectedAt(db, i.company_id),
    format: i.format as InterviewFormat,
    daysUntil: mine ? daysUntil(iso(mine.starts_at), i.zone) : 0,
  };
}
