// Fast inserts for benchmark data, straight into the tables. Going through Kysely one
// multi-row INSERT at a time would spend most of a million-row load compiling SQL; instead
// SQLite runs one prepared statement per row inside a transaction on its own connection, and
// PostgreSQL receives each column as an array and unnests it (a few statements per 20,000 rows).
import type Database from 'better-sqlite3';
import { sql } from 'kysely';
import { type Db, openSqlite } from '../src/server/db/connect.ts';

/** A column and its PostgreSQL type (the array is cast to `type[]`). */
export type Column = readonly [name: string, type: 'integer' | 'bigint' | 'text' | 'timestamptz'];
export type Value = string | number | null;

export interface BulkWriter {
  insert(table: string, columns: readonly Column[], rows: Value[][]): Promise<void>;
  close(): void;
}

const CHUNK = 20_000;

export function bulkWriter(database: Db): BulkWriter {
  if (database.dialect === 'postgres') {
    return {
      async insert(table, columns, rows) {
        const names = sql.join(columns.map(([name]) => sql.ref(name)));
        for (let start = 0; start < rows.length; start += CHUNK) {
          const chunk = rows.slice(start, start + CHUNK);
          const arrays = columns.map(
            ([, type], i) => sql`${chunk.map((r) => r[i] ?? null)}::${sql.raw(type)}[]`,
          );
          await sql`INSERT INTO ${sql.table(table)} (${names}) SELECT * FROM unnest(${sql.join(arrays)})`.execute(
            database.db,
          );
        }
      },
      close() {},
    };
  }
  if (!database.sqliteFile) throw new Error('The benchmark needs an SQLite file, not an in-memory database');
  const raw: Database.Database = openSqlite(database.sqliteFile);
  // The data is generated consistent; checking every foreign key would only slow the load.
  raw.pragma('foreign_keys = OFF');
  raw.pragma('synchronous = OFF');
  return {
    async insert(table, columns, rows) {
      const names = columns.map(([name]) => `"${name}"`).join(', ');
      const stmt = raw.prepare(
        `INSERT INTO "${table}" (${names}) VALUES (${columns.map(() => '?').join(', ')})`,
      );
      const all = raw.transaction((list: Value[][]) => {
        for (const r of list) stmt.run(r);
      });
      for (let start = 0; start < rows.length; start += CHUNK) all(rows.slice(start, start + CHUNK));
    },
    close() {
      raw.close();
    },
  };
}
