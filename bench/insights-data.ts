// Synthetic debriefs for the insight benchmark, on top of the pipeline benchmark's agency: one
// past interview per debrief, spread over two years, each with three to six questions (a few
// general ones asked everywhere, the field's own, and a tenth of them growing more popular over
// time so trends have something to find) and two to five of the opening's skills. Most parts
// are shared; some are kept to the agency or private, as real authors do.
import type { Db } from '../src/server/db/connect.ts';
import type { Tables } from '../src/server/db/tables.ts';
import { FORMAT_SURPRISES } from '../src/shared/debriefs.ts';
import { type BulkWriter, bulkWriter, type Value } from './bulk-insert.ts';
import { DAY, iso, pick, type Rand, skewed } from './pipeline-words.ts';
import { prng } from './synthetic.ts';

const SPAN_DAYS = 730;
const BATCH = 50_000;

export interface Pools {
  /** Applications with their candidate, opening, company and field. */
  applications: Array<{
    id: number;
    candidateId: number;
    openingId: number;
    companyId: number;
    field: string;
  }>;
  general: number[];
  byField: Map<string, number[]>;
  /** Questions that grow more popular over the two years. */
  rising: Set<number>;
  /** Skills candidates in each field list, the ones employers ask about. */
  skillsOf: Map<string, Array<{ key: string; name: string }>>;
}

export async function readPools(db: Db['db']): Promise<Pools> {
  const applications = (
    await db
      .selectFrom('application as a')
      .innerJoin('opening as o', 'o.id', 'a.opening_id')
      .select(['a.id', 'a.candidate_id', 'a.opening_id', 'o.company_id', 'o.field'])
      .orderBy('a.id')
      .execute()
  ).map((a) => ({
    id: a.id,
    candidateId: a.candidate_id,
    openingId: a.opening_id,
    companyId: a.company_id,
    field: a.field,
  }));
  const questions = await db.selectFrom('question').select('id').where('retired_at', 'is', null).execute();
  const fields = await db.selectFrom('question_field').selectAll().execute();
  const byField = new Map<string, number[]>();
  for (const f of fields) byField.set(f.field, [...(byField.get(f.field) ?? []), f.question_id]);
  const fielded = new Set(fields.map((f) => f.question_id));
  const general = questions.map((q) => q.id).filter((id) => !fielded.has(id));
  const rising = new Set(questions.map((q) => q.id).filter((id) => id % 10 === 3));
  const skillsOf = new Map<string, Array<{ key: string; name: string }>>();
  const listed = await db
    .selectFrom('candidate_skill as s')
    .innerJoin('candidate as c', 'c.id', 's.candidate_id')
    .select(['c.field', 's.skill_key', 's.name'])
    .distinct()
    .where('c.field', 'is not', null)
    .orderBy('s.skill_key')
    .execute();
  for (const s of listed)
    skillsOf.set(String(s.field), [
      ...(skillsOf.get(String(s.field)) ?? []),
      { key: s.skill_key, name: s.name },
    ]);
  return { applications, general, byField, rising, skillsOf };
}

const visibility = (rand: Rand, shared: number) => {
  const r = rand();
  return r < shared ? 'shared' : r < shared + (1 - shared) / 2 ? 'agency' : 'private';
};

/** Picks a question; a rising one is kept with a chance that grows from 20% to 100% over the span. */
function question(rand: Rand, p: Pools, field: string, age: number): number {
  for (;;) {
    const own = p.byField.get(field) ?? [];
    const id = rand() < 0.5 && own.length > 0 ? skewed(rand, own) : skewed(rand, p.general, 3);
    if (!p.rising.has(id) || rand() < 0.2 + 0.8 * (1 - age)) return id;
  }
}

async function maxId(db: Db['db'], table: keyof Tables & ('interview' | 'debrief')): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((e) => e.fn.max('id').as('id'))
    .executeTakeFirst();
  return Number(row?.id ?? 0);
}

/**
 * Writes `count` interviews and their debriefs (with questions and skills); ids are consecutive
 * from the returned first debrief id. `recentDays` puts them all that close to now.
 */
