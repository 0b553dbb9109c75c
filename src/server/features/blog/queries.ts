import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { CoverImage, Post, PostStatus } from '../../../shared/blog.ts';
import { iso, type Tables } from '../../db/tables.ts';
import { imageUrl, postStatus, srcset } from './reading.ts';

type Db = Kysely<Tables>;

export interface PostFields {
  title: string;
  slug: string;
  summary: string;
  body: string;
  authorId: string | null;
  coverImageId: number | null;
  coverAlt: string;
  tags: { tag: string; slug: string }[];
}

export interface StoredImage {
  key: string;
  width: number;
  height: number;
  widths: number[];
}

const nowIso = () => new Date().toISOString();

function baseQuery(db: Db) {
  return db
    .selectFrom('post')
    .leftJoin('user', 'user.id', 'post.author_id')
    .leftJoin('blog_image', 'blog_image.id', 'post.cover_image_id')
    .select([
      'post.id',
      'post.title',
      'post.slug',
      'post.summary',
      'post.body',
      'post.author_id',
      'user.name as author_name',
      'post.cover_image_id',
      'post.cover_alt',
      'blog_image.key as image_key',
      'blog_image.width as image_width',
      'blog_image.height as image_height',
      'blog_image.widths as image_widths',
      'post.published_at',
      'post.created_at',
      'post.updated_at',
    ]);
}
type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

export function toCover(id: number, img: StoredImage): CoverImage {
  const widest = img.widths[img.widths.length - 1] ?? img.width;
  return {
    id,
    url: imageUrl(img.key, widest),
    srcset: srcset(img.key, img.widths),
    width: img.width,
    height: img.height,
  };
}

function toPost(r: Row, tags: string[]): Post {
  const publishedAt = iso(r.published_at);
  const cover =
    r.cover_image_id !== null && r.image_key
      ? toCover(r.cover_image_id, {
          key: r.image_key,
          width: Number(r.image_width),
          height: Number(r.image_height),
          widths: JSON.parse(r.image_widths ?? '[]') as number[],
        })
      : null;
  return {
    id: r.id,
    title: r.title,
    slug: r.slug,
    summary: r.summary,
    body: r.body,
    status: postStatus(publishedAt),
    publishedAt,
    author: r.author_id && r.author_name ? { id: r.author_id, name: r.author_name } : null,
    tags,
    cover,
    coverAlt: r.cover_alt,
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
  };
}

