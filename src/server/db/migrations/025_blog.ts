import type { Kysely } from 'kysely';
import { instant, now, withId, withTimestamps } from './helpers.ts';

// The blog. A post's state is read from published_at alone: null is a draft, a future instant
// is scheduled, a past one is published. So a scheduled post goes public at its time with no
// job to run, and "unpublish" just clears it.

export async function up(db: Kysely<any>): Promise<void> {
  // A cover image, resized to WebP widths on upload; files are `<key>-<width>.webp`.
  await withId(db, db.schema.createTable('blog_image'))
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('width', 'integer', (c) => c.notNull())
    .addColumn('height', 'integer', (c) => c.notNull())
    .addColumn('widths', 'text', (c) => c.notNull()) // JSON array of the stored widths
    .addColumn('uploaded_by', 'text', (c) => c.references('user.id').onDelete('set null'))
    .addColumn('created_at', instant(db), (c) => c.notNull().defaultTo(now(db)))
    .execute();

  await withTimestamps(db, withId(db, db.schema.createTable('post')))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('body', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('author_id', 'text', (c) => c.references('user.id').onDelete('set null'))
    .addColumn('cover_image_id', 'integer', (c) => c.references('blog_image.id').onDelete('set null'))
    .addColumn('cover_alt', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('published_at', instant(db))
    .execute();
  await db.schema.createIndex('post_published_idx').on('post').column('published_at').execute();

  await db.schema
    .createTable('post_tag')
    .addColumn('post_id', 'integer', (c) => c.notNull().references('post.id').onDelete('cascade'))
    .addColumn('tag', 'text', (c) => c.notNull()) // as written
    .addColumn('tag_slug', 'text', (c) => c.notNull()) // for /blog/tag/<slug>
    .addPrimaryKeyConstraint('post_tag_pk', ['post_id', 'tag_slug'])
    .execute();
  await db.schema.createIndex('post_tag_slug_idx').on('post_tag').column('tag_slug').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('post_tag').execute();
  await db.schema.dropTable('post').execute();
  await db.schema.dropTable('blog_image').execute();
}
