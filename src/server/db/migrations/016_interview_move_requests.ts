import type { Kysely } from 'kysely';
import { instant } from './helpers.ts';

// A candidate who cannot make their time asks for another one instead of cancelling. The request
// lives on their booking: when they asked and what suits them, until a recruiter moves the time
// (which clears it) or the booking ends.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('interview_booking').addColumn('move_requested_at', instant(db)).execute();
  await db.schema
    .alterTable('interview_booking')
    .addColumn('move_request_note', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('interview_booking').dropColumn('move_request_note').execute();
  await db.schema.alterTable('interview_booking').dropColumn('move_requested_at').execute();
}
