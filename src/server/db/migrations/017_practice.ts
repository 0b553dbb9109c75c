import type { Kysely } from 'kysely';
import { instant, now, withId, withTimestamps } from './helpers.ts';

// Practice: the question bank (shipped questions, the agency's own, and later the ones
// candidates meet in interviews), each job seeker's prepared answers with their versions, their
// story bank, practice sessions, and the spaced-repetition card of each question they practise.
// A seeker's own work hangs off their portal user: it is theirs, whatever records staff keep.

export async function up(db: Kysely<any>): Promise<void> {
  await withTimestamps(db, withId(db, db.schema.createTable('question')))
    // Shipped questions carry a stable key, so the bank can be topped up without duplicates.
    .addColumn('key', 'text', (c) => c.unique())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('difficulty', 'text', (c) => c.notNull())
    .addColumn('looking_for', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('guide', 'text', (c) => c.notNull().defaultTo(''))
    // A company-specific question; null for any employer.
    .addColumn('company_id', 'integer', (c) => c.references('company.id').onDelete('cascade'))
    // 'project' (shipped), 'agency' (written by staff) or 'debrief' (met in an interview).
    .addColumn('source', 'text', (c) => c.notNull())
    // How often, and when last, candidates met it in an interview (debriefs fill these in).
    .addColumn('times_asked', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_asked_at', instant(db))
    .addColumn('retired_at', instant(db))
    .addColumn('created_by', 'text', (c) => c.references('user.id').onDelete('set null'))
    .execute();
  await db.schema.createIndex('question_category_idx').on('question').columns(['category', 'id']).execute();
  await db.schema.createIndex('question_company_idx').on('question').column('company_id').execute();

  // The fields a question applies to; none means any field.
  await db.schema
    .createTable('question_field')
    .addColumn('question_id', 'integer', (c) => c.notNull().references('question.id').onDelete('cascade'))
    .addColumn('field', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('question_field_pk', ['question_id', 'field'])
    .execute();
  await db.schema
    .createIndex('question_field_field_idx')
    .on('question_field')
    .columns(['field', 'question_id'])
    .execute();

  // A seeker's prepared answer to a question: free text, or STAR parts for behavioural and
  // situational questions. Every save keeps the text before it as a version.
  await withTimestamps(db, withId(db, db.schema.createTable('prepared_answer')))
    .addColumn('user_id', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
    .addColumn('question_id', 'integer', (c) => c.notNull().references('question.id').onDelete('cascade'))
    .addColumn('body', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('star', 'text') // JSON {situation, task, action, result}, or null for free text
    // Shared with the agency: staff may read it (never other seekers).
    .addColumn('shared', 'integer', (c) => c.notNull().defaultTo(0))
    .addUniqueConstraint('prepared_answer_user_question_uq', ['user_id', 'question_id'])
    .execute();
  await withId(db, db.schema.createTable('prepared_answer_version'))
    .addColumn('answer_id', 'integer', (c) =>
      c.notNull().references('prepared_answer.id').onDelete('cascade'),
    )
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('star', 'text')
    .addColumn('created_at', instant(db), (c) => c.notNull().defaultTo(now(db)))
    .execute();
  await db.schema
    .createIndex('prepared_answer_version_answer_idx')
    .on('prepared_answer_version')
    .columns(['answer_id', 'id'])
    .execute();

  // The story bank: reusable stories tagged with skills and linked to the questions they answer.
  await withTimestamps(db, withId(db, db.schema.createTable('story')))
    .addColumn('user_id', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('skills', 'text', (c) => c.notNull().defaultTo('[]')) // JSON array of skill names
    .execute();
  await db.schema.createIndex('story_user_idx').on('story').columns(['user_id', 'id']).execute();
  await db.schema
    .createTable('story_question')
    .addColumn('story_id', 'integer', (c) => c.notNull().references('story.id').onDelete('cascade'))
    .addColumn('question_id', 'integer', (c) => c.notNull().references('question.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('story_question_pk', ['story_id', 'question_id'])
    .execute();

  // A practice session and the questions drawn for it, in order, with how each went.
  await withId(db, db.schema.createTable('practice_session'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
    // 'interview', 'field' or 'due'
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('interview_id', 'integer', (c) => c.references('interview.id').onDelete('set null'))
    .addColumn('field', 'text')
    .addColumn('started_at', instant(db), (c) => c.notNull().defaultTo(now(db)))
    .addColumn('finished_at', instant(db))
    .execute();
  await db.schema
    .createIndex('practice_session_user_idx')
    .on('practice_session')
    .columns(['user_id', 'started_at'])
    .execute();
  await withId(db, db.schema.createTable('practice_item'))
    .addColumn('session_id', 'integer', (c) =>
      c.notNull().references('practice_session.id').onDelete('cascade'),
    )
    .addColumn('question_id', 'integer', (c) => c.notNull().references('question.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('target_seconds', 'integer', (c) => c.notNull())
    .addColumn('seconds', 'integer')
    .addColumn('typed', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('rating', 'text') // again | hard | good | easy
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('rated_at', instant(db))
    .addUniqueConstraint('practice_item_session_position_uq', ['session_id', 'position'])
    .execute();

  // One spaced-repetition card per seeker and question (FSRS state, as ts-fsrs keeps it).
  await db.schema
    .createTable('review_card')
    .addColumn('user_id', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
    .addColumn('question_id', 'integer', (c) => c.notNull().references('question.id').onDelete('cascade'))
    .addColumn('due', instant(db), (c) => c.notNull())
    .addColumn('stability', 'real', (c) => c.notNull())
    .addColumn('difficulty', 'real', (c) => c.notNull())
    .addColumn('elapsed_days', 'integer', (c) => c.notNull())
    .addColumn('scheduled_days', 'integer', (c) => c.notNull())
    .addColumn('learning_steps', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('reps', 'integer', (c) => c.notNull())
    .addColumn('lapses', 'integer', (c) => c.notNull())
    .addColumn('state', 'integer', (c) => c.notNull())
    .addColumn('last_review', instant(db))
    .addPrimaryKeyConstraint('review_card_pk', ['user_id', 'question_id'])
    .execute();
  await db.schema.createIndex('review_card_due_idx').on('review_card').columns(['user_id', 'due']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'review_card',
    'practice_item',
    'practice_session',
    'story_question',
    'story',
    'prepared_answer_version',
    'prepared_answer',
    'question_field',
    'question',
  ])
    await db.schema.dropTable(t).execute();
}
