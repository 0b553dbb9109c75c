import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, request, type TestApp, type TestUser, testApp } from '../../testing/harness.ts';
import {
  approvedComment,
  bulk,
  commentFields,
  commentsByEmail,
  postComment,
  publishPost,
  queue,
} from './test-support.ts';

// The staff moderation API (staff only, bad input refused) and the promise that a commenter's
// email never appears anywhere outside it.

let t: TestApp;
let recruiter: TestUser;
let seeker: TestUser;
let post: { id: number; slug: string; title: string };

beforeAll(async () => {
  t = await testApp();
  recruiter = await createUser(t, 'recruiter', 'Rita Recruiter');
  seeker = await createUser(t, 'candidate', 'Sam Seeker');
  post = await publishPost(t, recruiter);
});
afterAll(async () => t?.close());

const as = (user: TestUser | null, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  request(t, { method, url, cookie: user?.cookie, ...(payload ? { payload } : {}) });

async function held(comment = 'Held for the queue') {
  const fields = commentFields(t, { comment });
  await postComment(t, post.slug, fields);
  const [row] = await commentsByEmail(t, fields.email as string);
  return { id: row?.id as number, email: fields.email as string };
}

describe('moderation API', () => {
  it('is for staff only', async () => {
    const c = await held();
    for (const user of [null, seeker]) {
      for (const [method, url] of [
        ['GET', '/api/v1/comments'],
        ['GET', '/api/v1/comments/count'],
        ['GET', `/api/v1/comments/${c.id}`],
      ] as const) {
        const res = await as(user, method, url);
        expect(res.statusCode).toBe(user ? 403 : 401);
        expect(res.body).not.toContain(c.email);
      }
      expect(
        (await as(user, 'POST', '/api/v1/comments/bulk', { ids: [c.id], action: 'approve' })).statusCode,
      ).toBe(user ? 403 : 401);
    }
    expect((await commentsByEmail(t, c.email))[0]?.status).toBe('pending');
  });

  it('lists folders with counts, shows the email to staff, and moves comments in bulk', async () => {
    const a = await held('Bulk A');
    const b = await held('Bulk B');
    const pending = await queue(t, recruiter);
    expect(pending.comments.map((c) => c.email)).toEqual(expect.arrayContaining([a.email, b.email]));
    expect(pending.counts.pending).toBeGreaterThanOrEqual(2);
    const count = await as(recruiter, 'GET', '/api/v1/comments/count');
    expect(count.json().pending).toBe(pending.counts.pending);
    expect((await bulk(t, recruiter, [a.id, b.id], 'spam')).changed).toBe(2);
    expect((await queue(t, recruiter, 'spam')).comments.map((c) => c.id)).toEqual(
      expect.arrayContaining([a.id, b.id]),
    );
    expect((await bulk(t, recruiter, [a.id], 'trash')).changed).toBe(1);
    expect((await bulk(t, recruiter, [b.id], 'approve')).changed).toBe(1);
    expect((await as(null, 'GET', `/blog/${post.slug}`)).body).toContain('Bulk B');
    expect((await bulk(t, recruiter, [a.id], 'delete')).changed).toBe(1);
    expect(await commentsByEmail(t, a.email)).toHaveLength(0);
  });

  it('edits a comment and replies as staff, approved at once', async () => {
    const c = await held('Typo in here');
    const edit = await as(recruiter, 'PUT', `/api/v1/comments/${c.id}`, {
      name: 'Rosa D.',
      website: '',
      body: 'Fixed',
    });
    expect(edit.statusCode, edit.body).toBe(200);
    expect(edit.json()).toMatchObject({ name: 'Rosa D.', body: 'Fixed', status: 'pending' });
    const reply = await as(recruiter, 'POST', `/api/v1/comments/${c.id}/reply`, {
      body: 'Thanks for reading!',
    });
    expect(reply.statusCode, reply.body).toBe(201);
    expect(reply.json()).toMatchObject({ parentId: c.id, status: 'approved', byStaff: true });
    const body = (await as(null, 'GET', `/blog/${post.slug}`)).body;
    expect(body).toContain('Thanks for reading!');
    expect(body).toContain('Rita Recruiter (staff)');
    expect(body).toContain('Fixed');
  });

  it('refuses bad input with field errors and answers 404 for unknown ids', async () => {
    const c = await held();
    const cases: [string, string, object][] = [
      ['POST', '/api/v1/comments/bulk', { ids: [], action: 'approve' }],
      ['POST', '/api/v1/comments/bulk', { ids: [c.id], action: 'publish' }],
      ['POST', '/api/v1/comments/bulk', { ids: ['1; DROP TABLE comment'], action: 'approve' }],
      ['PUT', `/api/v1/comments/${c.id}`, { name: '', website: 'javascript:alert(1)', body: '' }],
      ['PUT', `/api/v1/comments/${c.id}`, { name: 'x', website: '', body: 'y', email: 'a@b.test' }],
      ['POST', `/api/v1/comments/${c.id}/reply`, { body: '' }],
    ];
    for (const [method, url, payload] of cases) {
      const res = await as(recruiter, method as 'POST', url, payload);
      expect(res.statusCode, `${method} ${url} ${res.body}`).toBe(400);
      expect(res.json().error.code).toBeTruthy();
    }
    expect((await as(recruiter, 'GET', '/api/v1/comments?status=everything')).statusCode).toBe(400);
    expect((await as(recruiter, 'GET', '/api/v1/comments/99999999')).statusCode).toBe(404);
    expect((await as(recruiter, 'GET', '/api/v1/comments/abc')).statusCode).toBe(400);
    expect((await as(recruiter, 'POST', '/api/v1/comments/99999999/reply', { body: 'x' })).statusCode).toBe(
      404,
    );
    expect((await commentsByEmail(t, c.email))[0]).toMatchObject({
      status: 'pending',
      body: 'Held for the queue',
    });
  });

  it('turns the hold-all setting on and off', async () => {
    const put = await as(recruiter, 'PUT', '/api/v1/comments/settings', { holdAll: true });
    expect(put.statusCode, put.body).toBe(200);
    expect((await as(recruiter, 'GET', '/api/v1/comments/settings')).json()).toEqual({ holdAll: true });
    expect((await as(seeker, 'PUT', '/api/v1/comments/settings', { holdAll: false })).statusCode).toBe(403);
    await as(recruiter, 'PUT', '/api/v1/comments/settings', { holdAll: false });
  });
});

describe('privacy', () => {
  it('never shows a commenter’s email in a public page, feed or non-staff API response', async () => {
    const email = `private-${Date.now()}@example.test`;
    const row = await approvedComment(t, recruiter, post.slug, {
      email,
      website: 'https://rosa.example',
      comment: `Mail me at nothing`,
    });
    const pub = await as(null, 'GET', `/blog/${post.slug}`);
    expect(pub.body).toContain('Mail me at nothing');
    expect(pub.body).toContain('href="https://rosa.example/" rel="nofollow ugc external"');
    const urls = [
      '/blog',
      `/blog/${post.slug}`,
      '/blog/tag/advice',
      '/blog/feed.xml',
      '/sitemap.xml',
      `/blog/${post.slug}?replyto=${row?.id}`,
    ];
    for (const user of [null, seeker]) {
      for (const url of urls) {
        const res = await as(user, 'GET', url);
        expect(res.statusCode, url).toBeLessThan(400);
        expect(res.body, url).not.toContain(email);
      }
      for (const url of ['/api/v1/posts', `/api/v1/comments`, `/api/v1/comments/${row?.id}`]) {
        expect((await as(user, 'GET', url)).body, url).not.toContain(email);
      }
    }
  });
});
