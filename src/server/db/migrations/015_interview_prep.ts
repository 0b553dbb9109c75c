import type { Kysely } from 'kysely';
import { instant, now } from './helpers.ts';

// The preparation checklist a candidate works through before an interview: one row per ticked
// item of a booking. Unticking deletes the row, so the table holds only what is done. Ticks
// hang off the booking (not the interview) so each person in a group session has their own.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('interview_checklist_tick')
    .addColumn('booking_id', 'integer', (c) =>
      c.notNull().references('interview_booking.id').onDelete('cascade'),
    )
    .addColumn('item_key', 'text', (c) => c.notNull())
    .addColumn('ticked_at', instant(db), (c) => c.notNull().defaultTo(now(db)))
    .addPrimaryKeyConstraint('interview_checklist_tick_pk', ['booking_id', 'item_key'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('interview_checklist_tick').execute();
}
