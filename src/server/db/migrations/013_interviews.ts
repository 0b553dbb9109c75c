import type { Kysely } from 'kysely';
import { instant, now, withId, withTimestamps } from './helpers.ts';

// Interviews: set up from an application, at one fixed time or several proposed ones, for one
// candidate or a group session with a capacity. Times are UTC instants plus the zone meant.

export async function up(db: Kysely<any>): Promise<void> {
  await withTimestamps(db, withId(db, db.schema.createTable('interview')))
    .addColumn('application_id', 'integer', (c) =>
      c.notNull().references('application.id').onDelete('cascade'),
    )
    .addColumn('round', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('duration_minutes', 'integer', (c) => c.notNull())
    .addColumn('location', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('video_url', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('instructions', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('zone', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('capacity', 'integer', (c) => c.notNull().defaultTo(1))
    // Stable for the life of the interview, so calendars update one event rather than add one.
    .addColumn('uid', 'text', (c) => c.notNull().unique())
    .addColumn('sequence', 'integer', (c) => c.notNull().defaultTo(0))
    // 'candidate', 'agency' or 'client'; only a candidate's own cancellations carry a reason.
    .addColumn('cancelled_by', 'text')
    .addColumn('cancel_reason', 'text')
    .addColumn('cancel_note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('cancelled_at', instant(db))
    .addColumn('created_by', 'text', (c) => c.references('user.id').onDelete('set null'))
    .execute();
  await db.schema.createIndex('interview_application_idx').on('interview').column('application_id').execute();

  // Who may book: the application it was set up from, and for a group session the others invited.
  // Keyed by application (not candidate), so merging duplicate candidates carries it along.
  await db.schema
    .createTable('interview_invitee')
    .addColumn('interview_id', 'integer', (c) => c.notNull().references('interview.id').onDelete('cascade'))
    .addColumn('application_id', 'integer', (c) =>
      c.notNull().references('application.id').onDelete('cascade'),
    )
    .addPrimaryKeyConstraint('interview_invitee_pk', ['interview_id', 'application_id'])
    .execute();
  await db.schema
    .createIndex('interview_invitee_application_idx')
    .on('interview_invitee')
    .column('application_id')
    .execute();

  await db.schema
    .createTable('interview_interviewer')
    .addColumn('interview_id', 'integer', (c) => c.notNull().references('interview.id').onDelete('cascade'))
    .addColumn('contact_id', 'integer', (c) => c.notNull().references('contact.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('interview_interviewer_pk', ['interview_id', 'contact_id'])
    .execute();
  await db.schema
    .createIndex('interview_interviewer_contact_idx')
    .on('interview_interviewer')
    .column('contact_id')
    .execute();

  // A slot is a time (or, for a written test, the window to take it in). seats_taken is moved
  // only by a conditional UPDATE, so a group session is never overbooked on either database.
  await withId(db, db.schema.createTable('interview_slot'))
    .addColumn('interview_id', 'integer', (c) => c.notNull().references('interview.id').onDelete('cascade'))
    .addColumn('starts_at', instant(db), (c) => c.notNull())
    .addColumn('ends_at', instant(db), (c) => c.notNull())
    .addColumn('seats_taken', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('interview_slot_interview_idx')
    .on('interview_slot')
    .columns(['interview_id', 'starts_at'])
    .execute();

  await withTimestamps(db, withId(db, db.schema.createTable('interview_booking')))
    .addColumn('interview_id', 'integer', (c) => c.notNull().references('interview.id').onDelete('cascade'))
    .addColumn('slot_id', 'integer', (c) => c.notNull().references('interview_slot.id').onDelete('cascade'))
    .addColumn('candidate_id', 'integer', (c) => c.notNull().references('candidate.id').onDelete('cascade'))
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('confirmed_at', instant(db))
    .addColumn('cancel_reason', 'text')
    .addColumn('cancel_note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('attendance', 'text')
    .addUniqueConstraint('interview_booking_once', ['slot_id', 'candidate_id'])
    .execute();
  await db.schema
    .createIndex('interview_booking_interview_idx')
    .on('interview_booking')
    .columns(['interview_id', 'candidate_id'])
    .execute();

  await withId(db, db.schema.createTable('interview_time_change'))
    .addColumn('interview_id', 'integer', (c) => c.notNull().references('interview.id').onDelete('cascade'))
    .addColumn('from_starts_at', instant(db), (c) => c.notNull())
    .addColumn('from_ends_at', instant(db), (c) => c.notNull())
    .addColumn('to_starts_at', instant(db), (c) => c.notNull())
    .addColumn('to_ends_at', instant(db), (c) => c.notNull())
    .addColumn('changed_by', 'text', (c) => c.references('user.id').onDelete('set null'))
    .addColumn('created_at', instant(db), (c) => c.notNull().defaultTo(now(db)))
    .execute();
  await db.schema
    .createIndex('interview_time_change_idx')
    .on('interview_time_change')
    .column('interview_id')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'interview_time_change',
    'interview_booking',
    'interview_slot',
    'interview_interviewer',
    'interview_invitee',
    'interview',
  ])
    await db.schema.dropTable(t).execute();
}
