import type { Kysely } from 'kysely';
import { instant, now } from './helpers.ts';

// Private calendar feeds (one secret token per user, stored only as a SHA-256 hash) and the
// weekly availability of staff and client contacts, used to suggest interview times.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('calendar_token')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('user.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', instant(db), (c) => c.notNull().defaultTo(now(db)))
    .execute();

  // owner_id is text so it holds both user ids (text) and contact ids (numbers written out);
  // a polymorphic owner cannot have a foreign key, so deleting a contact or user leaves a row
  // that nothing reads.
  await db.schema
    .createTable('availability')
    .addColumn('owner_type', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('zone', 'text', (c) => c.notNull())
    .addColumn('weekly', 'text', (c) => c.notNull())
    .addColumn('exceptions', 'text', (c) => c.notNull())
    .addColumn('updated_at', instant(db), (c) => c.notNull().defaultTo(now(db)))
    .addPrimaryKeyConstraint('availability_pk', ['owner_type', 'owner_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('availability').execute();
  await db.schema.dropTable('calendar_token').execute();
}
