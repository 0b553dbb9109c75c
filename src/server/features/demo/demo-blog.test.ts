import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { post } from '../../../shared/blog.ts';
import { COMMENT_STATUSES, commentQueue, type StaffComment } from '../../../shared/comments.ts';
import { LEAD_STATUSES, leadDetail, leadInbox } from '../../../shared/leads.ts';
import type { buildApp } from '../../app.ts';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/connect.ts';
import { cookieHeader } from '../../testing/harness.ts';
import { POSTS } from './content/blog.ts';
import { COMMENTS } from './content/blog-comments.ts';
import { LEADS } from './content/leads.ts';
import { type SeededDemo, seededDemo } from './fixture.ts';
import { DEMO_PASSWORD, RECRUITERS } from './people.ts';
import { seedDemo } from './seed.ts';

// The demo's blog as a visitor and the staff see it: published posts newest first, threaded
// comments with a staff reply and no commenter's email, a moderation queue and a leads inbox.

describe('demo blog, comments and leads', () => {
  let database: Db;
  let config: Config;
  let app: Awaited<ReturnType<typeof buildApp>>['app'];
  let staff: string;
  const log = vi.spyOn(console, 'log').mockImplementation(() => {});

  let demo: SeededDemo;

  beforeAll(async () => {
    demo = await seededDemo('ft-demo-blog-');
    ({ config, database, app } = demo);
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      headers: { origin: config.publicUrl },
      payload: { email: RECRUITERS[0].email, password: DEMO_PASSWORD },
    });
    expect(res.statusCode, res.body).toBe(200);
    staff = cookieHeader(res.headers['set-cookie']);
  }, 120_000);

  afterAll(async () => {
    log.mockRestore();
    await demo?.close();
  });

  const get = async (url: string, cookie = '') => {
    const res = await app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });
    expect(res.statusCode, `${url}: ${res.body.slice(0, 300)}`).toBe(200);
    return res;
  };
  /** Every post by seed key, as the staff API has it. */
  const postsByKey = async () => {
    const all = z.array(post).parse((await get('/api/v1/posts', staff)).json());
    return new Map(
      POSTS.map((s) => {
        const p = all.find((x) => x.title === s.title);
        if (!p) throw new Error(`No post titled ${s.title}`);
        return [s.key, p] as const;
      }),
    );
  };
  const allComments = async (): Promise<StaffComment[]> => {
    const folders = await Promise.all(
      COMMENT_STATUSES.map(async (s) =>
        commentQueue.parse((await get(`/api/v1/comments?status=${s}`, staff)).json()),
      ),
    );
    return folders.flatMap((f) => f.comments);
  };

  it('lists the published posts newest first, but not the draft or the scheduled one', async () => {
    const posts = await postsByKey();
    const page = (await get('/blog')).body;
    const listed = [...page.matchAll(/<h2><a href="\/blog\/([a-z0-9-]+)">/g)].map((m) => m[1]);
    const published = POSTS.filter((s) => s.status === 'published').sort((a, b) => a.daysAgo - b.daysAgo);
    expect(listed).toEqual(published.map((s) => posts.get(s.key)?.slug));
    expect(posts.get('first-offer')?.status).toBe('draft');
    expect(posts.get('temp-work')?.status).toBe('scheduled');
    for (const key of ['first-offer', 'temp-work']) expect(page).not.toContain(posts.get(key)?.slug);
    for (const s of published) expect(posts.get(s.key)?.author?.name).toBeTruthy();
  });

  it('threads the approved comments under a post, with a staff reply and no email', async () => {
    const posts = await postsByKey();
    const comments = await allComments();
    const slug = posts.get('job-ad')?.slug ?? '';
    const html = (await get(`/blog/${slug}`)).body.replaceAll('<!-- -->', '');
    const onPost = comments.filter((c) => c.postSlug === slug);
    const shown = onPost.filter((c) => c.status === 'approved');
    expect(shown.length).toBe(COMMENTS.filter((c) => c.post === 'job-ad' && c.status === 'approved').length);
    // Each reply follows its parent, and the demo wrote them in that order, so ids ascend.
    expect([...html.matchAll(/<li id="comment-(\d+)"/g)].map((m) => Number(m[1]))).toEqual(
      shown.map((c) => c.id).sort((a, b) => a - b),
    );
    const reply = shown.find((c) => c.byStaff);
    expect(reply?.name).toBe(RECRUITERS[0].name);
    expect(html).toContain(`${RECRUITERS[0].name} (staff)`);
    // The reply's item sits inside its parent's list of replies.
    const parent = html.indexOf(`<li id="comment-${reply?.parentId}"`);
    const nested = html.indexOf('class="comment-replies"', parent);
    expect(parent).toBeGreaterThan(-1);
    expect(nested).toBeGreaterThan(parent);
    expect(html.indexOf(`<li id="comment-${reply?.id}"`)).toBeGreaterThan(nested);
    for (const c of onPost.filter((x) => x.status !== 'approved'))
      expect(html).not.toContain(c.body.slice(0, 40));

    // No commenter's email on any published post's page.
    for (const s of POSTS.filter((x) => x.status === 'published')) {
      const page = (await get(`/blog/${posts.get(s.key)?.slug}`)).body;
      for (const c of comments) expect(page, s.key).not.toContain(c.email);
    }
  });

  it('dates each comment after its post and after the comment it answers', async () => {
    const posts = [...(await postsByKey()).values()];
    const comments = await allComments();
    const ms = (s: string | null | undefined) => new Date(s ?? '').getTime();
    for (const c of comments) {
      const on = posts.find((p) => p.id === c.postId);
      expect(ms(c.createdAt)).toBeGreaterThan(ms(on?.publishedAt));
      expect(ms(c.createdAt)).toBeLessThan(Date.now());
      const parent = comments.find((x) => x.id === c.parentId);
      if (parent) expect(ms(c.createdAt)).toBeGreaterThan(ms(parent.createdAt));
    }
    const oldest = Math.min(...posts.map((p) => ms(p.publishedAt ?? new Date().toISOString())));
    expect(Date.now() - oldest).toBeGreaterThan(120 * 86_400_000);
  });

  it('fills the moderation queue with the held and spam comments', async () => {
    const queue = commentQueue.parse((await get('/api/v1/comments', staff)).json());
    const seeded = (status: string) => COMMENTS.filter((c) => c.status === status).length;
    expect(queue.counts).toEqual({
      pending: seeded('pending'),
      approved: seeded('approved'),
      spam: seeded('spam'),
      trash: 0,
    });
    expect(queue.counts.pending).toBe(3);
    expect(queue.counts.spam).toBe(2);
    expect(queue.comments.every((c) => c.status === 'pending' && !c.byStaff)).toBe(true);
  });

  it('fills the leads inbox, with contacted leads assigned and noted', async () => {
    const inbox = leadInbox.parse((await get('/api/v1/leads', staff)).json());
    expect(inbox.counts).toEqual(
      Object.fromEntries(LEAD_STATUSES.map((s) => [s, LEADS.filter((l) => l.status === s).length])),
    );
    expect(inbox.counts).toMatchObject({ new: 3, contacted: 2, closed: 1, spam: 1 });
    const newest = LEADS.filter((l) => l.status === 'new').sort((a, b) => a.daysAgo - b.daysAgo);
    expect(inbox.leads.map((l) => l.email)).toEqual(newest.map((l) => l.email));
    const contacted = leadInbox.parse((await get('/api/v1/leads?status=contacted', staff)).json());
    for (const l of contacted.leads) {
      const detail = leadDetail.parse((await get(`/api/v1/leads/${l.id}`, staff)).json());
      expect(detail.assignedTo).not.toBeNull();
      expect(detail.notes).toHaveLength(1);
      expect(detail.notes[0]?.author?.id).toBe(detail.assignedTo?.id);
      expect(new Date(detail.notes[0]?.createdAt ?? '').getTime()).toBeGreaterThan(
        new Date(detail.createdAt).getTime(),
      );
    }
  });

  it('adds no posts, comments or leads when run a second time', async () => {
    const count = async (table: 'post' | 'comment' | 'lead' | 'lead_note') =>
      Number(
        (
          await database.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const all = () => Promise.all((['post', 'comment', 'lead', 'lead_note'] as const).map(count));
    const before = await all();
    expect(before).toEqual([POSTS.length, COMMENTS.length, LEADS.length, LEADS.filter((l) => l.note).length]);
    await seedDemo(config);
    expect(await all()).toEqual(before);
  }, 60_000);
});
