import type { Kysely } from 'kysely';
import { instant, withId, withTimestamps } from './helpers.ts';

// CSV imports: an uploaded file is kept as a batch (its header, the mapping chosen, progress
// and outcome) and one row per data line (its cells and the fixes typed in the preview), so
// a preview can page and a fix touches one row.
export async function up(db: Kysely<any>): Promise<void> {
  await withTimestamps(db, withId(db, db.schema.createTable('import_batch')))
    // 'candidates' or 'openings'.
    .addColumn('kind', 'text', (c) => c.notNull())
    // 'uploaded' → 'running' → 'done' or 'failed' (a failed batch imported nothing and may run again).
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('uploaded'))
    .addColumn('created_by', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
    .addColumn('file_name', 'text', (c) => c.notNull().defaultTo(''))
    // JSON: the column names, and header → target chosen by the person.
    .addColumn('headers', 'text', (c) => c.notNull())
    .addColumn('mapping', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('create_companies', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('total', 'integer', (c) => c.notNull())
    .addColumn('checked', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('processed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('imported', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('error', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('finished_at', instant(db))
    .execute();
  await db.schema
    .createIndex('import_batch_creator_idx')
    .on('import_batch')
    .columns(['created_by', 'id'])
    .execute();

  await db.schema
    .createTable('import_row')
    .addColumn('batch_id', 'integer', (c) => c.notNull().references('import_batch.id').onDelete('cascade'))
    // The row number as a spreadsheet shows it (the header is row 1).
    .addColumn('n', 'integer', (c) => c.notNull())
    // JSON: the cells as read, and target → value fixed in the preview.
    .addColumn('cells', 'text', (c) => c.notNull())
    .addColumn('edits', 'text', (c) => c.notNull().defaultTo('{}'))
    // After a run: the record made from the row, or why the row was skipped.
    .addColumn('record_id', 'integer')
    .addColumn('skip_reason', 'text', (c) => c.notNull().defaultTo(''))
    .addPrimaryKeyConstraint('import_row_pk', ['batch_id', 'n'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('import_row').execute();
  await db.schema.dropTable('import_batch').execute();
}
