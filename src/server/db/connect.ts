import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Tables } from './tables.ts';

export type DialectName = 'sqlite' | 'postgres';

/** An open database: the Kysely handle plus what the rest of the code needs to know about it. */
export interface Db {
  db: Kysely<Tables>;
  dialect: DialectName;
  /** The SQLite file path (null for PostgreSQL or an in-memory database). */
  sqliteFile: string | null;
  close(): Promise<void>;
}

export function dialectOf(url: string): DialectName {
  return /^postgres(ql)?:\/\//.test(url) ? 'postgres' : 'sqlite';
}

/** Opens the database named by a URL: `postgres://…`, `sqlite:PATH`, `file:PATH`, or a bare path. */
export function connect(url: string, opts: { schema?: string; poolSize?: number } = {}): Db {
  if (dialectOf(url) === 'postgres') {
    const pool = new pg.Pool({
      connectionString: url,
      max: opts.poolSize ?? 10,
      // A per-test-worker schema keeps parallel test files apart on one database.
      ...(opts.schema ? { options: `-c search_path=${opts.schema}` } : {}),
    });
    const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect: 'postgres', sqliteFile: null, close: () => db.destroy() };
  }
  const file = url.replace(/^(sqlite|file):(\/\/)?/, '');
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const database = openSqlite(file);
  const db = new Kysely<Tables>({ dialect: new SqliteDialect({ database }) });
  return { db, dialect: 'sqlite', sqliteFile: file === ':memory:' ? null : file, close: () => db.destroy() };
}

/** A better-sqlite3 connection with the pragmas every connection here needs. */
export function openSqlite(file: string, readonly = false): Database.Database {
  const database = new Database(file, { readonly });
  if (!readonly) database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  return database;
}
