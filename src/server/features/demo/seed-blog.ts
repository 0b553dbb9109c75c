// The demo's blog, reader comments and contact-form leads. Posts go through the staff API as
// their author; readers post the public comment form and visitors the contact form, as a browser
// without JavaScript would, so the spam defences and moderation rules decide where each lands.
// Recruiters then moderate, reply and follow leads up through the API. Last, the timestamps are
// moved into the past (no API does that): posts over the last five months, each comment after
// its post and after the comment it answers, leads over the last three weeks.
import type { Kysely } from 'kysely';
import { post } from '../../../shared/blog.ts';
import { commentBulkResult, staffComment } from '../../../shared/comments.ts';
import { leadDetail, leadInbox } from '../../../shared/leads.ts';
import type { Tables } from '../../db/tables.ts';
import type { AppContext } from '../../platform/context.ts';
import { signFormStamp } from '../../platform/spam.ts';
import type { Api } from './api.ts';
import { POSTS, type PostSeed } from './content/blog.ts';
import { COMMENTS } from './content/blog-comments.ts';
import { LEADS } from './content/leads.ts';
import { RECRUITERS } from './people.ts';
import { type Staff, staffOf } from './seed-pipeline.ts';

export interface BlogInput {
  api: Api;
  ctx: AppContext;
  now: number;
  recruiters: readonly Staff[];
}

export interface BlogCounts {
  posts: number;
  published: number;
  comments: number;
  pending: number;
  spam: number;
  leads: number;
}

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
/** How long after a held comment arrives its post's author gets round to it. */
const MODERATION_DELAY = HOUR;

interface SeededPost {
  id: number;
  slug: string;
  author: Staff;
  seed: PostSeed;
}

/** When a comment was written and when its status last changed (approved, or filed as spam). */
interface CommentTimes {
  created: number;
  settled: number;
}

interface LeadTimes {
  id: number;
  created: number;
  updated: number;
  note: number | null;
}

function authorOf(recruiters: readonly Staff[], email: string): Staff {
  const index = RECRUITERS.findIndex((r) => r.email === email);
  if (index < 0) throw new Error(`Demo blog names ${email}, who is not a demo recruiter`);
  return staffOf(recruiters, index);
}

/** Writes every post, publishes or schedules it, adds the comments and leads, then backdates. */
export async function seedBlog(p: BlogInput): Promise<BlogCounts> {
  const posts = await seedPosts(p);
  const comments = await seedComments(p, posts);
  const leads = await seedLeads(p);
  await backdateBlog(p.ctx.db, p.now, posts, comments, leads);
  return {
    posts: POSTS.length,
    published: POSTS.filter((s) => s.status === 'published').length,
    comments: COMMENTS.length,
    pending: COMMENTS.filter((c) => c.status === 'pending').length,
    spam: COMMENTS.filter((c) => c.status === 'spam').length,
    leads: LEADS.length,
  };
}

async function seedPosts(p: BlogInput): Promise<Map<string, SeededPost>> {
  const seeded = new Map<string, SeededPost>();
  for (const s of POSTS) {
    const author = authorOf(p.recruiters, s.author);
    const input = { title: s.title, summary: s.summary, body: s.body, tags: [...s.tags] };
    const created = await p.api.post('/api/v1/posts', author.cookie, input, post);
    if (s.status === 'published')
      await p.api.post(`/api/v1/posts/${created.id}/publish`, author.cookie, {}, post, 200);
    if (s.status === 'scheduled') {
      const publishAt = new Date(p.now + (s.publishInDays ?? 7) * DAY).toISOString();
      await p.api.post(`/api/v1/posts/${created.id}/schedule`, author.cookie, { publishAt }, post, 200);
    }
    seeded.set(s.key, { id: created.id, slug: created.slug, author, seed: s });
  }
  return seeded;
}

/** A documentation address (RFC 5737) per sender, so the per-address form rate limit never bites. */
function addresses(prefix: string): (who: string) => string {
  const seen = new Map<string, string>();
  return (who) => {
    let ip = seen.get(who);
    if (!ip) {
      ip = `${prefix}.${seen.size + 10}`;
      seen.set(who, ip);
    }
    return ip;
  };
}

