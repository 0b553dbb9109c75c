import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { approvedComment, publishPost } from '../../src/server/features/comments/test-support.ts';
import type { MailMessage } from '../../src/server/platform/mail.ts';
import { MIN_FILL_MS } from '../../src/server/platform/spam.ts';
import type { TestUser } from '../../src/server/testing/harness.ts';
import { actAs, expectAccessible, type Journey, signInAs, startJourney } from './support.ts';

// With JavaScript on: a reader the agency has approved before comments and appears at once,
// asking for reply mail; a new reader replies to her in the thread, fixing an error on the
// way, and is held; a recruiter approves the reply from the staff home's count; the first
// reader is mailed, unsubscribes by the mail's link, and then deletes her comments through a
// signed link sent to her address.

let j: Journey;
let recruiter: TestUser;
let post: { id: number; slug: string; title: string };
const KIM = 'kim.known@example.test';

beforeAll(async () => {
  j = await startJourney();
  recruiter = await signInAs(j, 'recruiter', 'Rita Recruiter');
  post = await publishPost(j.t, recruiter, 'How to follow up after an interview');
  // Kim commented once before, and a recruiter approved it.
  await approvedComment(j.t, recruiter, post.slug, {
    name: 'Kim',
    email: KIM,
    comment: 'I always send a thank-you note.',
  });
});
afterAll(async () => j?.close());

async function reader(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ bypassCSP: true });
  return { context, page: await context.newPage() };
}

/** The one link in a mail that starts with `path`. */
function linkIn(mail: MailMessage | undefined, path: string): string {
  const url = mail?.text.match(new RegExp(`${j.base}${path}\\S+`))?.[0];
  expect(url, `a ${path} link in the mail`).toBeTruthy();
  return url as string;
}

const mailsTo = async (to: string) => (await j.t.deliverMail()).filter((m) => m.to === to);

let kimsSecond = 0;

