import { type Kysely, sql } from 'kysely';
import { isPostgres } from './helpers.ts';

// PostgreSQL: a location filter ("tor" → Toronto) as an indexed word-prefix search over the
// city, region and country, instead of computing a tsvector for every row. SQLite already
// indexes the place in its FTS table.
export async function up(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) return;
  await sql`ALTER TABLE opening ADD COLUMN place_vector tsvector
    GENERATED ALWAYS AS (to_tsvector('simple', city || ' ' || region || ' ' || country)) STORED`.execute(db);
  await sql`CREATE INDEX opening_place_idx ON opening USING GIN (place_vector)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) return;
  await sql`ALTER TABLE opening DROP COLUMN place_vector`.execute(db);
}
