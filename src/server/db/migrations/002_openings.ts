import { type Kysely, sql } from 'kysely';
import { instant, isPostgres, withId, withTimestamps } from './helpers.ts';

export async function up(db: Kysely<any>): Promise<void> {
  await withTimestamps(db, withId(db, db.schema.createTable('company')))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('industry', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('website', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('internal_notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'text', (c) => c.references('user.id').onDelete('set null'))
    .execute();

  await withTimestamps(db, withId(db, db.schema.createTable('opening')))
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('company_id', 'integer', (c) => c.notNull().references('company.id').onDelete('restrict'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('city', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('region', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('country', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('workplace_type', 'text', (c) => c.notNull())
    .addColumn('employment_type', 'text', (c) => c.notNull())
    // Money is integer minor units plus an ISO 4217 currency.
    .addColumn('salary_min', 'bigint')
    .addColumn('salary_max', 'bigint')
    .addColumn('salary_currency', 'text')
    .addColumn('salary_period', 'text')
    // The yearly equivalent of the top of the range, so a "minimum salary" filter compares like with like.
    .addColumn('salary_max_yearly', 'bigint')
    .addColumn('positions', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('posted_at', instant(db))
    .addColumn('valid_through', instant(db))
    .addColumn('created_by', 'text', (c) => c.references('user.id').onDelete('set null'))
    .execute();
  await db.schema
    .createIndex('opening_company_idx')
    .on('opening')
    .columns(['company_id', 'status'])
    .execute();
  await db.schema
    .createIndex('opening_status_posted_idx')
    .on('opening')
    .columns(['status', 'posted_at'])
    .execute();
  await db.schema.createIndex('opening_field_idx').on('opening').columns(['field', 'status']).execute();

  // Full-text index (contentless on SQLite: the text already lives in opening). Rows are written by db/search.ts whenever an opening or its company changes.
  if (isPostgres(db)) {
    await sql`ALTER TABLE opening ADD COLUMN search_vector tsvector`.execute(db);
    await sql`CREATE INDEX opening_search_idx ON opening USING GIN (search_vector)`.execute(db);
  } else {
    // Filters (field, workplace, employment type, place) are indexed as terms too, so that a
    // filtered search intersects posting lists instead of probing rows one by one.
    await sql`CREATE VIRTUAL TABLE opening_fts USING fts5(
      title, company, body, facets, place,
      tokenize = 'porter unicode61 remove_diacritics 2', prefix = '2 3',
      content = '', contentless_delete = 1
    )`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) await sql`DROP TABLE opening_fts`.execute(db);
  await db.schema.dropTable('opening').execute();
  await db.schema.dropTable('company').execute();
}
