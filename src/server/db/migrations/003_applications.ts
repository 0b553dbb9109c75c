import type { Kysely } from 'kysely';
import { instant, now, withId, withTimestamps } from './helpers.ts';

export async function up(db: Kysely<any>): Promise<void> {
  // Uploaded files live under the data folder; this row says whose they are and what they hold.
  await withId(db, db.schema.createTable('stored_file'))
    .addColumn('owner_id', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('original_name', 'text', (c) => c.notNull())
    .addColumn('mime_type', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('storage_key', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', instant(db), (c) => c.notNull().defaultTo(now(db)))
    .execute();

  await withTimestamps(db, withId(db, db.schema.createTable('application')))
    .addColumn('opening_id', 'integer', (c) => c.notNull().references('opening.id').onDelete('cascade'))
    .addColumn('candidate_id', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
    .addColumn('cover_note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('resume_file_id', 'integer', (c) => c.references('stored_file.id').onDelete('set null'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addUniqueConstraint('application_once', ['opening_id', 'candidate_id'])
    .execute();
  await db.schema.createIndex('application_candidate_idx').on('application').column('candidate_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('application').execute();
  await db.schema.dropTable('stored_file').execute();
}
