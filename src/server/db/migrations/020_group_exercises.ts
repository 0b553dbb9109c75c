import type { Kysely } from 'kysely';
import { instant, now, withId, withTimestamps } from './helpers.ts';

// Group interviews and assessment-centre practice: a seeker's ticks on the preparation checklist,
// and group exercises a recruiter runs with several candidates on one shared clock. A member's
// notes are private to them; their self-review is what staff read afterwards.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('group_prep_tick')
    .addColumn('user_id', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
    .addColumn('item_key', 'text', (c) => c.notNull())
    .addColumn('ticked_at', instant(db), (c) => c.notNull().defaultTo(now(db)))
    .addPrimaryKeyConstraint('group_prep_tick_pk', ['user_id', 'item_key'])
    .execute();

  // The exercise's title and minutes are copied in, so a run reads the same if the shipped
  // exercise is later reworded.
  await withTimestamps(db, withId(db, db.schema.createTable('group_run')))
    .addColumn('exercise_key', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('minutes', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('user.id').onDelete('set null'))
    .addColumn('started_at', instant(db))
    .addColumn('ends_at', instant(db))
    .addColumn('finished_at', instant(db))
    .execute();
  await db.schema
    .createIndex('group_run_created_by_idx')
    .on('group_run')
    .columns(['created_by', 'id'])
    .execute();

  await db.schema
    .createTable('group_run_member')
    .addColumn('run_id', 'integer', (c) => c.notNull().references('group_run.id').onDelete('cascade'))
    .addColumn('candidate_id', 'integer', (c) => c.notNull().references('candidate.id').onDelete('cascade'))
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('self_review', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('self_rating', 'integer')
    .addColumn('reviewed_at', instant(db))
    .addPrimaryKeyConstraint('group_run_member_pk', ['run_id', 'candidate_id'])
    .execute();
  await db.schema
    .createIndex('group_run_member_candidate_idx')
    .on('group_run_member')
    .columns(['candidate_id', 'run_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['group_run_member', 'group_run', 'group_prep_tick'])
    await db.schema.dropTable(t).execute();
}
