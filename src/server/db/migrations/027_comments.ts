import type { Kysely } from 'kysely';
import { instant, withId, withTimestamps } from './helpers.ts';

// Reader comments under blog posts. The email is kept for moderation, reply mail and to
// recognise a known commenter (one with an approved comment is approved at once), and is never
// published. Unsubscribe and deletion links are HMAC-signed with the app secret, so they need no
// table. The IP is kept only as a salted hash.

export async function up(db: Kysely<any>): Promise<void> {
  await withTimestamps(
    db,
    withId(db, db.schema.createTable('comment'))
      .addColumn('post_id', 'integer', (c) => c.notNull().references('post.id').onDelete('cascade'))
      // A reply's parent; deleting a parent keeps the replies, lifted one level.
      .addColumn('parent_id', 'integer', (c) => c.references('comment.id').onDelete('set null'))
      .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending'))
      .addColumn('spam_reason', 'text')
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('email', 'text', (c) => c.notNull())
      .addColumn('website', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('ip_hash', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('notify_replies', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('user_id', 'text', (c) => c.references('user.id').onDelete('set null'))
      .addColumn('approved_at', instant(db))
      .addColumn('notified_at', instant(db)),
  ).execute();
  await db.schema.createIndex('comment_post_status').on('comment').columns(['post_id', 'status']).execute();
  await db.schema
    .createIndex('comment_status_created')
    .on('comment')
    .columns(['status', 'created_at'])
    .execute();
  await db.schema.createIndex('comment_email_status').on('comment').columns(['email', 'status']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('comment').execute();
}
