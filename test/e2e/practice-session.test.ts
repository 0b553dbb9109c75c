import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createUser, request, type TestUser } from '../../src/server/testing/harness.ts';
import {
  actAs,
  expectAccessible,
  expectNoHorizontalOverflow,
  type Journey,
  seekerApplicant,
  startJourney,
} from './support.ts';

// A job seeker practises for an upcoming interview: one question at a time against the clock,
// the prepared answer and the guide revealed, a rating for each; a question rated "again"
// comes back as due today, and the summary says what to work on.

const WAIT = { timeout: 10_000 };
let j: Journey;
beforeAll(async () => {
  j = await startJourney();
});
afterAll(async () => j?.close());

async function api(user: TestUser, method: string, url: string, payload?: Record<string, unknown>) {
  const res = await request(j.t, { method, url, cookie: user.cookie, payload });
  expect(res.statusCode, res.body).toBeLessThan(300);
  return res.json();
}

/** A seeker with a booked video interview for a Marketing opening. */
async function seekerWithInterview(t: Journey, name: string) {
  const rita = await createUser(t.t, 'recruiter', 'Rita Recruiter');
  const { seeker, applicationId } = await seekerApplicant(t.t, {
    seekerName: name,
    recruiter: rita,
    company: 'Harbour Bank',
    title: 'Marketing Assistant',
    field: 'Marketing',
  });
  const call = (method: string, url: string, payload?: Record<string, unknown>) =>
    request(t.t, { method, url, cookie: rita.cookie, payload });
  const startsAt = new Date(Date.now() + 5 * 86_400_000);
  startsAt.setUTCHours(15, 0, 0, 0);
  const iv = await call('POST', `/api/v1/applications/${applicationId}/interviews`, {
    round: 'first',
    format: 'video',
    durationMinutes: 45,
    videoUrl: 'https://meet.example/x',
    zone: 'America/Toronto',
    times: [{ startsAt: startsAt.toISOString() }],
  });
  expect(iv.statusCode, iv.body).toBe(201);
  return { seeker, interviewId: iv.json().id as number };
}

async function answerCurrent(page: Page, rating: RegExp, typed?: string) {
  await page.getByRole('button', { name: 'Start the clock' }).click();
  await page.getByRole('timer').waitFor();
  if (typed) await page.getByLabel('Type your answer (optional)').fill(typed);
  await page.getByRole('button', { name: 'I have answered' }).click();
  await page.getByRole('heading', { name: 'Compare' }).waitFor();
  await page.getByRole('radio', { name: rating }).check();
}

it('a seeker practises for an interview, rates answers, and sees a weak one come back when due', async () => {
  const { page } = j;
  const { seeker, interviewId } = await seekerWithInterview(j, 'Sam Seeker');
  await actAs(j, seeker);

  // From the interview page, straight to practice for it.
  await page.goto(`${j.base}/app/interviews/${interviewId}`);
  await page.getByRole('link', { name: 'Practise for this interview' }).click();
  await page.getByRole('heading', { level: 1, name: 'Practice' }).waitFor(WAIT);
  await page.getByText('0 questions are due for review today').waitFor();
  expect(await page.getByRole('radio', { name: 'An interview I have coming up' }).isChecked()).toBe(true);
  await page.getByLabel('Questions', { exact: true }).selectOption('3');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('heading', { level: 1, name: 'First interview at Harbour Bank' }).waitFor(WAIT);
  await page.getByText('Question 1 of 3').waitFor();

  // Question 1: typed, rated "again"; the rating is required.
  const first = (await page.locator('#practice-question').textContent()) ?? '';
  await page.getByRole('button', { name: 'Start the clock' }).click();
  await page.getByLabel('Type your answer (optional)').fill('I would start by listening.');
  await page.getByRole('button', { name: 'I have answered' }).click();
  await page.getByText('What the interviewer looks for').waitFor();
  await page.getByText('I would start by listening.').waitFor();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Save and go on' }).click();
  await page.getByText('Choose how it went').waitFor();
  await page.getByRole('radio', { name: /^Again/ }).check();
  await page.getByRole('button', { name: 'Save and go on' }).click();
  await page.getByText('Question 2 of 3').waitFor(WAIT);

  await answerCurrent(page, /^Good/);
  await page.getByRole('button', { name: 'Save and go on' }).click();
  await page.getByText('Question 3 of 3').waitFor(WAIT);
  await answerCurrent(page, /^Easy/);
  await page.getByRole('button', { name: 'Save and see the summary' }).click();
  await page.getByRole('heading', { name: 'Session summary' }).waitFor(WAIT);
  await page.getByText(/^3 of 3 questions answered in/).waitFor();
  const workOn = page.locator('.work-on');
  await workOn.getByRole('link', { name: first }).waitFor();
  await workOn.getByText(/You could not answer it yet/).waitFor();
  await expectAccessible(page);

  // Back home: the "again" question is due today, and a review session asks exactly it.
  await page.getByRole('link', { name: 'Back to practice' }).click();
  await page.getByText('1 question is due for review today').waitFor(WAIT);
  const progress = page.getByRole('region', { name: 'Your progress' });
  await progress.getByText(/3 answers and 0 writing tests/).waitFor(WAIT);
  await progress.getByRole('img', { name: /answers and writing tests per week/ }).waitFor();
  await expectAccessible(page);
  await page.getByRole('radio', { name: /The questions due for review/ }).check();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('heading', { level: 1, name: 'Questions due for review' }).waitFor(WAIT);
  await page.getByText('Question 1 of 1').waitFor();
  expect(await page.locator('#practice-question').textContent()).toBe(first);

  // The portal home shows the count too.
  await page.goto(`${j.base}/app`);
  await page
    .getByRole('region', { name: 'Practice' })
    .getByText('1 question is due for review today.')
    .waitFor(WAIT);
  const home = await api(seeker, 'GET', '/api/v1/me/practice?tz=America/St_Johns');
  expect(home).toMatchObject({ dueToday: 1, practised: 3 });
});

it('fits a phone', async () => {
  const phone = await startJourney({ mobile: true });
  try {
    const { seeker } = await seekerWithInterview(phone, 'Pat Phone');
    const s = await request(phone.t, {
      method: 'POST',
      url: '/api/v1/me/practice',
      cookie: seeker.cookie,
      payload: { source: 'field', field: 'Marketing', count: 3 },
    });
    await actAs(phone, seeker);
    await phone.page.goto(`${phone.base}/app/practice/sessions/${s.json().id}`);
    await phone.page.getByRole('button', { name: 'Start the clock' }).click();
    await phone.page.getByRole('button', { name: 'I have answered' }).click();
    await phone.page.getByRole('heading', { name: 'Compare' }).waitFor(WAIT);
    await expectNoHorizontalOverflow(phone.page);
  } finally {
    await phone.close();
  }
});
