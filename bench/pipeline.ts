// Pipeline board and candidate search benchmark. Prints figures; never passes or fails.
//
//   npm run bench:pipeline -- [candidates=200000] [applications=1000000] [--postgres URL] [--keep]
//
// Generates an agency's worth of data (30 recruiters, candidates/100 companies, candidates/10
// openings, candidates with skills and resumes, applications with their stage moves) in a
// fresh database, or reuses one kept by --keep, and times the real query functions the board,
// the application list and the candidate list call (no HTTP, so the figures are the database's).
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import pg from 'pg';
import { connect, type Db } from '../src/server/db/connect.ts';
import { migrateToLatest } from '../src/server/db/migrate.ts';
import type { Scope } from '../src/server/features/access/index.ts';
import { type CandidateFilters, listCandidates } from '../src/server/features/candidates/queries.ts';
import { boardColumns, listApplications } from '../src/server/features/pipeline/queries.ts';
import { listStages } from '../src/server/features/pipeline/stages.ts';
import type { PipelineQuery } from '../src/shared/pipeline.ts';
import { generatePipeline } from './pipeline-data.ts';
import { ADMIN_ID, recruiterId } from './pipeline-words.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { postgres: { type: 'string' }, keep: { type: 'boolean' } },
});
const size = {
  candidates: Number(positionals[0] ?? 200_000),
  applications: Number(positionals[1] ?? 1_000_000),
};
for (const [k, v] of Object.entries(size))
  if (!Number.isInteger(v) || v < 1) throw new Error(`${k} must be a positive whole number`);
const RUNS = 20;
const BUDGET_MS = 20_000;
const log = (msg: string) => console.log(msg);

interface Opened {
  database: Db;
  label: string;
  /** Seconds it took to generate the data. */
  generated: number;
  /** Bytes on disk (SQLite file and WAL) or in the schema's tables, indexes and TOAST. */
  bytes: () => Promise<number>;
  cleanup: () => Promise<void>;
}

/** Marks a finished generation, so a run stopped half-way is not measured as if complete. */
const GENERATED = 'bench.pipeline.generated';

/**
 * Migrates (a kept database too, so new indexes reach it) and generates the data when fresh;
 * returns how long generating took (then or when the kept data was made).
 */
async function prepare(database: Db, fresh: boolean, where: string, startOver: string): Promise<number> {
  const { db } = database;
  const applied = await migrateToLatest(db);
  let seconds: number;
  if (fresh) {
    log(
      `Generating ${size.candidates.toLocaleString()} candidates and ${size.applications.toLocaleString()} applications in ${where}…`,
    );
    const t0 = performance.now();
    await generatePipeline(database, size, log);
    seconds = (performance.now() - t0) / 1000;
    await db
      .insertInto('setting')
      .values({ key: GENERATED, value: String(seconds) })
      .execute();
  } else {
    const row = await db
      .selectFrom('setting')
      .select('value')
      .where('key', '=', GENERATED)
      .executeTakeFirst();
    if (!row) throw new Error(`The data in ${where} was never finished; ${startOver} and run again.`);
    seconds = Number(row.value);
    log(`Reusing the kept data in ${where}${applied.length ? `; applied ${applied.join(', ')}` : ''}`);
  }
  // PostgreSQL's autovacuum would analyze tables this size on its own; do it now so the plans
  // are the ones production gets. SQLite is left as the app leaves it: the app never runs
  // ANALYZE, so its plans are made without statistics.
  if (database.dialect === 'postgres' && (fresh || applied.length))
    for (const t of ['company', 'opening', 'candidate', 'candidate_skill', 'application', 'stage_move'])
      await sql`VACUUM ANALYZE ${sql.table(t)}`.execute(db);
  return seconds;
}

