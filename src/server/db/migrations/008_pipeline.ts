import { type Kysely, sql } from 'kysely';
import { instant, isPostgres, now, withId, withTimestamps } from './helpers.ts';

// Pipelines: applications now link a candidate record (not a portal user) to an opening, so
// the agency can submit people who never signed up. They move through configurable stages,
// every move is kept, and notes, tasks, activity and resume versions hang off the records.

/** The stages an agency starts with. `key` marks the defaults; admins may rename them freely. */
const DEFAULT_STAGES = [
  [
    'applied',
    'Applied',
    'active',
    'Received',
    'A recruiter reads every application, usually within two working days.',
  ],
  [
    'screening',
    'Screening',
    'active',
    'Being reviewed by your recruiter',
    'Your recruiter may call you to talk about the role and what you are looking for.',
  ],
  [
    'submitted',
    'Submitted to client',
    'active',
    'Sent to the employer',
    'The employer is reviewing your profile. Your recruiter will tell you as soon as they answer.',
  ],
  [
    'interviewing',
    'Interviewing',
    'active',
    'Interviewing',
    'Prepare for your interviews; your recruiter will share the details and help you get ready.',
  ],
  ['offer', 'Offer', 'active', 'Offer', 'Your recruiter will go through the offer with you.'],
  [
    'placed',
    'Placed',
    'placed',
    'Hired',
    'Congratulations! Your recruiter will help you get ready for your first day.',
  ],
  [
    'rejected',
    'Rejected by client',
    'closed',
    'Not going ahead',
    'The employer decided not to go ahead. Your recruiter can suggest other openings that suit you.',
  ],
  [
    'withdrawn',
    'Withdrawn by candidate',
    'closed',
    'Withdrawn',
    'You withdrew this application. Talk to your recruiter if you change your mind.',
  ],
  [
    'not-selected',
    'Not selected',
    'closed',
    'Not going ahead',
    'Another candidate was chosen this time. Your recruiter can suggest other openings that suit you.',
  ],
  [
    'no-response',
    'No response',
    'closed',
    'Closed',
    'This application was closed without an answer. Your recruiter can suggest other openings.',
  ],
] as const;

/** Old application statuses, as the stage key each one becomes. */
const STATUS_TO_STAGE: Record<string, string> = {
  applied: 'applied',
  'in-review': 'screening',
  interviewing: 'interviewing',
  offered: 'offer',
  hired: 'placed',
  declined: 'rejected',
  withdrawn: 'withdrawn',
};