it('a known commenter’s comment appears at once, with reply mail asked for', async () => {
  const { context, page } = await reader(j.browser);
  try {
    await page.goto(`${j.base}/blog/${post.slug}`);
    await page.getByRole('heading', { name: 'One comment' }).waitFor();
    await page.getByLabel('Comment *').fill('And I call a week later if I hear nothing.');
    await page.getByLabel('Name *').fill('Kim');
    await page.getByLabel('Email *').fill(KIM.toUpperCase());
    await page.getByLabel('Notify me of new replies by email').check();
    await page.waitForTimeout(MIN_FILL_MS);
    await page.getByRole('button', { name: 'Post Comment' }).click();
    await page.waitForURL(/#comment-\d+$/);
    kimsSecond = Number(page.url().split('#comment-')[1]);
    await page.getByRole('heading', { name: '2 comments' }).waitFor();
    const mine = page.locator(`#comment-${kimsSecond}`);
    await mine.getByText('And I call a week later if I hear nothing.').waitFor();
    await expect(mine.getByText('awaiting moderation').count()).resolves.toBe(0);
    await expectAccessible(page);
  } finally {
    await context.close();
  }
});

it('a new reader replies in the thread, fixing an error, and is held', async () => {
  const { context, page } = await reader(j.browser);
  try {
    await page.goto(`${j.base}/blog/${post.slug}`);
    await page.locator(`#comment-${kimsSecond}`).getByRole('link', { name: 'Reply to Kim' }).click();
    await page.getByRole('heading', { name: 'Leave a Reply to Kim' }).waitFor();
    await page.getByLabel('Comment *').fill('A week is right.\nTwo weeks feels too long.');
    await page.getByLabel('Email *').fill('lee@example.test');
    await page.getByRole('button', { name: 'Post Comment' }).click();

    await expect(page.getByRole('alert').textContent()).resolves.toContain('Please enter your name');
    await expect(page.getByLabel('Name *').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.getByLabel('Comment *').inputValue()).resolves.toBe(
      'A week is right.\nTwo weeks feels too long.',
    );
    await expect(page.getByLabel('Email *').inputValue()).resolves.toBe('lee@example.test');
    // Still a reply to Kim.
    await page.getByRole('heading', { name: 'Leave a Reply to Kim' }).waitFor();
    await expectAccessible(page);

    await page.getByLabel('Name *').fill('Lee');
    await page.waitForTimeout(MIN_FILL_MS);
    await page.getByRole('button', { name: 'Post Comment' }).click();
    await page.waitForURL(/#comment-\d+$/);
    const reply = page.locator(`#comment-${kimsSecond} .comment-replies .comment`);
    await reply.getByText('Your comment is awaiting moderation.').waitFor();
    // biome-ignore lint/performance/useDomNodeTextContent: the line break as rendered is what is checked
    await expect(reply.locator('.comment-body').innerText()).resolves.toBe(
      'A week is right.\nTwo weeks feels too long.',
    );
  } finally {
    await context.close();
  }
  expect(await mailsTo(KIM)).toEqual([]);
});

it('a recruiter approves the reply from the count on the staff home, and Kim is told', async () => {
  const { page } = j;
  await actAs(j, recruiter);
  await page.goto(`${j.base}/app`);
  await page.getByRole('link', { name: /Comments\s*1 awaiting moderation/ }).click();
  await page.getByRole('heading', { name: 'Comments (1 pending)' }).waitFor();
  await page.getByText('In reply to Kim').waitFor();
  await page.getByRole('button', { name: 'Approve comment by Lee' }).click();
  await page.getByText('No pending comments.').waitFor();
  await page.goto(`${j.base}/app`);
  await page.getByRole('link', { name: /Comments\s*0 awaiting moderation/ }).waitFor();

  const [mail] = await mailsTo(KIM);
  expect(mail?.subject).toBe(`New reply to your comment on “${post.title}”`);
  expect(mail?.text).toContain('Two weeks feels too long.');
  const unsubscribe = linkIn(mail, '/blog/comments/unsubscribe');
  expect(mail?.headers?.['List-Unsubscribe']).toBe(`<${unsubscribe}>`);
  expect(mail?.headers?.['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
});

it('Kim unsubscribes by the mail’s link, then deletes her comments by a signed link', async () => {
  const [mail] = await mailsTo(KIM);
  const { context, page } = await reader(j.browser);
  try {
    await page.goto(linkIn(mail, '/blog/comments/unsubscribe'));
    await page.getByRole('heading', { name: 'Stop reply emails' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Unsubscribe' }).click();
    await page.getByRole('heading', { name: 'You are unsubscribed' }).waitFor();
    const asked = await j.t.ctx.db
      .selectFrom('comment')
      .select('notify_replies')
      .where('email', '=', KIM)
      .execute();
    expect(asked.map((r) => Number(r.notify_replies))).toEqual([0, 0]);

    await page.goto(`${j.base}/blog/${post.slug}`);
    await page.getByRole('link', { name: 'Ask for your comments to be deleted' }).click();
    await page.getByRole('heading', { name: 'Delete your comments' }).waitFor();
    await page.getByLabel('Email *').fill('kim.known@');
    await page.getByRole('button', { name: 'Send the link' }).click();
    await page.getByText('Please enter a valid email address').waitFor();
    await expectAccessible(page);
    await page.getByLabel('Email *').fill(KIM);
    await page.getByRole('button', { name: 'Send the link' }).click();
    await page.getByRole('heading', { name: 'Check your email' }).waitFor();

    const deletion = (await mailsTo(KIM)).find((m) => m.subject.startsWith('Delete your comments'));
    await page.goto(linkIn(deletion, '/blog/comments/delete/confirm'));
    await page.getByRole('button', { name: 'Delete my comments' }).click();
    await page.getByText('Your 2 comments have been deleted.').waitFor();

    await page.goto(`${j.base}/blog/${post.slug}`);
    await page.getByRole('heading', { name: 'One comment' }).waitFor();
    await expect(page.getByText('I always send a thank-you note.').count()).resolves.toBe(0);
    // Lee's reply stays, moved up to the top level.
    await page.locator('.comment-list > .comment').getByText('Two weeks feels too long.').waitFor();
  } finally {
    await context.close();
  }
});
