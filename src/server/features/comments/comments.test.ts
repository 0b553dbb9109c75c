import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signFormStamp } from '../../platform/spam.ts';
import { createUser, request, type TestApp, type TestUser, testApp } from '../../testing/harness.ts';
import { putSetting } from '../access/settings.ts';
import {
  approvedComment,
  bulk,
  commentFields,
  commentsByEmail,
  cookieOf,
  postComment,
  publishPost,
} from './test-support.ts';

// Posting a comment as a browser without JavaScript: validation that keeps input, moderation
// (first comment held, known commenter approved, hold-all), threading, and spam kept out of sight.

let t: TestApp;
let recruiter: TestUser;
let post: { id: number; slug: string; title: string };

beforeAll(async () => {
  t = await testApp();
  recruiter = await createUser(t, 'recruiter', 'Rita Recruiter');
  post = await publishPost(t, recruiter);
});
afterAll(async () => t?.close());

const page = (cookie?: string, query = '') =>
  request(t, { method: 'GET', url: `/blog/${post.slug}${query}`, cookie });

describe('the Leave a Reply form', () => {
  it('shows the form with its notes under the post', async () => {
    const res = await page();
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Leave a Reply');
    expect(res.body).toContain('Your email address will not be published.');
    expect(res.body).toContain('Required fields are marked *');
    expect(res.body).toContain(`action="/blog/${post.slug}/comments"`);
    expect(res.body).toContain('Notify me of new replies by email');
  });

  it('fills in a signed-in user’s name and email', async () => {
    const seeker = await createUser(t, 'candidate', 'Sam Seeker');
    const res = await page(seeker.cookie);
    expect(res.body).toContain('value="Sam Seeker"');
    expect(res.body).toContain(`value="${seeker.email}"`);
  });

  it('names each field in error and keeps everything typed', async () => {
    const fields = commentFields(t, {
      email: 'not-an-email',
      name: '',
      comment: 'Kept <b>text</b>',
      website: 'ftp://x',
    });
    const res = await postComment(t, post.slug, fields);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Please enter a valid email address');
    expect(res.body).toContain('Please enter your name');
    expect(res.body).toContain('Please enter a web address');
    expect(res.body).toContain('value="not-an-email"');
    expect(res.body).toContain('Kept &lt;b&gt;text&lt;/b&gt;');
    expect(res.body).toContain('aria-invalid="true"');
    expect(await commentsByEmail(t, 'not-an-email')).toHaveLength(0);
  });

  it('refuses an oversize comment and a NUL character, storing nothing, and keeps quotes verbatim', async () => {
    const long = commentFields(t, { comment: 'x'.repeat(5001) });
    const res = await postComment(t, post.slug, long);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Please keep it under 5000 characters');
    const nul = commentFields(t, { comment: 'a\u0000b' });
    expect((await postComment(t, post.slug, nul)).statusCode).toBe(400);
    expect(await commentsByEmail(t, long.email as string)).toHaveLength(0);
    expect(await commentsByEmail(t, nul.email as string)).toHaveLength(0);
    const odd = commentFields(t, { comment: `Robert'); DROP TABLE comment;-- "NEAR" * (` });
    expect((await postComment(t, post.slug, odd)).statusCode).toBe(303);
    expect((await commentsByEmail(t, odd.email as string))[0]?.body).toBe(odd.comment);
  });

  it('answers 404 for a post that does not exist', async () => {
    expect((await postComment(t, 'no-such-post', commentFields(t))).statusCode).toBe(404);
  });
});

