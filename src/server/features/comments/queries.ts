import type { Kysely } from 'kysely';
import {
  COMMENT_PAGE_SIZE,
  COMMENT_STATUSES,
  type CommentStatus,
  type StaffComment,
} from '../../../shared/comments.ts';
import { iso, type Tables } from '../../db/tables.ts';

type Db = Kysely<Tables>;

/** What a public page may show of a comment: no email, no IP, nothing staff-only. */
export interface PublicComment {
  id: number;
  parentId: number | null;
  status: CommentStatus;
  name: string;
  website: string;
  body: string;
  byStaff: boolean;
  createdAt: string;
}

export interface PostRef {
  id: number;
  slug: string;
  title: string;
}

export interface NewComment {
  postId: number;
  parentId: number | null;
  status: CommentStatus;
  spamReason: string | null;
  name: string;
  email: string;
  website: string;
  body: string;
  ipHash: string;
  notify: boolean;
  userId: string | null;
}

/** A published post by its address (comments are open on every published post). */
export async function findOpenPost(db: Db, slug: string): Promise<PostRef | null> {
  const row = await db
    .selectFrom('post')
    .select(['id', 'slug', 'title'])
    .where('slug', '=', slug)
    .where('published_at', 'is not', null)
    .where('published_at', '<=', new Date().toISOString())
    .executeTakeFirst();
  return row ?? null;
}

const publicColumns = [
  'c.id',
  'c.parent_id',
  'c.status',
  'c.name',
  'c.website',
  'c.body',
  'c.created_at',
] as const;

function selectPublic(db: Db) {
  return db
    .selectFrom('comment as c')
    .leftJoin('user as u', 'u.id', 'c.user_id')
    .select([...publicColumns, 'u.role as role']);
}

type PublicRow = Awaited<ReturnType<ReturnType<typeof selectPublic>['executeTakeFirstOrThrow']>>;

function toPublic(r: PublicRow): PublicComment {
  return {
    id: r.id,
    parentId: r.parent_id,
    status: r.status as CommentStatus,
    name: r.name,
    website: r.website,
    body: r.body,
    byStaff: r.role === 'recruiter' || r.role === 'admin',
    createdAt: iso(r.created_at),
  };
}

/** Approved comments on a post, plus the viewer's own held ones, oldest first. */
export async function listForPost(
  db: Db,
  postId: number,
  ownIds: readonly number[],
): Promise<PublicComment[]> {
  const rows = await selectPublic(db)
    .where('c.post_id', '=', postId)
    .where((eb) =>
      ownIds.length
        ? eb.or([
            eb('c.status', '=', 'approved'),
            eb.and([eb('c.status', '=', 'pending'), eb('c.id', 'in', [...ownIds])]),
          ])
        : eb('c.status', '=', 'approved'),
    )
    .orderBy('c.created_at')
    .orderBy('c.id')
    .execute();
  return rows.map(toPublic);
}

/** Each comment's parent on a post, for capping the depth of a new reply. */
export async function parentsOnPost(db: Db, postId: number): Promise<Map<number, number | null>> {
  const rows = await db
    .selectFrom('comment')
    .select(['id', 'parent_id'])
    .where('post_id', '=', postId)
    .execute();
  return new Map(rows.map((r) => [r.id, r.parent_id]));
}

export async function approvedOnPost(db: Db, postId: number, id: number): Promise<boolean> {
  const row = await db
    .selectFrom('comment')
    .select('id')
    .where('id', '=', id)
    .where('post_id', '=', postId)
    .where('status', '=', 'approved')
    .executeTakeFirst();
  return Boolean(row);
}

/** Whether a recruiter has approved a comment from this email before. */
export async function isKnownCommenter(db: Db, email: string): Promise<boolean> {
  const row = await db
    .selectFrom('comment')
    .select('id')
    .where('email', '=', email)
    .where('status', '=', 'approved')
    .where('approved_at', 'is not', null)
    .executeTakeFirst();
  return Boolean(row);
}