export async function insertDebriefs(
  database: Db,
  pools: Pools,
  count: number,
  opts: { seed: number; recentDays?: number; log?: (msg: string) => void },
): Promise<{ firstDebrief: number; firstInterview: number }> {
  const rand = prng(opts.seed);
  const w: BulkWriter = bulkWriter(database);
  const firstInterview = (await maxId(database.db, 'interview')) + 1;
  const firstDebrief = (await maxId(database.db, 'debrief')) + 1;
  const now = Date.now();
  const span = opts.recentDays ?? SPAN_DAYS;
  try {
    for (let start = 0; start < count; start += BATCH) {
      const size = Math.min(BATCH, count - start);
      const interviews: Value[][] = [];
      const debriefs: Value[][] = [];
      const questions: Value[][] = [];
      const skills: Value[][] = [];
      for (let i = 0; i < size; i++) {
        const n = start + i;
        const app = pick(rand, pools.applications);
        const age = rand();
        const at = iso(now - Math.floor(age * span * DAY) - DAY);
        interviews.push([
          app.id,
          pick(rand, ['first', 'second', 'final']),
          pick(rand, ['video', 'video', 'in-person', 'phone', 'panel', 'group', 'written-test']),
          45,
          'Europe/London',
          'done',
          `bench-${opts.seed}-${n}@followthrough`,
          at,
          at,
        ]);
        const before = 1 + Math.floor(rand() * 5);
        const after = Math.max(1, Math.min(5, before + Math.floor(rand() * 3) - 1));
        const surprises = FORMAT_SURPRISES.filter(() => rand() < 0.08);
        debriefs.push([
          firstInterview + n,
          app.candidateId,
          'candidate',
          app.companyId,
          app.openingId,
          app.field,
          at,
          1 + Math.floor(rand() * 5),
          pick(rand, ['positive', 'positive', 'neutral', 'negative']),
          before,
          after,
          JSON.stringify(surprises),
          'pending',
          rand() < 0.3 ? 'The team was welcoming and explained the role well.' : '',
          visibility(rand, 0.5),
          at,
          at,
        ]);
        const asked = new Set<number>();
        const many = 3 + Math.floor(rand() * 4);
        while (asked.size < many) asked.add(question(rand, pools, app.field, age));
        [...asked].forEach((q, k) => {
          questions.push([firstDebrief + n, k + 1, q, visibility(rand, 0.9)]);
        });
        const own = pools.skillsOf.get(app.field) ?? [];
        const shared = visibility(rand, 0.85);
        const chosen = new Map<string, { key: string; name: string }>();
        const want = own.length === 0 ? 0 : 2 + Math.floor(rand() * 4);
        while (chosen.size < Math.min(want, own.length)) {
          const s = skewed(rand, own, 2);
          chosen.set(s.key, s);
        }
        for (const s of chosen.values()) skills.push([firstDebrief + n, s.key, s.name, 1, shared]);
      }
      await w.insert(
        'interview',
        [
          ['application_id', 'integer'],
          ['round', 'text'],
          ['format', 'text'],
          ['duration_minutes', 'integer'],
          ['zone', 'text'],
          ['state', 'text'],
          ['uid', 'text'],
          ['created_at', 'timestamptz'],
          ['updated_at', 'timestamptz'],
        ],
        interviews,
      );
      await w.insert(
        'debrief',
        [
          ['interview_id', 'integer'],
          ['candidate_id', 'integer'],
          ['author_role', 'text'],
          ['company_id', 'integer'],
          ['opening_id', 'integer'],
          ['field', 'text'],
          ['interview_at', 'timestamptz'],
          ['difficulty', 'integer'],
          ['experience', 'text'],
          ['interest_before', 'integer'],
          ['interest_after', 'integer'],
          ['surprises', 'text'],
          ['outcome', 'text'],
          ['team', 'text'],
          ['team_visibility', 'text'],
          ['created_at', 'timestamptz'],
          ['updated_at', 'timestamptz'],
        ],
        debriefs,
      );
      await w.insert(
        'debrief_question',
        [
          ['debrief_id', 'integer'],
          ['position', 'integer'],
          ['question_id', 'integer'],
          ['visibility', 'text'],
        ],
        questions,
      );
      await w.insert(
        'debrief_skill',
        [
          ['debrief_id', 'integer'],
          ['skill_key', 'text'],
          ['name', 'text'],
          ['known', 'integer'],
          ['visibility', 'text'],
        ],
        skills,
      );
      opts.log?.(`  ${(start + size).toLocaleString()} debriefs`);
    }
  } finally {
    w.close();
  }
  return { firstDebrief, firstInterview };
}
