import { type Kysely, Migrator, PostgresAdapter, sql } from 'kysely';
import { migrations } from './migrations/index.ts';
import type { Tables } from './tables.ts';

/** Brings the schema up to date (or to `target`, for tests); throws with the failing migration's name. */
export async function migrateToLatest(db: Kysely<Tables>, target?: string): Promise<string[]> {
  // Naming the schema matters on PostgreSQL: Kysely otherwise looks for its bookkeeping tables
  // in every schema, and a second schema on one database (tests, benchmarks) would be skipped.
  const schema =
    db.getExecutor().adapter instanceof PostgresAdapter
      ? (await sql<{ s: string }>`SELECT current_schema() AS s`.execute(db)).rows[0]?.s
      : undefined;
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = target ? await migrator.migrateTo(target) : await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    const name = failed ? ` (${failed.migrationName})` : '';
    throw new Error(`Migration failed${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return (results ?? []).map((r) => r.migrationName);
}
