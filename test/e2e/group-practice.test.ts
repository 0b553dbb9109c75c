import { afterAll, beforeAll, expect, it } from 'vitest';
import { GROUP_EXERCISES } from '../../src/server/features/practice/content/index.ts';
import { createUser, request, type TestUser } from '../../src/server/testing/harness.ts';
import {
  actAs,
  expectAccessible,
  expectNoHorizontalOverflow,
  type Journey,
  startJourney,
} from './support.ts';

// A recruiter runs a group exercise with two job seekers: sets it up, starts the shared clock;
// a seeker reads the brief against the countdown, keeps private notes that survive a reload, and
// reviews themselves when time is up; the recruiter reads the review but never the notes.

const WAIT = { timeout: 10_000 };
const exercise = GROUP_EXERCISES[0];
let j: Journey;
beforeAll(async () => {
  j = await startJourney();
});
afterAll(async () => j?.close());

/** A seeker with a portal account, linked to a candidate record the recruiter keeps. */
async function seeker(recruiter: TestUser, name: string): Promise<TestUser> {
  const user = await createUser(j.t, 'candidate', name);
  const res = await request(j.t, {
    method: 'POST',
    url: '/api/v1/candidates',
    cookie: recruiter.cookie,
    payload: { name, email: user.email, source: 'sourced' },
  });
  expect(res.statusCode, res.body).toBe(201);
  await j.t.ctx.db
    .updateTable('candidate')
    .set({ user_id: user.id })
    .where('id', '=', res.json().candidate.id)
    .execute();
  return user;
}

/** A second browser window signed in as the recruiter, as if at their own desk. */
async function recruiterWindow(user: TestUser) {
  const context = await j.browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
  const { hostname } = new URL(j.base);
  await context.addCookies(
    user.cookie.split('; ').map((pair) => {
      const [name, ...rest] = pair.split('=');
      return { name: name as string, value: rest.join('='), domain: hostname, path: '/', httpOnly: true };
    }),
  );
  return context.newPage();
}

