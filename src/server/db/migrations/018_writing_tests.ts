import type { Kysely } from 'kysely';
import { instant, now, withId } from './helpers.ts';

// Timed writing tests: a job seeker's attempt at one of the shipped prompts, its text as last
// saved, the deadline, the submission (by the seeker, or when time ran out), and a recruiter's
// feedback.

export async function up(db: Kysely<any>): Promise<void> {
  await withId(db, db.schema.createTable('writing_attempt'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
    .addColumn('prompt_key', 'text', (c) => c.notNull())
    .addColumn('started_at', instant(db), (c) => c.notNull().defaultTo(now(db)))
    .addColumn('deadline_at', instant(db), (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('saved_at', instant(db))
    .addColumn('submitted_at', instant(db))
    // 1 when the deadline passed before the seeker submitted: their last saved text is the answer.
    .addColumn('auto_submitted', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('feedback', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('feedback_by', 'text', (c) => c.references('user.id').onDelete('set null'))
    .addColumn('feedback_at', instant(db))
    .execute();
  await db.schema
    .createIndex('writing_attempt_user_idx')
    .on('writing_attempt')
    .columns(['user_id', 'id'])
    .execute();
  await db.schema
    .createIndex('writing_attempt_deadline_idx')
    .on('writing_attempt')
    .column('deadline_at')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('writing_attempt').execute();
}
