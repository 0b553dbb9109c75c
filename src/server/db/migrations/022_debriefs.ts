import type { Kysely } from 'kysely';
import { instant, now, withId, withTimestamps } from './helpers.ts';

// Debriefs: what a candidate (or their recruiter, from the client's feedback) learned from one
// interview. Each free-text part carries its own visibility: 'private' (the author only),
// 'agency' (the author and staff) or 'shared' (may feed anonymous aggregates; never shown to
// another seeker as someone's words). The interview's company, opening, field and time are
// copied in, so insight can be counted without walking the pipeline.

export async function up(db: Kysely<any>): Promise<void> {
  await withTimestamps(db, withId(db, db.schema.createTable('debrief')))
    .addColumn('interview_id', 'integer', (c) => c.notNull().references('interview.id').onDelete('cascade'))
    .addColumn('candidate_id', 'integer', (c) => c.notNull().references('candidate.id').onDelete('cascade'))
    .addColumn('author_id', 'text', (c) => c.references('user.id').onDelete('set null'))
    // 'candidate' (their own) or 'staff' (the recruiter's, from the client's feedback)
    .addColumn('author_role', 'text', (c) => c.notNull())
    .addColumn('company_id', 'integer', (c) => c.references('company.id').onDelete('set null'))
    .addColumn('opening_id', 'integer', (c) => c.references('opening.id').onDelete('set null'))
    .addColumn('field', 'text')
    .addColumn('interview_at', instant(db), (c) => c.notNull())
    .addColumn('difficulty', 'integer') // 1–5
    .addColumn('experience', 'text') // positive | neutral | negative
    .addColumn('interest_before', 'integer') // 1–5
    .addColumn('interest_after', 'integer') // 1–5
    .addColumn('surprises', 'text', (c) => c.notNull().defaultTo('[]')) // JSON array of FORMAT_SURPRISES
    .addColumn('outcome', 'text', (c) => c.notNull().defaultTo('pending'))
    // Free text, each with its own visibility.
    .addColumn('format_note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('format_note_visibility', 'text', (c) => c.notNull().defaultTo('agency'))
    .addColumn('team', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('team_visibility', 'text', (c) => c.notNull().defaultTo('agency'))
    .addColumn('workplace', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('workplace_visibility', 'text', (c) => c.notNull().defaultTo('agency'))
    .addColumn('insider', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('insider_visibility', 'text', (c) => c.notNull().defaultTo('agency'))
    .addColumn('other_roles', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('other_roles_visibility', 'text', (c) => c.notNull().defaultTo('agency'))
    .addUniqueConstraint('debrief_interview_candidate_role_uq', [
      'interview_id',
      'candidate_id',
      'author_role',
    ])
    .execute();
  await db.schema.createIndex('debrief_candidate_idx').on('debrief').column('candidate_id').execute();
  await db.schema.createIndex('debrief_field_idx').on('debrief').columns(['field', 'interview_at']).execute();
  await db.schema
    .createIndex('debrief_company_idx')
    .on('debrief')
    .columns(['company_id', 'interview_at'])
    .execute();

  // The questions asked, from the bank (a new one joins it, source 'debrief').
  await db.schema
    .createTable('debrief_question')
    .addColumn('debrief_id', 'integer', (c) => c.notNull().references('debrief.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('question_id', 'integer', (c) => c.notNull().references('question.id').onDelete('cascade'))
    .addColumn('visibility', 'text', (c) => c.notNull().defaultTo('shared'))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('note_visibility', 'text', (c) => c.notNull().defaultTo('agency'))
    .addPrimaryKeyConstraint('debrief_question_pk', ['debrief_id', 'position'])
    .execute();
  await db.schema
    .createIndex('debrief_question_question_idx')
    .on('debrief_question')
    .column('question_id')
    .execute();

  // The skills the interviewers asked about, normalised through the skills vocabulary.
  await db.schema
    .createTable('debrief_skill')
    .addColumn('debrief_id', 'integer', (c) => c.notNull().references('debrief.id').onDelete('cascade'))
    .addColumn('skill_key', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('known', 'integer', (c) => c.notNull())
    .addColumn('visibility', 'text', (c) => c.notNull().defaultTo('shared'))
    .addPrimaryKeyConstraint('debrief_skill_pk', ['debrief_id', 'skill_key'])
    .execute();
  await db.schema.createIndex('debrief_skill_key_idx').on('debrief_skill').column('skill_key').execute();

  // When the portal and the email asked for a debrief (once per booking).
  await db.schema
    .createTable('debrief_request')
    .addColumn('booking_id', 'integer', (c) =>
      c.primaryKey().references('interview_booking.id').onDelete('cascade'),
    )
    .addColumn('requested_at', instant(db), (c) => c.notNull().defaultTo(now(db)))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['debrief_request', 'debrief_skill', 'debrief_question', 'debrief'])
    await db.schema.dropTable(t).execute();
}
