import { type Kysely, sql } from 'kysely';

// Task reminders are looked up by their payload before one is queued (so a task moved away and
// back is not reminded twice). A partial index keeps that a lookup as the outbox grows; mail
// rows, whose payloads are long, stay out of it.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE INDEX outbox_reminder_idx ON outbox (payload) WHERE kind = 'task.reminder'`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP INDEX outbox_reminder_idx`.execute(db);
}
