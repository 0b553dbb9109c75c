import type { Kysely } from 'kysely';
import { instant, now, withId, withTimestamps } from './helpers.ts';

// Messages from the public contact form. A lead keeps what the sender typed, the status the
// recruiters move it through, and links to the records it was converted into. The sender's IP
// is kept only as a salted hash (for rate limits and spotting floods), never as typed.

export async function up(db: Kysely<any>): Promise<void> {
  await withTimestamps(
    db,
    withId(db, db.schema.createTable('lead'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull().defaultTo('new'))
      .addColumn('spam_reason', 'text')
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('email', 'text', (c) => c.notNull())
      .addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('company', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('looking_for', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('message', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('consented_at', instant(db), (c) => c.notNull().defaultTo(now(db)))
      .addColumn('ip_hash', 'text', (c) => c.notNull())
      .addColumn('assigned_to', 'text', (c) => c.references('user.id').onDelete('set null'))
      // What the lead became; a candidate merge moves it to the kept record.
      .addColumn('candidate_id', 'integer', (c) => c.references('candidate.id').onDelete('set null'))
      .addColumn('company_id', 'integer', (c) => c.references('company.id').onDelete('set null'))
      .addColumn('contact_id', 'integer', (c) => c.references('contact.id').onDelete('set null')),
  ).execute();
  await db.schema.createIndex('lead_status_created').on('lead').columns(['status', 'created_at']).execute();

  await withId(db, db.schema.createTable('lead_note'))
    .addColumn('lead_id', 'integer', (c) => c.notNull().references('lead.id').onDelete('cascade'))
    .addColumn('author_id', 'text', (c) => c.references('user.id').onDelete('set null'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', instant(db), (c) => c.notNull().defaultTo(now(db)))
    .execute();
  await db.schema.createIndex('lead_note_lead').on('lead_note').column('lead_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('lead_note').execute();
  await db.schema.dropTable('lead').execute();
}