async function seedComments(
  p: BlogInput,
  posts: Map<string, SeededPost>,
): Promise<Map<number, CommentTimes>> {
  const ids = new Map<string, number>();
  const times = new Map<number, CommentTimes>();
  const ipOf = addresses('198.51.100');
  for (const c of COMMENTS) {
    const target = posts.get(c.post);
    if (target?.seed.status !== 'published')
      throw new Error(`Demo comment ${c.key} is on ${c.post}, which is not a published post`);
    const parentId = c.replyTo === undefined ? null : ids.get(c.replyTo);
    if (parentId === undefined) throw new Error(`Demo comment ${c.key} answers ${c.replyTo}, seeded later`);
    const cookie = target.author.cookie;
    let id: number;
    let acted = false;
    if (c.by === 'author') {
      if (parentId === null) throw new Error(`Demo staff comment ${c.key} must answer a comment`);
      const url = `/api/v1/comments/${parentId}/reply`;
      id = (await p.api.post(url, cookie, { body: c.body }, staffComment)).id;
    } else {
      const fields: Record<string, string> = {
        name: c.by.name,
        email: c.by.email,
        website: c.by.website ?? '',
        comment: c.body,
        parent: parentId === null ? '' : String(parentId),
        // The honeypot stays empty and the form was opened a minute earlier, as a person's would be.
        website_url: '',
        form_stamp: signFormStamp(p.ctx.config.secret, p.now - 60_000),
      };
      if (c.by.notify) fields.notify = 'yes';
      const location = await p.api.postForm(`/blog/${target.slug}/comments`, fields, ipOf(c.by.email));
      id = Number(/#comment-(\d+)$/.exec(location)?.[1]);
      if (!id) throw new Error(`Demo comment ${c.key} was answered with ${location}`);
      const landed = (await p.api.get(`/api/v1/comments/${id}`, cookie, staffComment)).status;
      if (landed !== c.status) {
        // Only a held comment is moderated; anything else means the data no longer fits the rules.
        if (landed !== 'pending') throw new Error(`Demo comment ${c.key} landed as ${landed}`);
        const action = c.status === 'approved' ? 'approve' : 'spam';
        await p.api.post('/api/v1/comments/bulk', cookie, { ids: [id], action }, commentBulkResult, 200);
        acted = true;
      }
    }
    ids.set(c.key, id);
    const created = publishedAt(p.now, target.seed) + c.hoursAfter * HOUR;
    const settled = created + (acted ? MODERATION_DELAY : 0);
    const parent = parentId === null ? null : times.get(parentId);
    if (parent && created <= parent.settled)
      throw new Error(`Demo comment ${c.key} is dated before the comment it answers was approved`);
    if (settled >= p.now) throw new Error(`Demo comment ${c.key} is dated in the future`);
    times.set(id, { created, settled });
  }
  return times;
}

async function seedLeads(p: BlogInput): Promise<LeadTimes[]> {
  const seeded: LeadTimes[] = [];
  const ipOf = addresses('203.0.113');
  const inbox = staffOf(p.recruiters, 0).cookie;
  for (const l of LEADS) {
    const fields = {
      kind: l.kind,
      name: l.name,
      email: l.email,
      phone: l.phone,
      company: l.company,
      lookingFor: l.lookingFor,
      message: l.message,
      consent: 'yes',
      website_url: '',
      form_stamp: signFormStamp(p.ctx.config.secret, p.now - 60_000),
    };
    await p.api.postForm('/contact', fields, ipOf(l.email));
    // The form says only "thank you"; the inbox shows where the lead was filed.
    let found: { id: number; status: string } | undefined;
    for (const folder of ['new', 'spam'] as const) {
      const page = await p.api.get(`/api/v1/leads?status=${folder}`, inbox, leadInbox);
      found ??= page.leads.find((x) => x.email === l.email);
    }
    if (!found) throw new Error(`Demo lead from ${l.email} was not filed as new or spam`);
    const recruiter = l.assignee === undefined ? null : authorOf(p.recruiters, l.assignee);
    const cookie = recruiter?.cookie ?? inbox;
    if (found.status !== l.status || recruiter) {
      const change = { status: l.status, ...(recruiter ? { assignedTo: recruiter.id } : {}) };
      await p.api.put(`/api/v1/leads/${found.id}`, cookie, change, leadDetail);
    }
    if (l.note)
      await p.api.post(`/api/v1/leads/${found.id}/notes`, cookie, { body: l.note.body }, leadDetail);
    const created = p.now - l.daysAgo * DAY;
    const note = l.note ? p.now - l.note.daysAgo * DAY : null;
    if (note !== null && note <= created) throw new Error(`Demo lead from ${l.email} has a note before it`);
    seeded.push({ id: found.id, created, updated: note ?? created, note });
  }
  return seeded;
}

function publishedAt(now: number, s: PostSeed): number {
  return now - s.daysAgo * DAY;
}

async function backdateBlog(
  db: Kysely<Tables>,
  now: number,
  posts: Map<string, SeededPost>,
  comments: Map<number, CommentTimes>,
  leads: readonly LeadTimes[],
): Promise<void> {
  const at = (ms: number) => new Date(ms).toISOString();
  await db.transaction().execute(async (tx) => {
    for (const { id, seed } of posts.values()) {
      // Each post was drafted two days before it went out or was last edited.
      const edited = publishedAt(now, seed);
      const set = { created_at: at(edited - 2 * DAY), updated_at: at(edited) };
      await tx
        .updateTable('post')
        .set(seed.status === 'published' ? { ...set, published_at: at(edited) } : set)
        .where('id', '=', id)
        .execute();
    }
    for (const [id, t] of comments) {
      await tx
        .updateTable('comment')
        .set({ created_at: at(t.created), updated_at: at(t.settled) })
        .where('id', '=', id)
        .execute();
      for (const column of ['approved_at', 'notified_at'] as const)
        await tx
          .updateTable('comment')
          .set({ [column]: at(t.settled) })
          .where('id', '=', id)
          .where(column, 'is not', null)
          .execute();
    }
    for (const l of leads) {
      await tx
        .updateTable('lead')
        .set({ created_at: at(l.created), consented_at: at(l.created), updated_at: at(l.updated) })
        .where('id', '=', l.id)
        .execute();
      if (l.note !== null)
        await tx
          .updateTable('lead_note')
          .set({ created_at: at(l.note) })
          .where('lead_id', '=', l.id)
          .execute();
    }
  });
}