async function openDatabase(): Promise<Opened> {
  const tag = `pipeline_${size.candidates}_${size.applications}`;
  if (values.postgres) {
    const schema = `bench_${tag}`;
    const admin = new pg.Client({ connectionString: values.postgres });
    await admin.connect();
    const exists = (
      await admin.query('SELECT 1 FROM information_schema.schemata WHERE schema_name = $1', [schema])
    ).rowCount;
    if (!exists) await admin.query(`CREATE SCHEMA ${schema}`);
    const database = connect(values.postgres, { schema, poolSize: 4 });
    const generated = await prepare(
      database,
      !exists,
      `PostgreSQL schema ${schema}`,
      `DROP SCHEMA ${schema} CASCADE`,
    );
    return {
      database,
      label: 'PostgreSQL',
      generated,
      bytes: async () => {
        const r = await admin.query(
          `SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0)::bigint AS b FROM pg_class c
           JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relkind = 'r'`,
          [schema],
        );
        return Number(r.rows[0]?.b ?? 0);
      },
      cleanup: async () => {
        await database.close();
        if (!values.keep) await admin.query(`DROP SCHEMA ${schema} CASCADE`);
        await admin.end();
      },
    };
  }
  const dir = join(tmpdir(), `followthrough-bench-${tag.replaceAll('_', '-')}`);
  const file = join(dir, 'bench.db');
  const fresh = !existsSync(file);
  mkdirSync(dir, { recursive: true });
  const database = connect(`sqlite:${file}`);
  const generated = await prepare(database, fresh, `SQLite (${dir})`, `delete ${dir}`);
  return {
    database,
    label: 'SQLite',
    generated,
    bytes: async () => {
      await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(database.db);
      return [file, `${file}-wal`].reduce((s, f) => s + (existsSync(f) ? statSync(f).size : 0), 0);
    },
    cleanup: async () => {
      await database.close();
      if (!values.keep) rmSync(dir, { recursive: true, force: true });
    },
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/**
 * Runs `fn` twice to warm up, then RUNS times (fewer, but at least 3, when that would take
 * over BUDGET_MS); prints p50, p95 and max with what it found.
 */
async function measure(label: string, fn: () => Promise<string>): Promise<void> {
  let found = '';
  for (let i = 0; i < 2; i++) found = await fn();
  const ms: number[] = [];
  const start = performance.now();
  while (ms.length < RUNS && (ms.length < 3 || performance.now() - start < BUDGET_MS)) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  const f = (x: number) => x.toFixed(1).padStart(8);
  const runs = ms.length < RUNS ? ` (${ms.length} runs)` : '';
  log(
    `  ${label.padEnd(44)} ${f(percentile(ms, 50))} ${f(percentile(ms, 95))} ${f(ms[ms.length - 1] ?? 0)}   ${found}${runs}`,
  );
}

const SUMMARY = [
  ['candidate', 'candidates'],
  ['candidate_resume', 'resumes'],
  ['opening', 'openings'],
  ['application', 'applications'],
  ['stage_move', 'stage moves'],
] as const;

async function main(): Promise<void> {
  const { database, label, generated, bytes, cleanup } = await openDatabase();
  const { db } = database;
  const rows: string[] = [];
  for (const [table, noun] of SUMMARY) {
    const { n } = await db
      .selectFrom(table)
      .select((e) => e.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    rows.push(`${Number(n).toLocaleString()} ${noun}`);
  }
  const mb = (await bytes()) / 1024 ** 2;
  log(`\n${label}: ${rows.join(', ')}`);
  log(`  data generated in ${generated.toFixed(0)} s; ${mb.toFixed(0)} MB on disk`);

  const stages = await listStages(db);
  const scope: Scope = { userId: ADMIN_ID, role: 'admin', access: 'all' };
  const busiest = await db
    .selectFrom('application')
    .select(['opening_id', (e) => e.fn.countAll().as('n')])
    .groupBy('opening_id')
    .orderBy('n', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
  const company = await db
    .selectFrom('application as a')
    .innerJoin('opening as o', 'o.id', 'a.opening_id')
    .select(['o.company_id', (e) => e.fn.countAll().as('n')])
    .groupBy('o.company_id')
    .orderBy('n', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
  const interviewing = stages.find((s) => s.name === 'Interviewing')?.id ?? stages[0]?.id ?? 0;

  const board = (f: Partial<PipelineQuery>) => async () => {
    const cols = await boardColumns(db, stages, { q: '', closed: false, ...f }, scope);
    return `${cols.reduce((s, c) => s + c.total, 0).toLocaleString()} in ${cols.length} columns`;
  };
  const list = (sort: 'entered' | 'candidate', dir: 'asc' | 'desc') => async () => {
    const r = await listApplications(db, { q: '', closed: false, sort, dir, page: 1 }, scope);
    return `${r.total.toLocaleString()} total`;
  };
  const candidates = (f: Partial<CandidateFilters>) => async () => {
    const r = await listCandidates(db, {
      q: '',
      field: '',
      skill: '',
      owner: '',
      location: '',
      stage: '',
      page: 1,
      ...f,
    });
    return `${r.total.toLocaleString()} found`;
  };

  log(
    `\n  ${'ms over 20 runs after 2 warm-ups'.padEnd(44)} ${'p50'.padStart(8)} ${'p95'.padStart(8)} ${'max'.padStart(8)}`,
  );
  await measure('board: all openings', board({}));
  await measure(
    `board: busiest opening (${Number(busiest.n)} appl.)`,
    board({ openingId: busiest.opening_id }),
  );
  await measure(
    `board: busiest company (${Number(company.n)} appl.)`,
    board({ companyId: company.company_id }),
  );
  await measure('board: one recruiter (ownerId)', board({ ownerId: recruiterId(0) }));
  await measure('board: text "garcia"', board({ q: 'garcia' }));
  await measure('board: own-only recruiter scope', async () => {
    const own: Scope = { userId: recruiterId(1), role: 'recruiter', access: 'own-only' };
    const cols = await boardColumns(db, stages, { q: '', closed: false }, own);
    return `${cols.reduce((s, c) => s + c.total, 0).toLocaleString()} in ${cols.length} columns`;
  });
  await measure('list: page 1 by entered (desc)', list('entered', 'desc'));
  await measure('list: page 1 by candidate (asc)', list('candidate', 'asc'));
  await measure('candidates: name prefix "mar"', candidates({ q: 'mar' }));
  await measure('candidates: skill word "python"', candidates({ q: 'python' }));
  await measure('candidates: resume-only word "dalhousie"', candidates({ q: 'dalhousie' }));
  await measure('candidates: "senior python developer"', candidates({ q: 'senior python developer' }));
  await measure('candidates: stage Interviewing', candidates({ stage: interviewing }));
  await measure('candidates: Software in "toronto"', candidates({ field: 'Software', location: 'toronto' }));
  await measure('candidates: no filter (first page)', candidates({}));
  await cleanup();
}

await main();
