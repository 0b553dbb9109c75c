import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { buildApp } from '../../app.ts';
import { type Config, readConfig } from '../../config.ts';
import { connect, type Db } from '../../db/connect.ts';
import { seedDemo } from './seed.ts';

// For tests of the demo: a database of its own with the demo seeded into it, and the app on it.

/** An empty database for one seedDemo run: a SQLite file, or a fresh PostgreSQL schema. */
async function emptyDatabase(dir: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const pgUrl = process.env.TEST_POSTGRES_URL;
  if (process.env.TEST_DB !== 'postgres' || !pgUrl)
    return { url: `sqlite:${join(dir, 'followthrough.db')}`, drop: async () => {} };
  const schema = `demo_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  // seedDemo only takes a Config, so the schema travels in the URL as a connection option.
  const url = new URL(pgUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: url.toString(),
    drop: async () => {
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    },
  };
}

export interface SeededDemo {
  dir: string;
  config: Config;
  database: Db;
  app: Awaited<ReturnType<typeof buildApp>>['app'];
  close: () => Promise<void>;
}

export async function seededDemo(prefix: string): Promise<SeededDemo> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const target = await emptyDatabase(dir);
  const config = {
    ...readConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent', DATABASE_URL: target.url }),
    secret: 'x'.repeat(40),
  };
  await seedDemo(config);
  const database = connect(target.url);
  const { app } = await buildApp(config, { logger: false, dispatchInterval: null });
  return {
    dir,
    config,
    database,
    app,
    close: async () => {
      await app.close();
      await database.close();
      await target.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
