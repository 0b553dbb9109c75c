import { type Kysely, PostgresAdapter, type RawBuilder, sql } from 'kysely';
import { FORMAT_SURPRISES } from '../../../shared/debriefs.ts';
import type { Tables } from '../../db/tables.ts';
import { inTransaction } from '../../db/transaction.ts';

// Recomputes both rollups from the debriefs, for an upgrade that adds them or a repair. A write
// keeps them in step one debrief at a time through contribution.ts; a rebuild of a million
// debriefs that way spends its time inserting rows into the indexes in random order, so here
// the database derives them in two set-based statements whose GROUP BY hands the rows over in
// key order. The rules are the same as contribution.ts (metricsOf, personMetricOf), and a test
// on both databases checks that a rebuild gives exactly the figures the writes did.

export interface RebuildResult {
  debriefs: number;
  counts: number;
  people: number;
}

/** Every (debrief, scope, week, candidate, metric, person metric) a candidate's debrief carries. */
function metricRows(postgres: boolean): RawBuilder<unknown> {
  const week = postgres
    ? sql`to_char(date_trunc('week', interview_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD')`
    : sql`date(interview_at, 'weekday 0', '-6 days')`;
  const surprises = postgres
    ? sql`jsonb_array_elements_text(s.surprises::jsonb) AS x(value)`
    : sql`json_each(s.surprises) AS x`;
  const known = sql.join(FORMAT_SURPRISES.map((x) => sql.lit(x)));
  return sql`
    WITH d AS (
      SELECT id, candidate_id, field, company_id, ${week} AS week, difficulty, experience,
             interest_before, interest_after, surprises
      FROM debrief WHERE author_role = 'candidate'
    ),
    s AS (
      SELECT 'f:' || field AS scope, d.* FROM d WHERE field IS NOT NULL
      UNION ALL
      SELECT 'c:' || company_id AS scope, d.* FROM d WHERE company_id IS NOT NULL
    )
    SELECT id, scope, week, candidate_id, 'debriefs' AS metric, 'debriefs' AS person FROM s
    UNION ALL
    SELECT DISTINCT s.id, s.scope, s.week, s.candidate_id, 'q:' || q.question_id, 'q:' || q.question_id
    FROM s JOIN debrief_question q ON q.debrief_id = s.id AND q.visibility = 'shared'
    UNION ALL
    SELECT s.id, s.scope, s.week, s.candidate_id, 's:' || k.skill_key, 's:' || k.skill_key
    FROM s JOIN debrief_skill k ON k.debrief_id = s.id AND k.visibility = 'shared'
    UNION ALL
    SELECT DISTINCT s.id, s.scope, s.week, s.candidate_id, 'x:' || x.value, NULL
    FROM s, ${surprises} WHERE x.value IN (${known})
    UNION ALL
    SELECT id, scope, week, candidate_id, 'd:' || difficulty, 'd' FROM s WHERE difficulty IS NOT NULL
    UNION ALL
    SELECT id, scope, week, candidate_id, 'e:' || experience, 'e' FROM s WHERE experience IS NOT NULL
    UNION ALL
    SELECT id, scope, week, candidate_id, 'i:rated', 'i' FROM s
    WHERE interest_before IS NOT NULL AND interest_after IS NOT NULL
    UNION ALL
    SELECT id, scope, week, candidate_id, 'i:up', NULL FROM s
    WHERE interest_before IS NOT NULL AND interest_after IS NOT NULL AND interest_after > interest_before`;
}

export async function rebuildInsights(db: Kysely<Tables>): Promise<RebuildResult> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const rows = metricRows(postgres);
  return inTransaction(db, async (tx) => {
    await tx.deleteFrom('insight_count').execute();
    await tx.deleteFrom('insight_person').execute();
    await sql`
      INSERT INTO insight_count (scope, week, metric, n)
      SELECT scope, week, metric, count(*) FROM (${rows}) m
      GROUP BY scope, week, metric`.execute(tx);
    await sql`
      INSERT INTO insight_person (scope, metric, candidate_id, last_week)
      SELECT scope, person, candidate_id, max(week) FROM (${rows}) m
      WHERE person IS NOT NULL
      GROUP BY scope, person, candidate_id`.execute(tx);
    const count = async (table: 'insight_count' | 'insight_person' | 'debrief') => {
      let q = tx.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n'));
      if (table === 'debrief') q = q.where('author_role', '=', 'candidate');
      return Number((await q.executeTakeFirstOrThrow()).n);
    };
    return {
      debriefs: await count('debrief'),
      counts: await count('insight_count'),
      people: await count('insight_person'),
    };
  });
}
