import type { Kysely } from 'kysely';
import { instant, now, withId } from './helpers.ts';

// Where and when a question was met in a real interview. Debriefs write one row per question a
// candidate reports; the question's times_asked and last_asked_at sum them up for the bank, and
// these rows say which employers and fields ask it, and how that changes over time.

export async function up(db: Kysely<any>): Promise<void> {
  await withId(db, db.schema.createTable('question_sighting'))
    .addColumn('question_id', 'integer', (c) => c.notNull().references('question.id').onDelete('cascade'))
    .addColumn('company_id', 'integer', (c) => c.references('company.id').onDelete('set null'))
    .addColumn('field', 'text')
    .addColumn('interview_id', 'integer', (c) => c.references('interview.id').onDelete('set null'))
    .addColumn('asked_at', instant(db), (c) => c.notNull().defaultTo(now(db)))
    .execute();
  await db.schema
    .createIndex('question_sighting_question_idx')
    .on('question_sighting')
    .columns(['question_id', 'asked_at'])
    .execute();
  await db.schema
    .createIndex('question_sighting_company_idx')
    .on('question_sighting')
    .columns(['company_id', 'asked_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('question_sighting').execute();
}
