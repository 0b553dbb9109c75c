import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { type CompiledQuery, Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { SqliteReadPool } from './read-pool.ts';
import type { Tables } from './tables.ts';

export type DialectName = 'sqlite' | 'postgres';

/** An open database: the Kysely handle plus what the rest of the code needs to know about it. */
export interface Db {
  db: Kysely<Tables>;
  dialect: DialectName;
  /** The SQLite file path (null for PostgreSQL or an in-memory database). */
  sqliteFile: string | null;
  /** Runs a heavy read off the main thread where that matters (SQLite), else on the pool. */
  read<R>(query: CompiledQuery<R>): Promise<R[]>;
  close(): Promise<void>;
}

export function dialectOf(url: string): DialectName {
  return /^postgres(ql)?:\/\//.test(url) ? 'postgres' : 'sqlite';
}

/** Opens the database named by a URL: `postgres://…`, `sqlite:PATH`, `file:PATH`, or a bare path. */
export function connect(
  url: string,
  opts: { schema?: string; poolSize?: number; readers?: number } = {},
): Db {
  if (dialectOf(url) === 'postgres') {
    const pool = new pg.Pool({
      connectionString: url,
      max: opts.poolSize ?? 10,
      // A per-test-worker schema keeps parallel test files apart on one database.
      ...(opts.schema ? { options: `-c search_path=${opts.schema}` } : {}),
    });
    const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
    const read = async <R>(q: CompiledQuery<R>) => (await db.executeQuery(q)).rows;
    return {
      db,
      dialect: 'postgres',
      sqliteFile: null,
      read,
      close: () => db.destroy(),
    };
  }
  const file = url.replace(/^(sqlite|file):(\/\/)?/, '');
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const database = openSqlite(file);
  const db = new Kysely<Tables>({ dialect: new SqliteDialect({ database }) });
  if (file === ':memory:') {
    const read = async <R>(q: CompiledQuery<R>) => (await db.executeQuery(q)).rows;
    return { db, dialect: 'sqlite', sqliteFile: null, read, close: () => db.destroy() };
  }
  let readers: SqliteReadPool | null = null;
  return {
    db,
    dialect: 'sqlite',
    sqliteFile: file,
    read: <R>(q: CompiledQuery<R>) => {
      // Started on first use, so CLI commands that never search spawn no threads.
      readers ??= new SqliteReadPool(file, opts.readers ?? 2);
      return readers.all<R>(q.sql, q.parameters);
    },
    close: async () => {
      await readers?.close();
      await db.destroy();
    },
  };
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
