import { type Kysely, sql } from 'kysely';
import { parseSurprises } from '../../../shared/debriefs.ts';
import { iso, type Tables } from '../../db/tables.ts';
import { type DebriefFacts, peopleOf, type Tally, tallyDelta, tallyOf } from './contribution.ts';

// Keeping the rollups in step with the debriefs. A write reads the debrief's tallies before and
// after and applies the difference, inside the writer's transaction; the five-people rows of
// the author are recomputed from their own few debriefs. `rebuildInsights` recomputes it all
// from the debriefs, for an upgrade or a repair.

/** The facts of debriefs (with their ids) for the rollups, by id or by candidate. */
export async function factsOf(
  db: Kysely<Tables>,
  filter: { ids: readonly number[] } | { candidateIds: readonly number[] },
): Promise<Array<DebriefFacts & { id: number }>> {
  let rows = db
    .selectFrom('debrief')
    .select([
      'id',
      'candidate_id',
      'author_role',
      'field',
      'company_id',
      'interview_at',
      'difficulty',
      'experience',
      'interest_before',
      'interest_after',
      'surprises',
    ]);
  if ('ids' in filter) {
    if (filter.ids.length === 0) return [];
    rows = rows.where('id', 'in', filter.ids);
  } else {
    if (filter.candidateIds.length === 0) return [];
    rows = rows.where('candidate_id', 'in', filter.candidateIds);
  }
  const debriefs = await rows.execute();
  if (debriefs.length === 0) return [];
  // Only candidates' own debriefs count, so their parts are all that need reading.
  const counted = debriefs.filter((d) => d.author_role === 'candidate').map((d) => d.id);
  const [questions, skills] =
    counted.length === 0
      ? [[], []]
      : await Promise.all([
          db
            .selectFrom('debrief_question')
            .select(['debrief_id', 'question_id', 'visibility'])
            .where('debrief_id', 'in', counted)
            .execute(),
          db
            .selectFrom('debrief_skill')
            .select(['debrief_id', 'skill_key', 'visibility'])
            .where('debrief_id', 'in', counted)
            .execute(),
        ]);
  const byDebrief = <T extends { debrief_id: number }>(list: readonly T[]) => {
    const m = new Map<number, T[]>();
    for (const r of list) m.set(r.debrief_id, [...(m.get(r.debrief_id) ?? []), r]);
    return m;
  };
  const qs = byDebrief(questions);
  const ss = byDebrief(skills);
  return debriefs.map((d) => ({
    id: d.id,
    candidateId: d.candidate_id,
    authorRole: d.author_role,
    field: d.field,
    companyId: d.company_id,
    interviewAt: iso(d.interview_at),
    difficulty: d.difficulty,
    experience: d.experience,
    interestBefore: d.interest_before,
    interestAfter: d.interest_after,
    surprises: parseSurprises(d.surprises),
    questions: (qs.get(d.id) ?? []).map((q) => ({ questionId: q.question_id, visibility: q.visibility })),
    skills: (ss.get(d.id) ?? []).map((s) => ({ key: s.skill_key, visibility: s.visibility })),
  }));
}

/** What a debrief adds to the rollups as it stands now (nothing when it does not exist). */
export async function talliesOf(db: Kysely<Tables>, debriefIds: readonly number[]): Promise<Tally[]> {
  return (await factsOf(db, { ids: debriefIds })).flatMap(tallyOf);
}

/** Adds (or takes away) counts, dropping rows that fall to zero. */
async function applyCounts(tx: Kysely<Tables>, delta: ReadonlyArray<Tally & { n: number }>): Promise<void> {
  for (const part of chunks(delta, 500)) {
    await tx
      .insertInto('insight_count')
      .values(part.map((d) => ({ scope: d.scope, week: d.week, metric: d.metric, n: d.n })))
      .onConflict((oc) =>
        oc.columns(['scope', 'week', 'metric']).doUpdateSet({ n: sql`insight_count.n + excluded.n` }),
      )
      .execute();
  }
  if (delta.some((d) => d.n < 0))
    for (const d of delta.filter((x) => x.n < 0))
      await tx
        .deleteFrom('insight_count')
        .where('scope', '=', d.scope)
        .where('week', '=', d.week)
        .where('metric', '=', d.metric)
        .where('n', '<=', 0)
        .execute();
}

/** Recomputes the five-people rows of these candidates from their own debriefs. */
export async function refreshPeople(tx: Kysely<Tables>, candidateIds: readonly number[]): Promise<void> {
  if (candidateIds.length === 0) return;
  const facts = await factsOf(tx, { candidateIds });
  await tx.deleteFrom('insight_person').where('candidate_id', 'in', candidateIds).execute();
  const rows = candidateIds.flatMap((candidateId) =>
    peopleOf(facts.filter((f) => f.candidateId === candidateId)).map((p) => ({
      scope: p.scope,
      metric: p.metric,
      candidate_id: candidateId,
      last_week: p.lastWeek,
    })),
  );
  for (const part of chunks(rows, 500)) await tx.insertInto('insight_person').values(part).execute();
}

/**
 * After a debrief was written: applies the difference between what it added before (read with
 * `talliesOf` before the write) and what it adds now. Call inside the write's transaction.
 */
export async function recountDebrief(
  tx: Kysely<Tables>,
  debriefId: number,
  before: readonly Tally[],
): Promise<void> {
  const facts = await factsOf(tx, { ids: [debriefId] });
  await applyCounts(tx, tallyDelta(before, facts.flatMap(tallyOf)));
  await refreshPeople(
    tx,
    facts.map((f) => f.candidateId),
  );
}

/** Before debriefs are deleted: takes what they added out of the counts. */
export async function forgetDebriefs(tx: Kysely<Tables>, debriefIds: readonly number[]): Promise<void> {
  await applyCounts(tx, tallyDelta(await talliesOf(tx, debriefIds), []));
}

function* chunks<T>(list: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < list.length; i += size) yield list.slice(i, i + size);
}
