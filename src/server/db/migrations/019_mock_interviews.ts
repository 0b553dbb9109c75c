import type { Kysely } from 'kysely';
import { instant, withId, withTimestamps } from './helpers.ts';

// Mock interviews: a recruiter runs a practice interview with a candidate, scores each answer
// against a four-part rubric and writes feedback. It hangs off the candidate record (staff
// work), and reaches the job seeker only once shared, through the record's portal account.

export async function up(db: Kysely<any>): Promise<void> {
  await withTimestamps(db, withId(db, db.schema.createTable('mock_interview')))
    .addColumn('candidate_id', 'integer', (c) => c.notNull().references('candidate.id').onDelete('cascade'))
    .addColumn('interviewer_id', 'text', (c) => c.references('user.id').onDelete('set null'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('held_at', instant(db), (c) => c.notNull())
    .addColumn('feedback', 'text', (c) => c.notNull().defaultTo(''))
    // Null until the recruiter shares it; only then does the candidate see it.
    .addColumn('shared_at', instant(db))
    .execute();
  await db.schema
    .createIndex('mock_interview_candidate_idx')
    .on('mock_interview')
    .columns(['candidate_id', 'held_at'])
    .execute();

  // The questions asked, in order, and how each answer scored (1–5; null until scored).
  await db.schema
    .createTable('mock_interview_answer')
    .addColumn('mock_interview_id', 'integer', (c) =>
      c.notNull().references('mock_interview.id').onDelete('cascade'),
    )
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('question_id', 'integer', (c) => c.notNull().references('question.id').onDelete('cascade'))
    .addColumn('structure', 'integer')
    .addColumn('relevance', 'integer')
    .addColumn('evidence', 'integer')
    .addColumn('delivery', 'integer')
    .addColumn('comment', 'text', (c) => c.notNull().defaultTo(''))
    .addPrimaryKeyConstraint('mock_interview_answer_pk', ['mock_interview_id', 'position'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('mock_interview_answer').execute();
  await db.schema.dropTable('mock_interview').execute();
}