async function withTags(db: Db, rows: Row[]): Promise<Post[]> {
  if (!rows.length) return [];
  const tagRows = await db
    .selectFrom('post_tag')
    .select(['post_id', 'tag'])
    .where(
      'post_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('tag')
    .execute();
  const byPost = new Map<number, string[]>();
  for (const t of tagRows) byPost.set(t.post_id, [...(byPost.get(t.post_id) ?? []), t.tag]);
  return rows.map((r) => toPost(r, byPost.get(r.id) ?? []));
}

function whereStatus<Q extends SelectQueryBuilder<Tables, 'post', unknown>>(q: Q, status: PostStatus): Q {
  const now = nowIso();
  if (status === 'draft') return q.where('post.published_at', 'is', null) as Q;
  if (status === 'scheduled') return q.where('post.published_at', '>', now) as Q;
  return q.where('post.published_at', '<=', now) as Q;
}

/** Every post for the staff list, newest change first. */
export async function listPosts(db: Db, status?: PostStatus): Promise<Post[]> {
  let q = baseQuery(db);
  if (status) q = whereStatus(q, status);
  return withTags(
    db,
    await q.orderBy('post.updated_at', 'desc').orderBy('post.id', 'desc').limit(500).execute(),
  );
}

export async function findPost(db: Db, id: number): Promise<Post | null> {
  const row = await baseQuery(db).where('post.id', '=', id).executeTakeFirst();
  return row ? ((await withTags(db, [row]))[0] ?? null) : null;
}

/** A post the public may read: published at or before now. */
export async function findPublishedBySlug(db: Db, slug: string): Promise<Post | null> {
  const row = await whereStatus(baseQuery(db).where('post.slug', '=', slug), 'published').executeTakeFirst();
  return row ? ((await withTags(db, [row]))[0] ?? null) : null;
}

/** One page of public posts, newest first, optionally with one tag. */
export async function listPublished(
  db: Db,
  opts: { tagSlug?: string; limit: number; offset: number },
): Promise<{ posts: Post[]; total: number }> {
  let q = whereStatus(baseQuery(db), 'published');
  let count = whereStatus(db.selectFrom('post'), 'published');
  if (opts.tagSlug) {
    const tagged = db.selectFrom('post_tag').select('post_id').where('tag_slug', '=', opts.tagSlug);
    q = q.where('post.id', 'in', tagged);
    count = count.where('post.id', 'in', tagged);
  }
  const [rows, total] = await Promise.all([
    q
      .orderBy('post.published_at', 'desc')
      .orderBy('post.id', 'desc')
      .limit(opts.limit)
      .offset(opts.offset)
      .execute(),
    count.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { posts: await withTags(db, rows), total: Number(total.n) };
}

/** The spelling of a tag as first written, when some published post carries it. */
export async function tagName(db: Db, tagSlug: string): Promise<string | null> {
  const row = await db
    .selectFrom('post_tag')
    .innerJoin('post', 'post.id', 'post_tag.post_id')
    .select('post_tag.tag')
    .where('post_tag.tag_slug', '=', tagSlug)
    .where('post.published_at', '<=', nowIso())
    .executeTakeFirst();
  return row?.tag ?? null;
}

export async function slugTaken(db: Db, slug: string, exceptId: number | null): Promise<boolean> {
  let q = db.selectFrom('post').select('id').where('slug', '=', slug);
  if (exceptId !== null) q = q.where('id', '<>', exceptId);
  return (await q.executeTakeFirst()) !== undefined;
}

async function replaceTags(db: Db, postId: number, tags: PostFields['tags']): Promise<void> {
  await db.deleteFrom('post_tag').where('post_id', '=', postId).execute();
  if (tags.length)
    await db
      .insertInto('post_tag')
      .values(tags.map((t) => ({ post_id: postId, tag: t.tag, tag_slug: t.slug })))
      .execute();
}

const columns = (f: PostFields) => ({
  title: f.title,
  slug: f.slug,
  summary: f.summary,
  body: f.body,
  author_id: f.authorId,
  cover_image_id: f.coverImageId,
  cover_alt: f.coverAlt,
});

export async function insertPost(db: Db, f: PostFields): Promise<number> {
  const now = nowIso();
  const { id } = await db
    .insertInto('post')
    .values({ ...columns(f), created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  await replaceTags(db, id, f.tags);
  return id;
}

export async function updatePost(db: Db, id: number, f: PostFields): Promise<void> {
  await db
    .updateTable('post')
    .set({ ...columns(f), updated_at: nowIso() })
    .where('id', '=', id)
    .execute();
  await replaceTags(db, id, f.tags);
}

/** Sets (or, with null, clears) the instant a post becomes public. */
export async function setPublishedAt(db: Db, id: number, at: string | null): Promise<void> {
  await db.updateTable('post').set({ published_at: at, updated_at: nowIso() }).where('id', '=', id).execute();
}

export async function deletePost(db: Db, id: number): Promise<boolean> {
  const res = await db.deleteFrom('post').where('id', '=', id).executeTakeFirst();
  return Number(res.numDeletedRows) > 0;
}

export async function insertImage(db: Db, img: StoredImage, userId: string): Promise<number> {
  const { id } = await db
    .insertInto('blog_image')
    .values({
      key: img.key,
      width: img.width,
      height: img.height,
      widths: JSON.stringify(img.widths),
      uploaded_by: userId,
      created_at: nowIso(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function imageExists(db: Db, id: number): Promise<boolean> {
  return (
    (await db.selectFrom('blog_image').select('id').where('id', '=', id).executeTakeFirst()) !== undefined
  );
}

/** Whether an image file is the cover of a post the public can read now. */
export async function isPublicImage(db: Db, key: string): Promise<boolean> {
  const row = await db
    .selectFrom('blog_image as i')
    .innerJoin('post as p', 'p.cover_image_id', 'i.id')
    .select('p.id')
    .where('i.key', '=', key)
    .where('p.published_at', 'is not', null)
    .where('p.published_at', '<=', nowIso())
    .executeTakeFirst();
  return row !== undefined;
}

/** Published posts for the sitemap and feed, newest first. */
export async function listRecentPublished(db: Db, limit: number): Promise<Post[]> {
  return (await listPublished(db, { limit, offset: 0 })).posts;
}
