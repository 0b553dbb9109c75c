import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  approvedComment,
  commentFields,
  postComment,
  publishPost,
} from '../../src/server/features/comments/test-support.ts';
import { MIN_FILL_MS } from '../../src/server/platform/spam.ts';
import type { TestUser } from '../../src/server/testing/harness.ts';
import {
  actAs,
  checkWithoutJs,
  expectAccessible,
  expectNoHorizontalOverflow,
  type Journey,
  PHONE,
  signInAs,
  startJourney,
} from './support.ts';

// A reader with JavaScript off leaves a reply under a post, fixing an error on the way, and sees
// it held; a recruiter approves it in the queue and it appears. Hostile comments are shown as
// text in a script-enabled page, and nothing in them runs.

let j: Journey;
let recruiter: TestUser;
let post: { id: number; slug: string; title: string };

beforeAll(async () => {
  j = await startJourney();
  recruiter = await signInAs(j, 'recruiter', 'Rita Recruiter');
  await j.page.context().clearCookies();
  post = await publishPost(j.t, recruiter, 'Ten questions to ask an interviewer');
});
afterAll(async () => j?.close());

it('a reader without JavaScript leaves a reply, fixing an error, and sees it awaiting moderation', async () => {
  const context = await j.browser.newContext({ javaScriptEnabled: false, bypassCSP: true, ...PHONE });
  const page = await context.newPage();
  try {
    await page.goto(`${j.base}/blog/${post.slug}`);
    await page.getByRole('heading', { name: 'Leave a Reply' }).waitFor();
    await expect(page.getByText('Your email address will not be published.').isVisible()).resolves.toBe(true);
    await checkWithoutJs(j, page);

    await page.getByLabel('Comment *').fill('Great list.\nI will ask about the team.');
    await page.getByLabel('Name *').fill('Rosa Díaz');
    await page.getByLabel('Email *').fill('rosa@example');
    await page.getByRole('button', { name: 'Post Comment' }).click();

    await expect(page.getByRole('alert').textContent()).resolves.toContain(
      'Please enter a valid email address',
    );
    const email = page.getByLabel('Email *');
    await expect(email.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.getByLabel('Name *').inputValue()).resolves.toBe('Rosa Díaz');
    await expect(page.getByLabel('Comment *').inputValue()).resolves.toBe(
      'Great list.\nI will ask about the team.',
    );
    await checkWithoutJs(j, page);

    await email.fill('rosa@example.com');
    await page.waitForTimeout(MIN_FILL_MS);
    await page.getByRole('button', { name: 'Post Comment' }).click();
    await page.waitForURL(new RegExp(`/blog/${post.slug}#comment-\\d+$`));
    await page.getByText('Your comment is awaiting moderation.').waitFor();
    await expect(page.getByText('I will ask about the team.').isVisible()).resolves.toBe(true);
    await checkWithoutJs(j, page);
  } finally {
    await context.close();
  }
  // Another browser does not see the held comment.
  const other = await j.browser.newContext({ javaScriptEnabled: false });
  try {
    const p = await other.newPage();
    await p.goto(`${j.base}/blog/${post.slug}`);
    await expect(p.content()).resolves.not.toContain('I will ask about the team.');
  } finally {
    await other.close();
  }
});

it('a recruiter approves it in the queue and it appears under the post', async () => {
  const { page } = j;
  await actAs(j, recruiter);
  await page.goto(`${j.base}/app/comments`);
  await page.getByRole('heading', { name: 'Comments (1 pending)' }).waitFor();
  await expect(page.getByText('rosa@example.com').isVisible()).resolves.toBe(true);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Approve comment by Rosa Díaz' }).click();
  await page.getByText('No pending comments.').waitFor();
  await page.getByRole('link', { name: /^Approved/ }).click();
  await page.getByRole('button', { name: 'Unapprove comment by Rosa Díaz' }).waitFor();
  await expectAccessible(page);

  await j.page.context().clearCookies();
  await page.goto(`${j.base}/blog/${post.slug}`);
  await page.getByText('I will ask about the team.').waitFor();
  await expect(page.content()).resolves.not.toContain('rosa@example.com');
});

it('shows hostile comments as text, runs nothing, and keeps spam out of sight', async () => {
  const email = 'known-hostile@example.test';
  await approvedComment(j.t, recruiter, post.slug, { email, comment: 'Hello' });
  const hostile = [
    '<script>window.__pwned = true; alert(1)</script>',
    '<img src=x onerror="window.__pwned = true; alert(2)">',
    'javascript:window.__pwned=true and <a href="javascript:alert(3)">click</a>',
    'Invoice \u202Egnp.exe and "><svg onload=alert(4)>',
    'W'.repeat(3000),
  ];
  for (const comment of hostile) {
    const res = await postComment(
      j.t,
      post.slug,
      commentFields(j.t, { email, comment, name: '<b onmouseover=alert(5)>Eve</b>' }),
    );
    expect(res.statusCode).toBe(303);
  }
  const spam = await postComment(
    j.t,
    post.slug,
    commentFields(j.t, { comment: 'SPAMMY https://a.test https://b.test https://c.test' }),
  );
  expect(spam.statusCode).toBe(303);
  expect(
    (await postComment(j.t, post.slug, commentFields(j.t, { website: 'javascript:alert(6)' }))).statusCode,
  ).toBe(400);

  const context = await j.browser.newContext({ bypassCSP: true, ...PHONE });
  try {
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.addInitScript(() => {
      (window as unknown as { __pwned: boolean }).__pwned = false;
    });
    await page.goto(`${j.base}/blog/${post.slug}`);
    await page.getByText('<script>window.__pwned = true; alert(1)</script>').waitFor();
    await page.getByText('<img src=x onerror="window.__pwned = true; alert(2)">').waitFor();
    await page.mouse.move(10, 10);
    await page.waitForTimeout(300);
    const found = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned: boolean }).__pwned,
      scripts: document.querySelectorAll('.comments script, .comments img, .comments svg').length,
      badLinks: [...document.querySelectorAll('.comments a')].filter(
        (a) => !/^(https?:|\/)/.test(a.getAttribute('href') ?? ''),
      ).length,
      bidi: (document.body.textContent ?? '').includes('\u202E'),
    }));
    expect(found).toEqual({ pwned: false, scripts: 0, badLinks: 0, bidi: false });
    expect(dialogs).toEqual([]);
    await expect(page.content()).resolves.not.toContain('SPAMMY');
    await expectAccessible(page);
    await expectNoHorizontalOverflow(page);
  } finally {
    await context.close();
  }
});
