// Insight benchmark. Prints figures; never passes or fails.
//
//   node --import tsx bench/insights.ts [debriefs=1000000] [--postgres URL] [--keep]
//
// Builds the pipeline benchmark's synthetic agency (debriefs/5 candidates, debriefs/2
// applications), writes `debriefs` past interviews with a debrief each, counts them into the
// rollups with the app's own rebuild, then times what the field and company pages read (no
// HTTP, so the figures are the database's) and the absorbing of 1,000 new debriefs written
// through the app's own save, rollups and all.
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import type { Db } from '../src/server/db/connect.ts';
import { saveDebrief } from '../src/server/features/debriefs/save.ts';
import { companyNotes, companyOpenings, companyProcess } from '../src/server/features/insights/company.ts';
import { companyScope, fieldScope, periodOf } from '../src/server/features/insights/contribution.ts';
import { readInsight } from '../src/server/features/insights/read.ts';
import { rebuildInsights } from '../src/server/features/insights/rebuild.ts';
import { seedQuestionBank } from '../src/server/features/practice/bank-seed.ts';
import { debriefInput } from '../src/shared/debriefs.ts';
import { measure, openBenchDatabase } from './bench-db.ts';
import { insertDebriefs, type Pools, readPools } from './insights-data.ts';
import { generatePipeline } from './pipeline-data.ts';
import { ADMIN_ID, pick } from './pipeline-words.ts';
import { prng } from './synthetic.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { postgres: { type: 'string' }, keep: { type: 'boolean' } },
});
const debriefs = Number(positionals[0] ?? 1_000_000);
const NEW_DEBRIEFS = 1000;
const log = (msg: string) => console.log(msg);
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

const timed = (label: string, fn: () => Promise<string>) => measure(label, fn, { digits: 1, width: 44 });

/** The field and company with the most debriefs, and a company in the middle. */
async function targets(database: Db) {
  const { db } = database;
  const fields = await db
    .selectFrom('debrief')
    .select(['field', (e) => e.fn.countAll<number>().as('n')])
    .groupBy('field')
    .orderBy('n', 'desc')
    .execute();
  const companies = await db
    .selectFrom('debrief')
    .select(['company_id', (e) => e.fn.countAll<number>().as('n')])
    .groupBy('company_id')
    .orderBy('n', 'desc')
    .execute();
  const busiest = companies[0];
  const middle = companies[Math.floor(companies.length / 2)];
  if (!fields[0] || !busiest || !middle) throw new Error('No debriefs to read');
  return {
    field: { name: String(fields[0].field), n: Number(fields[0].n) },
    busiest: { id: Number(busiest.company_id), n: Number(busiest.n) },
    middle: { id: Number(middle.company_id), n: Number(middle.n) },
  };
}

/** What GET /api/v1/insights/companies/:id reads, for staff. */
async function companyPage(database: Db, id: number) {
  const period = periodOf();
  const body = await readInsight(database.db, { scope: companyScope(id), period, forStaff: true });
  const [process, notes, openings] = await Promise.all([
    companyProcess(database.db, id, period),
    companyNotes(database.db, id, null),
    companyOpenings(database.db, id),
  ]);
  return { body, process, notes, openings };
}

/** Writes NEW_DEBRIEFS debriefs through the app's save, each in its own transaction. */
async function absorb(database: Db, pools: Pools): Promise<number> {
  // Interviews to debrief: written like the others, then their bench debriefs removed again.
  const placed = await insertDebriefs(database, pools, NEW_DEBRIEFS, { seed: 99, recentDays: 30 });
  await database.db.deleteFrom('debrief').where('id', '>=', placed.firstDebrief).execute();
  const rand = prng(7);
  const rows = await database.db
    .selectFrom('interview as i')
    .innerJoin('application as a', 'a.id', 'i.application_id')
    .innerJoin('opening as o', 'o.id', 'a.opening_id')
    .innerJoin('company as co', 'co.id', 'o.company_id')
    .select([
      'i.id',
      'i.created_at',
      'a.candidate_id',
      'o.id as opening_id',
      'o.title',
      'o.field',
      'co.id as company_id',
      'co.name',
    ])
    .where('i.id', '>=', placed.firstInterview)
    .orderBy('i.id')
    .execute();
  const started = performance.now();
  for (const r of rows) {
    const at = new Date(r.created_at).toISOString();
    const own = pools.byField.get(r.field) ?? [];
    const input = debriefInput.parse({
      questions: [pick(rand, pools.general), pick(rand, own.length ? own : pools.general)].map((q) => ({
        questionId: q,
      })),
      skills: (pools.skillsOf.get(r.field) ?? []).slice(0, 3).map((s) => s.name),
      difficulty: 3,
      experience: 'positive',
      interestBefore: 3,
      interestAfter: 4,
      team: { text: 'Friendly and direct.' },
    });
    await saveDebrief(
      database.db,
      {
        interviewId: r.id,
        candidateId: r.candidate_id,
        candidateOwner: null,
        openingOwner: null,
        openingId: r.opening_id,
        openingTitle: r.title,
        companyId: r.company_id,
        companyName: r.name,
        field: r.field,
        startsAt: at,
        endsAt: at,
      },
      input,
      { userId: ADMIN_ID, role: 'candidate' },
    );
  }
  return performance.now() - started;
}