export async function insertComment(db: Db, v: NewComment): Promise<number> {
  const row = await db
    .insertInto('comment')
    .values({
      post_id: v.postId,
      parent_id: v.parentId,
      status: v.status,
      spam_reason: v.spamReason,
      name: v.name,
      email: v.email,
      website: v.website,
      body: v.body,
      ip_hash: v.ipHash,
      notify_replies: v.notify ? 1 : 0,
      user_id: v.userId,
      approved_at: v.status === 'approved' ? new Date().toISOString() : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

function selectStaff(db: Db) {
  return db
    .selectFrom('comment as c')
    .innerJoin('post as p', 'p.id', 'c.post_id')
    .leftJoin('comment as pc', 'pc.id', 'c.parent_id')
    .leftJoin('user as u', 'u.id', 'c.user_id')
    .selectAll('c')
    .select(['p.title as post_title', 'p.slug as post_slug', 'pc.name as parent_name', 'u.role as role']);
}

type StaffRow = Awaited<ReturnType<ReturnType<typeof selectStaff>['executeTakeFirstOrThrow']>>;

function toStaff(r: StaffRow): StaffComment {
  return {
    id: r.id,
    postId: r.post_id,
    postTitle: r.post_title,
    postSlug: r.post_slug,
    parentId: r.parent_id,
    parentName: r.parent_name ?? null,
    status: r.status as CommentStatus,
    spamReason: r.spam_reason,
    name: r.name,
    email: r.email,
    website: r.website,
    body: r.body,
    notifyReplies: Number(r.notify_replies) === 1,
    byStaff: r.role === 'recruiter' || r.role === 'admin',
    createdAt: iso(r.created_at),
  };
}

/** One page of a moderation folder, newest first. */
export async function listQueue(db: Db, status: CommentStatus, page: number): Promise<StaffComment[]> {
  const rows = await selectStaff(db)
    .where('c.status', '=', status)
    .orderBy('c.created_at', 'desc')
    .orderBy('c.id', 'desc')
    .limit(COMMENT_PAGE_SIZE)
    .offset((page - 1) * COMMENT_PAGE_SIZE)
    .execute();
  return rows.map(toStaff);
}

export async function findStaffComment(db: Db, id: number): Promise<StaffComment | null> {
  const row = await selectStaff(db).where('c.id', '=', id).executeTakeFirst();
  return row ? toStaff(row) : null;
}

export async function countQueue(db: Db): Promise<Record<CommentStatus, number>> {
  const rows = await db
    .selectFrom('comment')
    .select((eb) => ['status', eb.fn.countAll<number | string>().as('n')])
    .groupBy('status')
    .execute();
  const counts = Object.fromEntries(COMMENT_STATUSES.map((s) => [s, 0])) as Record<CommentStatus, number>;
  for (const r of rows) if (r.status in counts) counts[r.status as CommentStatus] = Number(r.n);
  return counts;
}

export async function editComment(db: Db, id: number, v: { name: string; website: string; body: string }) {
  await db
    .updateTable('comment')
    .set({ ...v, updated_at: new Date().toISOString() })
    .where('id', '=', id)
    .execute();
}

/** Moves comments to a folder; returns the ids that were not already there. */
export async function setStatus(db: Db, ids: readonly number[], status: CommentStatus): Promise<number[]> {
  const moving = await db
    .selectFrom('comment')
    .select('id')
    .where('id', 'in', [...ids])
    .where('status', '!=', status)
    .execute();
  const moved = moving.map((r) => r.id);
  if (!moved.length) return [];
  const now = new Date().toISOString();
  await db
    .updateTable('comment')
    .set({
      status,
      updated_at: now,
      ...(status === 'approved' ? { approved_at: now, spam_reason: null } : {}),
    })
    .where('id', 'in', moved)
    .execute();
  return moved;
}

/** Deletes comments; their replies stay, moved up to the top level. */
export async function deleteComments(db: Db, ids: readonly number[]): Promise<number> {
  if (!ids.length) return 0;
  return db.transaction().execute(async (tx) => {
    await tx
      .updateTable('comment')
      .set({ parent_id: null })
      .where('parent_id', 'in', [...ids])
      .execute();
    const res = await tx
      .deleteFrom('comment')
      .where('id', 'in', [...ids])
      .executeTakeFirst();
    return Number(res.numDeletedRows);
  });
}

export async function idsByEmail(db: Db, email: string): Promise<number[]> {
  const rows = await db.selectFrom('comment').select('id').where('email', '=', email).execute();
  return rows.map((r) => r.id);
}

export async function stopReplyMail(db: Db, email: string): Promise<void> {
  await db.updateTable('comment').set({ notify_replies: 0 }).where('email', '=', email).execute();
}

/** An approved reply whose parent asked for reply mail and has not been told yet. */
export async function replyToNotify(db: Db, replyId: number) {
  return db
    .selectFrom('comment as r')
    .innerJoin('comment as pc', 'pc.id', 'r.parent_id')
    .innerJoin('post as p', 'p.id', 'r.post_id')
    .select(['r.id', 'r.name', 'r.body', 'r.email as reply_email', 'pc.email', 'pc.name as parent_name'])
    .select(['p.slug', 'p.title'])
    .where('r.id', '=', replyId)
    .where('r.status', '=', 'approved')
    .where('r.notified_at', 'is', null)
    .where('pc.notify_replies', '=', 1)
    .where('pc.status', '=', 'approved')
    .executeTakeFirst();
}

export async function markNotified(db: Db, id: number): Promise<void> {
  await db
    .updateTable('comment')
    .set({ notified_at: new Date().toISOString() })
    .where('id', '=', id)
    .execute();
}