it('a recruiter runs a group exercise; a seeker takes part, keeps private notes and reviews themselves', async () => {
  if (!exercise) throw new Error('no shipped group exercises');
  const { page } = j;
  const rita = await createUser(j.t, 'recruiter', 'Rita Recruiter');
  const sam = await seeker(rita, 'Sam Seeker');
  await seeker(rita, 'Nia Norris');
  // A record without a portal account is listed but cannot join.
  await request(j.t, {
    method: 'POST',
    url: '/api/v1/candidates',
    cookie: rita.cookie,
    payload: { name: 'Sana Paper', source: 'sourced' },
  });

  // The recruiter sets the run up.
  await actAs(j, rita);
  await page.goto(`${j.base}/app/group-runs`);
  await page.getByRole('heading', { level: 1, name: 'Group exercises' }).waitFor(WAIT);
  await page.getByRole('link', { name: 'Group exercises' }).first().waitFor();
  await page.getByText('No group exercises yet.').waitFor();
  await page.getByLabel('Exercise', { exact: true }).selectOption(exercise.key);
  await page.getByText(exercise.watchFor[0] as string).waitFor();
  const find = page.getByLabel('Find candidates');
  await find.fill('Sa');
  await page.getByRole('button', { name: 'Add Sam Seeker' }).click(WAIT);
  await page.getByText('· no portal account yet').waitFor();
  await expectAccessible(page);
  await find.fill('Nia');
  await page.getByRole('button', { name: 'Add Nia Norris' }).click(WAIT);
  await page.getByRole('heading', { name: 'Chosen: 2 of at most 12' }).waitFor();
  await page.getByRole('button', { name: 'Create the run' }).click();
  await page.getByRole('heading', { level: 1, name: exercise.title }).waitFor(WAIT);
  const runId = Number(new URL(page.url()).pathname.split('/').at(-1));
  await page.getByRole('heading', { name: 'Candidates (2)' }).waitFor();
  await expectAccessible(page);

  // Before the start, the seeker waits.
  await actAs(j, sam);
  await page.goto(`${j.base}/app/practice/group`);
  await page
    .getByRole('heading', { level: 1, name: 'Group interviews and assessment centres' })
    .waitFor(WAIT);
  await page.getByRole('heading', { name: 'What assessors watch for' }).waitFor();
  const firstItem = page.locator('.prep-list input[type="checkbox"]').first();
  await firstItem.check();
  await page.getByText('1 of').waitFor(WAIT);
  await expectAccessible(page);
  await page.getByRole('link', { name: exercise.title }).click();
  await page.getByText('The recruiter will start the exercise').waitFor(WAIT);
  await page.getByText('you and 1 other candidate').waitFor();
  expect(await page.getByText('Nia Norris').count()).toBe(0);
  await expectAccessible(page);

  // The recruiter starts the clock in their own browser; the seeker's waiting page picks it up.
  const ritaPage = await recruiterWindow(rita);
  await ritaPage.goto(`${j.base}/app/group-runs/${runId}`);
  await ritaPage.getByRole('button', { name: 'Start the clock' }).click(WAIT);
  await ritaPage.getByRole('timer').waitFor(WAIT);
  await ritaPage.context().close();

  // The seeker sees the brief and the countdown, and writes notes that are saved.
  await page.getByRole('heading', { name: 'The brief' }).waitFor(WAIT);
  await page.getByText(exercise.brief.slice(0, 60)).waitFor();
  const clock = (await page.getByRole('timer').textContent()) ?? '';
  expect(clock).toMatch(new RegExp(`^(${exercise.minutes}:00|${exercise.minutes - 1}:[0-5]\\d)$`));
  const notes = 'Private plan: tarpaulin first, then blankets.';
  await page.getByLabel('Private notes').fill(notes);
  await page.getByText('Saved', { exact: true }).waitFor(WAIT);
  await expectAccessible(page);
  await page.reload();
  await page.getByRole('heading', { name: 'The brief' }).waitFor(WAIT);
  expect(await page.getByLabel('Private notes').inputValue()).toBe(notes);

  // A save that fails says so and can be retried; nothing typed is lost.
  const notesUrl = `**/api/v1/me/group-runs/${runId}/notes`;
  await page.route(notesUrl, (route) => route.abort());
  await page.getByLabel('Private notes').fill(`${notes} Then the rope.`);
  await page.getByText(/^Not saved: Could not reach the server/).waitFor(WAIT);
  await page.unroute(notesUrl);
  await page.getByRole('button', { name: 'Try saving again' }).click();
  await page.getByText('Saved', { exact: true }).waitFor(WAIT);
  await page.reload();
  await page.getByRole('heading', { name: 'The brief' }).waitFor(WAIT);
  expect(await page.getByLabel('Private notes').inputValue()).toBe(`${notes} Then the rope.`);

  // On a phone the page fits the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoHorizontalOverflow(page);
  await page.setViewportSize({ width: 1280, height: 900 });

  // Time is up: the seeker reviews themselves.
  await j.t.ctx.db
    .updateTable('group_run')
    .set({ ends_at: new Date(Date.now() - 1000).toISOString() })
    .where('id', '=', runId)
    .execute();
  await page.reload();
  await page.getByRole('heading', { name: 'Review yourself' }).waitFor(WAIT);
  await page.getByLabel('How did it go?').fill('I kept time and asked Nia for her ranking.');
  await page.getByRole('radio', { name: /^4/ }).check();
  await page.getByRole('button', { name: 'Save my review' }).click();
  await page.getByText('Your review is saved. Your recruiter can read it.').waitFor(WAIT);
  await expectAccessible(page);

  // The recruiter reads the review and the rating, never the notes.
  await actAs(j, rita);
  await page.goto(`${j.base}/app/group-runs/${runId}`);
  await page.getByText('I kept time and asked Nia for her ranking.').waitFor(WAIT);
  await page.getByText('Self-rating: 4 out of 5').waitFor();
  expect(await page.locator('main').textContent()).not.toContain('Private plan');
  await page.getByRole('button', { name: 'Finish the exercise' }).click();
  await page.getByText(/^Closed ·/).waitFor(WAIT);
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Group exercises' }).first().click();
  await page.getByRole('cell', { name: 'Closed' }).waitFor(WAIT);
});
