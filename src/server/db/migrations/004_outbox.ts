import type { Kysely } from 'kysely';
import { instant, now, withId } from './helpers.ts';

// Background work (mail now, reminders later) goes through this table, so a restart loses
// nothing and several server processes never send the same message twice.
export async function up(db: Kysely<any>): Promise<void> {
  await withId(db, db.schema.createTable('outbox'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending'))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .addColumn('run_after', instant(db), (c) => c.notNull().defaultTo(now(db)))
    .addColumn('locked_until', instant(db))
    .addColumn('created_at', instant(db), (c) => c.notNull().defaultTo(now(db)))
    .addColumn('done_at', instant(db))
    .execute();
  await db.schema.createIndex('outbox_due_idx').on('outbox').columns(['status', 'run_after']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('outbox').execute();
}
