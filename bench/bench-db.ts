// The database a benchmark runs on: a schema of its own on PostgreSQL (--postgres URL), or a
// file under the temp directory for SQLite, named by `tag` so that --keep lets a later run reuse
// the generated data; and the timing loop the benchmarks print with.
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { connect, type Db } from '../src/server/db/connect.ts';
import { migrateToLatest } from '../src/server/db/migrate.ts';

export interface BenchDatabase {
  database: Db;
  label: string;
  /** True when the data must be generated (nothing kept from an earlier run). */
  fresh: boolean;
  cleanup: () => Promise<void>;
}

export async function openBenchDatabase(
  tag: string,
  opts: { postgres?: string; keep?: boolean },
): Promise<BenchDatabase> {
  let fresh: boolean;
  let database: Db;
  let cleanup: () => Promise<void>;
  if (opts.postgres) {
    const schema = `bench_${tag}`;
    const admin = new pg.Client({ connectionString: opts.postgres });
    await admin.connect();
    fresh = !(await admin.query('SELECT 1 FROM information_schema.schemata WHERE schema_name = $1', [schema]))
      .rowCount;
    if (fresh) await admin.query(`CREATE SCHEMA ${schema}`);
    database = connect(opts.postgres, { schema, poolSize: 4 });
    cleanup = async () => {
      await database.close();
      if (!opts.keep) await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    };
  } else {
    const dir = join(tmpdir(), `followthrough-bench-${tag.replaceAll('_', '-')}`);
    fresh = !existsSync(join(dir, 'bench.db'));
    mkdirSync(dir, { recursive: true });
    database = connect(`sqlite:${join(dir, 'bench.db')}`);
    cleanup = async () => {
      await database.close();
      if (!opts.keep) rmSync(dir, { recursive: true, force: true });
    };
  }
  await migrateToLatest(database.db);
  return { database, label: opts.postgres ? 'PostgreSQL' : 'SQLite', fresh, cleanup };
}

/** Runs `fn` once to warm up, then `runs` times; prints the median and the maximum in ms. */
export async function measure(
  label: string,
  fn: () => Promise<string>,
  opts: { runs?: number; digits?: number; width?: number } = {},
): Promise<void> {
  const runs = opts.runs ?? 10;
  let found = await fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    found = await fn();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  const f = (x: number) => x.toFixed(opts.digits ?? 0).padStart(7);
  console.log(
    `  ${label.padEnd(opts.width ?? 46)} ${f(ms[Math.floor(runs / 2)] ?? 0)} ${f(ms.at(-1) ?? 0)}   ${found}`,
  );
}
