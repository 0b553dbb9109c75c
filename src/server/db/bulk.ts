import { type Kysely, PostgresAdapter, sql } from 'kysely';
import type { Tables } from './tables.ts';

// Many rows in few statements, for rebuilding derived tables. A Kysely multi-row INSERT spends
// most of its time compiling one placeholder per value; here each chunk travels as one
// parameter: a JSON array that SQLite unpacks with json_each, or one array per column that
// PostgreSQL unnests.

export type BulkColumn = readonly [name: string, type: 'integer' | 'text'];

const CHUNK = 10_000;

export async function insertMany(
  db: Kysely<Tables>,
  table: keyof Tables & string,
  columns: readonly BulkColumn[],
  rows: ReadonlyArray<ReadonlyArray<string | number>>,
): Promise<void> {
  const names = sql.join(columns.map(([name]) => sql.ref(name)));
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const source = postgres
      ? sql`SELECT * FROM unnest(${sql.join(
          columns.map(([, type], i) => sql`${chunk.map((r) => r[i])}::${sql.raw(type)}[]`),
        )})`
      : sql`SELECT ${sql.join(
          columns.map((_, i) => sql`json_extract(value, ${`$[${i}]`})`),
        )} FROM json_each(${JSON.stringify(chunk)})`;
    await sql`INSERT INTO ${sql.table(table)} (${names}) ${source}`.execute(db);
  }
}