async function main(): Promise<void> {
  // SQLite reads run on unref'd worker threads; without a timer the process would exit mid-read.
  const keepAlive = setInterval(() => {}, 60_000);
  const { database, label, fresh, cleanup } = await openBenchDatabase(`insights_${debriefs}`, values);
  await seedQuestionBank(database.db);
  if (fresh) {
    const t = performance.now();
    log(`Generating the agency and ${debriefs.toLocaleString()} debriefs…`);
    await generatePipeline(database, { candidates: debriefs / 5, applications: debriefs / 2 }, log);
    await insertDebriefs(database, await readPools(database.db), debriefs, { seed: 2026, log });
    if (database.dialect === 'postgres')
      for (const tbl of ['interview', 'debrief', 'debrief_question', 'debrief_skill'])
        await sql`VACUUM ANALYZE ${sql.table(tbl)}`.execute(database.db);
    log(`  generated in ${seconds(t)}`);
    const r = performance.now();
    const built = await rebuildInsights(database.db);
    log(
      `  rollups rebuilt from ${built.debriefs.toLocaleString()} debriefs in ${seconds(r)}: ${built.counts.toLocaleString()} count rows, ${built.people.toLocaleString()} people rows`,
    );
    if (database.dialect === 'postgres')
      for (const tbl of ['insight_count', 'insight_person'])
        await sql`VACUUM ANALYZE ${sql.table(tbl)}`.execute(database.db);
  }
  const pools = await readPools(database.db);
  const t = await targets(database);
  const period = periodOf();
  log(`\n${label}, ${debriefs.toLocaleString()} debriefs: ms over 10 runs after a warm-up   median     max`);
  for (const forStaff of [true, false])
    await timed(`field page (${t.field.name}), ${forStaff ? 'staff' : 'job seeker'}`, async () => {
      const b = await readInsight(database.db, { scope: fieldScope(t.field.name), period, forStaff });
      return `${b.interviews.toLocaleString()} interviews, ${b.questions.length} questions, ${b.skills.length} skills`;
    });
  for (const [which, c] of [
    ['busiest', t.busiest],
    ['median', t.middle],
  ] as const)
    await timed(`company page, ${which} (${c.n.toLocaleString()} debriefs)`, async () => {
      const p = await companyPage(database, c.id);
      return `${p.body.interviews} in period, ${p.notes.length} notes, ${p.openings.length} openings`;
    });
  const ms = await absorb(database, pools);
  log(
    `\n  absorbing ${NEW_DEBRIEFS.toLocaleString()} new debriefs through the app's save (rollups included): ${(ms / 1000).toFixed(1)} s, ${(ms / NEW_DEBRIEFS).toFixed(1)} ms each`,
  );
  const afterThem = async () => {
    const b = await readInsight(database.db, { scope: fieldScope(t.field.name), period, forStaff: true });
    return `${b.interviews.toLocaleString()} interviews`;
  };
  await timed(`field page (${t.field.name}) right after them, staff`, afterThem);
  if (database.dialect === 'postgres') {
    // A thousand writes in a few seconds leave the rollups' hot rows with dead versions that
    // autovacuum clears within a minute or so; this is the page once it has.
    for (const tbl of ['insight_count', 'insight_person'])
      await sql`VACUUM ANALYZE ${sql.table(tbl)}`.execute(database.db);
    await timed(`field page (${t.field.name}) after a vacuum, staff`, afterThem);
  }
  await cleanup();
  clearInterval(keepAlive);
}

await main();