describe('moderation', () => {
  it('holds a first comment, shown as awaiting moderation only in the writer’s browser', async () => {
    const fields = commentFields(t, { comment: 'My first held comment' });
    const res = await postComment(t, post.slug, fields);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toMatch(new RegExp(`^/blog/${post.slug}#comment-\\d+$`));
    const [row] = await commentsByEmail(t, fields.email as string);
    expect(row?.status).toBe('pending');
    const mine = await page(cookieOf(res));
    expect(mine.body).toContain('My first held comment');
    expect(mine.body).toContain('Your comment is awaiting moderation');
    const others = await page();
    expect(others.body).not.toContain('My first held comment');
    // A forged cookie shows nothing held.
    expect((await page(`ft_own_comments=${row?.id}`)).body).not.toContain('My first held comment');
  });

  it('approves at once a commenter a recruiter approved before, unless all are held', async () => {
    const email = `known-${Date.now()}@example.test`;
    await approvedComment(t, recruiter, post.slug, { email, comment: 'First from known' });
    await postComment(
      t,
      post.slug,
      commentFields(t, { email: email.toUpperCase(), comment: 'Second from known' }),
    );
    expect((await commentsByEmail(t, email)).map((r) => r.status)).toEqual(['approved', 'approved']);
    const body = (await page()).body;
    expect(body).toContain('First from known');
    expect(body).toContain('Second from known');
    expect(body.indexOf('First from known')).toBeLessThan(body.indexOf('Second from known'));

    await putSetting(t.ctx.db, 'holdAllComments', true);
    try {
      await postComment(t, post.slug, commentFields(t, { email, comment: 'Third, held' }));
      expect((await commentsByEmail(t, email)).map((r) => r.status)).toEqual([
        'approved',
        'approved',
        'pending',
      ]);
    } finally {
      await putSetting(t.ctx.db, 'holdAllComments', false);
    }
  });

  it('threads replies three levels deep; a deeper reply joins the third level', async () => {
    const p = await publishPost(t, recruiter, 'Threads');
    const email = `thread-${Date.now()}@example.test`;
    const ids: number[] = [];
    for (let i = 1; i <= 4; i++) {
      const parent = ids.at(-1);
      const res = await postComment(
        t,
        p.slug,
        commentFields(t, { email, comment: `Level ${i}`, ...(parent ? { parent: String(parent) } : {}) }),
      );
      expect(res.statusCode).toBe(303);
      const rows = await commentsByEmail(t, email);
      ids.push(rows.at(-1)?.id as number);
      await bulk(t, recruiter, [ids.at(-1) as number], 'approve');
    }
    const rows = await commentsByEmail(t, email);
    expect(rows.map((r) => r.parent_id)).toEqual([null, ids[0], ids[1], ids[1]]);
    const res = await request(t, { method: 'GET', url: `/blog/${p.slug}?replyto=${ids[0]}` });
    expect(res.body).toContain('Leave a Reply to Rosa Díaz');
    expect(res.body).toContain(`name="parent" value="${ids[0]}"`);
    expect((res.body.match(/class="comment-replies"/g) ?? []).length).toBe(2);
    expect(res.body).toContain(`href="/blog/${p.slug}?replyto=${ids[3]}#respond"`);
  });

  it('ignores a parent that is not an approved comment on this post', async () => {
    const fields = commentFields(t, { parent: '999999' });
    expect((await postComment(t, post.slug, fields)).statusCode).toBe(303);
    expect((await commentsByEmail(t, fields.email as string))[0]?.parent_id).toBeNull();
  });
});

describe('spam', () => {
  const cases: [string, Record<string, string>, string][] = [
    ['the honeypot', { website_url: 'http://spam.test' }, 'honeypot'],
    ['a post sent too fast', { form_stamp: '' }, 'bad_stamp'],
    ['too many links', { comment: 'https://a.test https://b.test https://c.test' }, 'too_many_links'],
    ['a disallowed word', { comment: 'Cheap ＣＡＳＩＮＯ bonus' }, 'disallowed_word'],
  ];

  it.each(cases)('files %s as spam, never shown, even to its writer', async (_label, over, reason) => {
    await putSetting(t.ctx.db, 'spamWords', ['casino']);
    const fields = commentFields(t, { comment: `Spam case ${reason}`, ...over });
    const res = await postComment(t, post.slug, fields, {
      ip: `10.9.0.${cases.findIndex((c) => c[2] === reason)}`,
    });
    expect(res.statusCode).toBe(303);
    const [row] = await commentsByEmail(t, fields.email as string);
    expect(row).toMatchObject({ status: 'spam', spam_reason: reason });
    const body = (await page(cookieOf(res))).body;
    expect(body).not.toContain(fields.comment);
  });

  it('files a post sent within the minimum time as too fast', async () => {
    const fields = commentFields(t, { form_stamp: signFormStamp(t.config.secret, Date.now()) });
    await postComment(t, post.slug, fields);
    expect((await commentsByEmail(t, fields.email as string))[0]?.spam_reason).toBe('too_fast');
  });

  it('answers a flood from one address with a readable 429 page', async () => {
    const small = await testApp({ FORM_RATE_LIMIT: '2' });
    try {
      const staff = await createUser(small, 'recruiter');
      const p = await publishPost(small, staff);
      const codes: number[] = [];
      for (let i = 0; i < 3; i++)
        codes.push((await postComment(small, p.slug, commentFields(small), { ip: '10.1.1.1' })).statusCode);
      expect(codes).toEqual([303, 303, 429]);
      const other = await postComment(small, p.slug, commentFields(small), { ip: '10.1.1.2' });
      expect(other.statusCode).toBe(303);
    } finally {
      await small.close();
    }
  });
});
