// Job board search benchmark. Prints figures; never passes or fails.
//
//   npm run bench:search -- [N] [--postgres URL] [--keep]
//
// Generates N synthetic openings (default 100,000) in a fresh database, serves the real app
// on a local port, and measures the HTTP search endpoint: latency of 200 varied queries,
// broad queries on their own, throughput at 10 concurrent connections, and how a cheap
// request fares while broad searches run (a slow query must not stall the others).
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { buildApp } from '../src/server/app.ts';
import { readConfig } from '../src/server/config.ts';
import { connect, type Db } from '../src/server/db/connect.ts';
import { migrateToLatest } from '../src/server/db/migrate.ts';
import { generateOpenings, prng } from './synthetic.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { postgres: { type: 'string' }, keep: { type: 'boolean' } },
});
const n = Number(positionals[0] ?? 100_000);
if (!Number.isInteger(n) || n < 1) throw new Error('N must be a positive whole number');

const log = (msg: string) => console.log(msg);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function describe(label: string, ms: number[]): void {
  const s = [...ms].sort((a, b) => a - b);
  log(
    `  ${label.padEnd(34)} p50 ${percentile(s, 50).toFixed(1).padStart(7)} ms   p95 ${percentile(s, 95).toFixed(1).padStart(7)} ms   p99 ${percentile(s, 99).toFixed(1).padStart(7)} ms   (n=${s.length})`,
  );
}

const KINDS = [
  'one word',
  'two words',
  'phrase',
  'word -word',
  'word + field',
  'word + location',
  'word, newest',
  'hostile text',
  'field + min salary',
  'word, pages 2-5',
];

/** 200 varied queries: common and rare words, phrases, exclusions, filters, sorts, pages, hostile text. */
function queries(): string[] {
  const rand = prng(7);
  const words = [
    'engineer',
    'analyst',
    'python',
    'nursing',
    'warehouse',
    'sql',
    'stakeholder',
    'team',
    'customers',
    'welding',
    'react',
    'budget',
    'teaching',
    'payroll',
    'senior',
    'lead',
    'data',
    'sales',
  ];
  const hostile = [
    '"',
    '*',
    'NEAR(a b)',
    '(',
    "' OR 1=1 --",
    'AND OR NOT',
    '-',
    '工程师',
    'Ingénieur',
    'c++',
    'node.js',
    '"unterminated phrase',
  ];
  const fields = ['Software', 'Healthcare', 'Finance', 'Marketing', 'Skilled trades'];
  const out: string[] = [];
  for (let i = 0; i < 200; i++) {
    const p = new URLSearchParams();
    const kind = i % 10;
    const w = () => words[Math.floor(rand() * words.length)] as string;
    const field = fields[i % fields.length] as string;
    const params: Record<string, string>[] = [
      { q: w() },
      { q: `${w()} ${w()}` },
      { q: `"${w()} ${w()}"` },
      { q: `${w()} -${w()}` },
      { q: w(), field },
      { q: w(), location: 'tor' },
      { q: w(), sort: 'newest' },
      { q: hostile[i % hostile.length] as string },
      { field, minSalary: '80000' },
      { q: w(), page: String(2 + (i % 4)) },
    ];
    for (const [k, v] of Object.entries(params[kind] ?? {})) p.set(k, v);
    out.push(`/api/v1/jobs?${p}`);
  }
  return out;
}

async function timed(url: string): Promise<number> {
  const t = performance.now();
  const res = await fetch(url);
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
  return performance.now() - t;
}

async function openDatabase(): Promise<{ database: Db; label: string; cleanup: () => Promise<void> }> {
  if (values.postgres) {
    const schema = `bench_${n}`;
    const admin = new pg.Client({ connectionString: values.postgres });
    await admin.connect();
    const exists = (
      await admin.query('SELECT 1 FROM information_schema.schemata WHERE schema_name = $1', [schema])
    ).rowCount;
    if (!exists) await admin.query(`CREATE SCHEMA ${schema}`);
    const database = connect(values.postgres, { schema, poolSize: 10 });
    if (!exists) {
      await migrateToLatest(database.db);
      log(`Generating ${n.toLocaleString()} openings in PostgreSQL schema ${schema}…`);
      await generateOpenings(database, n, log);
    }
    return {
      database,
      label: 'PostgreSQL',
      cleanup: async () => {
        await database.close();
        if (!values.keep) await admin.query(`DROP SCHEMA ${schema} CASCADE`);
        await admin.end();
      },
    };
  }
  const dir = join(tmpdir(), `followthrough-bench-${n}`);
  const fresh = !existsSync(join(dir, 'bench.db'));
  mkdirSync(dir, { recursive: true });
  const database = connect(`sqlite:${join(dir, 'bench.db')}`);
  if (fresh) {
    await migrateToLatest(database.db);
    log(`Generating ${n.toLocaleString()} openings in SQLite (${dir})…`);
    await generateOpenings(database, n, log);
  }
  return {
    database,
    label: 'SQLite',
    cleanup: async () => {
      await database.close();
      if (!values.keep) rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function main(): Promise<void> {
  const { database, label, cleanup } = await openDatabase();
  const dataDir = join(tmpdir(), `followthrough-bench-data-${process.pid}`);
  const config = { ...readConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' }), secret: 'b'.repeat(40) };
  const { app } = await buildApp(config, { database, logger: false, dispatchInterval: null });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  log(`\n${label}, ${n.toLocaleString()} openings, via HTTP at ${address}`);

  const list = queries();
  for (const q of list.slice(0, 20)) await timed(address + q); // warm caches
  const sequential: number[] = [];
  const byKind = new Map<string, number[]>();
  for (const [i, q] of list.entries()) {
    const ms = await timed(address + q);
    sequential.push(ms);
    const kind = KINDS[i % KINDS.length] as string;
    byKind.set(kind, [...(byKind.get(kind) ?? []), ms]);
  }
  describe('200 varied queries, one at a time', sequential);
  for (const [kind, ms] of byKind) describe(`  ${kind}`, ms);

  const broad = [
    '/api/v1/jobs?q=team',
    '/api/v1/jobs?q=experience',
    '/api/v1/jobs?q=work+customers',
    '/api/v1/jobs',
  ];
  const broadMs: number[] = [];
  for (let i = 0; i < 40; i++) broadMs.push(await timed(address + broad[i % broad.length]));
  describe('broad queries (~half the postings)', broadMs);

  const total = 1000;
  let next = 0;
  const t0 = performance.now();
  const concurrent: number[] = [];
  await Promise.all(
    Array.from({ length: 10 }, async () => {
      while (next < total) {
        const q = list[next++ % list.length] as string;
        concurrent.push(await timed(address + q));
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  describe('10 concurrent connections', concurrent);
  log(`  throughput at 10 connections: ${(total / seconds).toFixed(0)} requests/s`);

  // A cheap request (one job page's JSON) alone, then while 4 clients run broad searches.
  const cheap = `${address}/api/v1/jobs/job-1`;
  const idle: number[] = [];
  for (let i = 0; i < 50; i++) idle.push(await timed(cheap));
  describe('cheap request, idle', idle);
  let stop = false;
  const load = Array.from({ length: 4 }, async (_, k) => {
    let i = k;
    while (!stop) await timed(address + broad[i++ % broad.length]);
  });
  const busy: number[] = [];
  for (let i = 0; i < 50; i++) busy.push(await timed(cheap));
  stop = true;
  await Promise.all(load);
  describe('cheap request, during broad searches', busy);

  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
  await cleanup();
}

await main();
