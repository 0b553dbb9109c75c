import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, request, type TestApp, type TestUser, testApp } from '../../testing/harness.ts';
import {
  approvedComment,
  bulk,
  commentFields,
  commentsByEmail,
  postComment,
  publishPost,
} from './test-support.ts';
import { signToken } from './tokens.ts';

// Reply mail with one-click unsubscribe, and deletion of a commenter's comments by signed link.

let t: TestApp;
let recruiter: TestUser;
let post: { id: number; slug: string; title: string };

beforeAll(async () => {
  t = await testApp();
  recruiter = await createUser(t, 'recruiter', 'Rita Recruiter');
  post = await publishPost(t, recruiter);
});
afterAll(async () => t?.close());

const form = (method: 'GET' | 'POST', url: string, fields?: Record<string, string>) =>
  t.app.inject({
    method,
    url,
    headers: { origin: t.config.publicUrl, 'content-type': 'application/x-www-form-urlencoded' },
    ...(fields ? { payload: new URLSearchParams(fields).toString() } : {}),
  });

const approved = (over: Record<string, string>) => approvedComment(t, recruiter, post.slug, over);

const mailsTo = async (email: string) => (await t.deliverMail()).filter((m) => m.to === email);

describe('reply notifications', () => {
  it('mails the commenter once when a reply is approved, with a working one-click unsubscribe', async () => {
    const parent = await approved({ notify: 'yes', comment: 'Notify me please' });
    const replyFields = commentFields(t, { parent: String(parent.id), comment: 'Here is my reply' });
    await postComment(t, post.slug, replyFields);
    expect(await mailsTo(parent.email)).toHaveLength(0); // held: nothing yet
    const [reply] = await commentsByEmail(t, replyFields.email as string);
    await bulk(t, recruiter, [reply?.id as number], 'approve');
    await bulk(t, recruiter, [reply?.id as number], 'unapprove');
    await bulk(t, recruiter, [reply?.id as number], 'approve');
    const mails = await mailsTo(parent.email);
    expect(mails).toHaveLength(1);
    const mail = mails[0];
    expect(mail?.text).toContain('Here is my reply');
    expect(mail?.text).not.toContain(replyFields.email);
    const header = mail?.headers?.['List-Unsubscribe'] ?? '';
    expect(mail?.headers?.['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    const url = new URL(header.slice(1, -1));
    expect(mail?.text).toContain(url.href);

    const confirm = await form('GET', url.pathname + url.search);
    expect(confirm.statusCode).toBe(200);
    expect(confirm.body).toContain('Unsubscribe');
    expect((await commentsByEmail(t, parent.email))[0]?.notify_replies).toBe(1); // a GET changes nothing
    // RFC 8058: the mail client POSTs to the header's address.
    const oneClick = await form('POST', url.pathname + url.search, { 'List-Unsubscribe': 'One-Click' });
    expect(oneClick.statusCode).toBe(200);
    expect((await commentsByEmail(t, parent.email))[0]?.notify_replies).toBe(0);

    const again = await approved({ parent: String(parent.id), comment: 'Another reply' });
    expect(again.id).toBeGreaterThan(0);
    expect(await mailsTo(parent.email)).toHaveLength(1);
  });

  it('sends nothing to a commenter who did not ask', async () => {
    const parent = await approved({ comment: 'No mail for me' });
    await approved({ parent: String(parent.id), comment: 'Quiet reply' });
    expect(await mailsTo(parent.email)).toHaveLength(0);
  });
});

describe('deletion by signed link', () => {
  it('mails a link that, once confirmed, deletes every comment by that email', async () => {
    const mine = await approved({ comment: 'Please forget me' });
    const reply = await approved({ parent: String(mine.id), comment: 'A reply that stays' });
    const bad = await form('POST', '/blog/comments/delete', { email: 'nope' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Please enter a valid email address');
    expect(bad.body).toContain('value="nope"');

    const asked = await form('POST', '/blog/comments/delete', { email: mine.email.toUpperCase() });
    expect(asked.statusCode).toBe(200);
    expect(asked.body).toContain('Check your email');
    const unknown = await form('POST', '/blog/comments/delete', { email: 'never-commented@example.test' });
    expect(unknown.body).toBe(asked.body); // the same page either way
    const [mail] = await mailsTo(mine.email);
    const link = new URL(
      /https?:\/\/\S+\/blog\/comments\/delete\/confirm\?token=\S+/.exec(mail?.text ?? '')?.[0] ?? '',
    );
    const token = link.searchParams.get('token') ?? '';

    const confirm = await form('GET', link.pathname + link.search);
    expect(confirm.statusCode).toBe(200);
    expect(await commentsByEmail(t, mine.email)).toHaveLength(1);
    const done = await form('POST', '/blog/comments/delete/confirm', { token });
    expect(done.statusCode).toBe(200);
    expect(done.body).toContain('Your comment has been deleted.');
    expect(await commentsByEmail(t, mine.email)).toHaveLength(0);
    const kept = await commentsByEmail(t, reply.email);
    expect(kept[0]).toMatchObject({ status: 'approved', parent_id: null });
    expect((await request(t, { method: 'GET', url: `/blog/${post.slug}` })).body).not.toContain(
      'Please forget me',
    );
  });

  it('answers forged and expired links with a clear 4xx and changes nothing', async () => {
    const mine = await approved({ comment: 'Still here', notify: 'yes' });
    const secret = t.config.secret;
    const expired = signToken(secret, 'comment-delete.v1', mine.email, Date.now() - 1000);
    const forged = signToken('another-secret', 'comment-delete.v1', mine.email, Date.now() + 60_000);
    const wrongPurpose = signToken(secret, 'comment-unsubscribe.v1', mine.email, Date.now() + 60_000);
    const e = await form('POST', '/blog/comments/delete/confirm', { token: expired });
    expect(e.statusCode).toBe(410);
    expect(e.body).toContain('This link has expired');
    for (const token of [forged, wrongPurpose, 'garbage', '']) {
      const res = await form('POST', '/blog/comments/delete/confirm', { token });
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain('This link is not valid');
    }
    expect((await form('GET', '/blog/comments/unsubscribe?token=abc')).statusCode).toBe(400);
    expect((await form('POST', '/blog/comments/unsubscribe', { token: forged })).statusCode).toBe(400);
    const rows = await commentsByEmail(t, mine.email);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.notify_replies).toBe(1);
  });
});
