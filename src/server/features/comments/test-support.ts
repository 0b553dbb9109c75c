import { expect } from 'vitest';
import { signFormStamp } from '../../platform/spam.ts';
import { request, type TestApp, type TestUser, uniqueEmail } from '../../testing/harness.ts';

// Helpers shared by the comment HTTP tests: publish a post, post the form as a browser without
// JavaScript would, and read the staff queue.

let n = 0;

export async function publishPost(t: TestApp, staff: TestUser, title = 'Comments welcome') {
  n += 1;
  const res = await request(t, {
    method: 'POST',
    url: '/api/v1/posts',
    cookie: staff.cookie,
    payload: { title: `${title} ${n} ${Date.now()}`, body: 'Tell us what you think.', tags: ['Advice'] },
  });
  expect(res.statusCode, res.body).toBe(201);
  const pub = await request(t, {
    method: 'POST',
    url: `/api/v1/posts/${res.json().id}/publish`,
    cookie: staff.cookie,
  });
  expect(pub.statusCode, pub.body).toBe(200);
  return pub.json() as { id: number; slug: string; title: string };
}

export function commentFields(t: TestApp, over: Record<string, string> = {}): Record<string, string> {
  return {
    name: 'Rosa Díaz',
    email: uniqueEmail('rosa'),
    website: '',
    comment: 'Thank you, this helped me prepare.',
    website_url: '',
    form_stamp: signFormStamp(t.config.secret, Date.now() - 10_000),
    ...over,
  };
}

export function postComment(
  t: TestApp,
  slug: string,
  fields: Record<string, string>,
  opts: { cookie?: string; ip?: string } = {},
) {
  return t.app.inject({
    method: 'POST',
    url: `/blog/${slug}/comments`,
    remoteAddress: opts.ip ?? '127.0.0.1',
    headers: {
      origin: t.config.publicUrl,
      'content-type': 'application/x-www-form-urlencoded',
      ...(opts.cookie ? { cookie: opts.cookie } : {}),
    },
    payload: new URLSearchParams(fields).toString(),
  });
}

export async function commentsByEmail(t: TestApp, email: string) {
  return t.ctx.db.selectFrom('comment').selectAll().where('email', '=', email).orderBy('id').execute();
}

export async function queue(t: TestApp, staff: TestUser, status = 'pending') {
  const res = await request(t, {
    method: 'GET',
    url: `/api/v1/comments?status=${status}`,
    cookie: staff.cookie,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as {
    comments: { id: number; email: string; body: string; status: string }[];
    counts: Record<string, number>;
  };
}

export async function bulk(t: TestApp, staff: TestUser, ids: number[], action: string) {
  const res = await request(t, {
    method: 'POST',
    url: '/api/v1/comments/bulk',
    cookie: staff.cookie,
    payload: { ids, action },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { changed: number };
}

/** Posts a comment and has a recruiter approve it, making its email a known commenter's. */
export async function approvedComment(
  t: TestApp,
  staff: TestUser,
  slug: string,
  over: Record<string, string> = {},
): Promise<{ id: number; email: string }> {
  const fields = commentFields(t, over);
  expect((await postComment(t, slug, fields)).statusCode).toBe(303);
  const [row] = await commentsByEmail(t, fields.email as string);
  expect(row, 'the comment was stored').toBeTruthy();
  await bulk(t, staff, [row?.id as number], 'approve');
  return { id: row?.id as number, email: fields.email as string };
}

/** The Set-Cookie of a response as a Cookie header. */
export function cookieOf(res: { headers: Record<string, unknown> }): string {
  const raw = res.headers['set-cookie'];
  const list = Array.isArray(raw) ? raw : raw ? [String(raw)] : [];
  return list.map((c: string) => c.split(';')[0]).join('; ');
}