export async function up(db: Kysely<any>): Promise<void> {
  await withId(db, db.schema.createTable('pipeline_stage'))
    .addColumn('key', 'text', (c) => c.unique())
    .addColumn('name', 'text', (c) => c.notNull())
    // 'active' stages are in progress; 'placed' fills a position; 'closed' ends the application.
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('seeker_label', 'text', (c) => c.notNull())
    .addColumn('seeker_next', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('retired_at', instant(db))
    .execute();
  await db
    .insertInto('pipeline_stage')
    .values(
      DEFAULT_STAGES.map(([key, name, kind, seeker_label, seeker_next], i) => ({
        key,
        name,
        kind,
        seeker_label,
        seeker_next,
        position: (i + 1) * 10,
      })),
    )
    .execute();

  // Every portal user who applied gets the candidate record applications now point at.
  await sql`INSERT INTO candidate (user_id, name, email, source, created_by)
    SELECT u.id, u.name, lower(u.email), 'job-board', u.id FROM ${sql.table('user')} u
    WHERE u.id IN (SELECT candidate_id FROM application)
      AND NOT EXISTS (SELECT 1 FROM candidate c WHERE c.user_id = u.id)`.execute(db);

  await withTimestamps(db, withId(db, db.schema.createTable('application_v2')))
    .addColumn('opening_id', 'integer', (c) => c.notNull().references('opening.id').onDelete('cascade'))
    .addColumn('candidate_id', 'integer', (c) => c.notNull().references('candidate.id').onDelete('cascade'))
    // 'self' from the job board, 'agency' when a recruiter submitted the person.
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('submitted_by', 'text', (c) => c.references('user.id').onDelete('set null'))
    .addColumn('cover_note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('resume_file_id', 'integer', (c) => c.references('stored_file.id').onDelete('set null'))
    .addColumn('stage_id', 'integer', (c) => c.notNull().references('pipeline_stage.id'))
    .addColumn('stage_entered_at', instant(db), (c) => c.notNull().defaultTo(now(db)))
    .addUniqueConstraint('application_v2_once', ['opening_id', 'candidate_id'])
    .execute();
  const stageOf = sql.join(
    Object.entries(STATUS_TO_STAGE).map(
      ([status, key]) => sql`WHEN ${status} THEN (SELECT id FROM pipeline_stage WHERE key = ${key})`,
    ),
    sql` `,
  );
  await sql`INSERT INTO application_v2 (id, opening_id, candidate_id, origin, cover_note, resume_file_id,
      stage_id, stage_entered_at, created_at, updated_at)
    ${isPostgres(db) ? sql`OVERRIDING SYSTEM VALUE` : sql``}
    SELECT a.id, a.opening_id, c.id, 'self', a.cover_note, a.resume_file_id,
      CASE a.status ${stageOf} ELSE (SELECT id FROM pipeline_stage WHERE key = 'applied') END,
      a.updated_at, a.created_at, a.updated_at
    FROM application a JOIN candidate c ON c.user_id = a.candidate_id`.execute(db);
  await db.schema.dropTable('application').execute();
  await db.schema.alterTable('application_v2').renameTo('application').execute();
  if (isPostgres(db)) {
    await sql`SELECT setval(pg_get_serial_sequence('application', 'id'),
      GREATEST((SELECT max(id) FROM application), 1))`.execute(db);
  }
  await db.schema.createIndex('application_candidate_idx').on('application').column('candidate_id').execute();
  await db.schema
    .createIndex('application_stage_idx')
    .on('application')
    .columns(['stage_id', 'stage_entered_at'])
    .execute();

  await withId(db, db.schema.createTable('stage_move'))
    .addColumn('application_id', 'integer', (c) =>
      c.notNull().references('application.id').onDelete('cascade'),
    )
    .addColumn('from_stage_id', 'integer', (c) => c.references('pipeline_stage.id'))
    .addColumn('to_stage_id', 'integer', (c) => c.notNull().references('pipeline_stage.id'))
    .addColumn('moved_by', 'text', (c) => c.references('user.id').onDelete('set null'))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', instant(db), (c) => c.notNull().defaultTo(now(db)))
    .execute();
  await db.schema
    .createIndex('stage_move_application_idx')
    .on('stage_move')
    .column('application_id')
    .execute();
  await sql`INSERT INTO stage_move (application_id, from_stage_id, to_stage_id, created_at)
    SELECT id, NULL, stage_id, created_at FROM application`.execute(db);

  // Notes on a candidate, application, opening or company. candidate_id is set for notes on a
  // candidate or one of their applications, so a person's notes are found (and merged) together.
  await withTimestamps(db, withId(db, db.schema.createTable('note')))
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'integer', (c) => c.notNull())
    .addColumn('candidate_id', 'integer', (c) => c.references('candidate.id').onDelete('cascade'))
    .addColumn('body', 'text', (c) => c.notNull())
    // 'internal' (staff only) or 'shared' (the candidate sees it too).
    .addColumn('visibility', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.references('user.id').onDelete('set null'))
    .execute();
  await db.schema
    .createIndex('note_subject_idx')
    .on('note')
    .columns(['subject_type', 'subject_id'])
    .execute();
  await db.schema.createIndex('note_candidate_idx').on('note').column('candidate_id').execute();

  await withTimestamps(db, withId(db, db.schema.createTable('task')))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('details', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('due_at', instant(db), (c) => c.notNull())
    .addColumn('assignee_id', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
    .addColumn('created_by', 'text', (c) => c.references('user.id').onDelete('set null'))
    .addColumn('subject_type', 'text')
    .addColumn('subject_id', 'integer')
    .addColumn('candidate_id', 'integer', (c) => c.references('candidate.id').onDelete('cascade'))
    .addColumn('done_at', instant(db))
    .addColumn('done_by', 'text', (c) => c.references('user.id').onDelete('set null'))
    .execute();
  await db.schema
    .createIndex('task_assignee_idx')
    .on('task')
    .columns(['assignee_id', 'done_at', 'due_at'])
    .execute();
  await db.schema.createIndex('task_candidate_idx').on('task').column('candidate_id').execute();

  // What happened to a candidate or an opening, newest first: written in the same transaction
  // as the change it describes.
  await withId(db, db.schema.createTable('activity'))
    .addColumn('candidate_id', 'integer', (c) => c.references('candidate.id').onDelete('cascade'))
    .addColumn('opening_id', 'integer', (c) => c.references('opening.id').onDelete('cascade'))
    .addColumn('application_id', 'integer', (c) => c.references('application.id').onDelete('set null'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.references('user.id').onDelete('set null'))
    .addColumn('created_at', instant(db), (c) => c.notNull().defaultTo(now(db)))
    .execute();
  await db.schema
    .createIndex('activity_candidate_idx')
    .on('activity')
    .columns(['candidate_id', 'id'])
    .execute();
  await db.schema.createIndex('activity_opening_idx').on('activity').columns(['opening_id', 'id']).execute();

  await withId(db, db.schema.createTable('candidate_resume'))
    .addColumn('candidate_id', 'integer', (c) => c.notNull().references('candidate.id').onDelete('cascade'))
    .addColumn('file_id', 'integer', (c) => c.notNull().references('stored_file.id').onDelete('cascade'))
    .addColumn('text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('uploaded_by', 'text', (c) => c.references('user.id').onDelete('set null'))
    .addColumn('created_at', instant(db), (c) => c.notNull().defaultTo(now(db)))
    .execute();
  await db.schema.createIndex('candidate_resume_idx').on('candidate_resume').column('candidate_id').execute();
  // Resumes sent with board applications become the applicant's first resume versions.
  await sql`INSERT INTO candidate_resume (candidate_id, file_id, created_at)
    SELECT a.candidate_id, a.resume_file_id, a.created_at FROM application a
    WHERE a.resume_file_id IS NOT NULL`.execute(db);

  // Openings get an owning recruiter, so access can be limited to what a recruiter owns.
  await db.schema
    .alterTable('opening')
    .addColumn('owner_id', 'text', (c) => c.references('user.id').onDelete('set null'))
    .execute();
  await sql`UPDATE opening SET owner_id = created_by`.execute(db);

  await db.schema
    .createTable('setting')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();

  // Candidate full-text search: name, headline, skills and resume text, written by
  // db/candidate-search.ts whenever one of those changes.
  if (isPostgres(db)) {
    await sql`ALTER TABLE candidate ADD COLUMN search_vector tsvector`.execute(db);
    await sql`CREATE INDEX candidate_search_idx ON candidate USING GIN (search_vector)`.execute(db);
  } else {
    await sql`CREATE VIRTUAL TABLE candidate_fts USING fts5(
      name, headline, skills, resume,
      tokenize = 'porter unicode61 remove_diacritics 2', prefix = '2 3',
      content = '', contentless_delete = 1
    )`.execute(db);
  }
}

export async function down(): Promise<void> {
  throw new Error('008_pipeline cannot be undone: applications were re-keyed to candidate records.');
}
