import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createUser, request } from '../../src/server/testing/harness.ts';
import {
  actAs,
  expectAccessible,
  expectNoHorizontalOverflow,
  type Journey,
  startJourney,
} from './support.ts';

// A recruiter runs a mock interview from the candidate page: picks three questions from the
// bank by search, scores each answer on the rubric (one slip caught on the way), writes the
// feedback and shares it. The job seeker then signs in and reads it on their portal.

const WAIT = { timeout: 10_000 };
let j: Journey;
beforeAll(async () => {
  j = await startJourney();
});
afterAll(async () => j?.close());

const PICKS = [
  ['supplier invoice', /process a supplier invoice/],
  ['offsite', /organise a two-day offsite/],
  ['security questions', /cannot pass the security questions/],
] as const;

/** Chooses the score radios of one criterion group inside a question's form. */
async function rate(page: Page, question: RegExp, scores: Record<string, string>) {
  const form = page.getByRole('form', { name: question });
  for (const [criterion, label] of Object.entries(scores))
    await form.getByRole('group', { name: criterion }).getByRole('radio', { name: label }).check();
  return form;
}

it('a recruiter runs a mock interview and the candidate reads the feedback', async () => {
  const { page } = j;
  const rita = await createUser(j.t, 'recruiter', 'Rita Recruiter');
  const sam = await createUser(j.t, 'candidate', 'Sam Seeker');
  const created = await request(j.t, {
    method: 'POST',
    url: '/api/v1/candidates',
    cookie: rita.cookie,
    payload: { name: 'Sam Seeker', email: sam.email, ownerId: rita.id },
  });
  expect(created.statusCode, created.body).toBe(201);
  const candidateId = created.json().candidate.id as number;
  await j.t.ctx.db.updateTable('candidate').set({ user_id: sam.id }).where('id', '=', candidateId).execute();

  await actAs(j, rita);
  await page.goto(`${j.base}/app/candidates/${candidateId}`);
  await page.getByRole('heading', { name: 'Mock interviews' }).waitFor(WAIT);
  await page.getByText('No mock interviews yet.').waitFor(WAIT);
  await page.getByRole('link', { name: 'Run a mock interview' }).click();
  await page.getByRole('heading', { level: 1, name: 'Run a mock interview with Sam Seeker' }).waitFor(WAIT);

  // Starting with no questions is caught before anything is sent.
  await page.getByRole('button', { name: 'Start the mock interview' }).click();
  await page.getByText('Choose at least one question').waitFor(WAIT);

  await page.getByLabel('Title').fill('Practice for the office administrator role');
  const search = page.getByRole('searchbox', { name: 'Search the questions' });
  for (const [words, text] of PICKS) {
    await search.fill(words);
    const add = page.getByRole('button', { name: new RegExp(`^Add: .*${text.source}`) });
    await add.waitFor(WAIT);
    await add.click();
  }
  await page.getByRole('heading', { name: 'Questions to ask (3 of 15)' }).waitFor(WAIT);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Start the mock interview' }).click();

  await page
    .getByRole('heading', { level: 1, name: 'Practice for the office administrator role' })
    .waitFor(WAIT);
  expect(new URL(page.url()).pathname).toMatch(/^\/app\/mock-interviews\/\d+$/);
  await page.getByText('What the interviewer looks for:').first().waitFor(WAIT);

  // The first answer: Delivery forgotten, the form says so and keeps focus there.
  const first = await rate(page, PICKS[0][1], {
    Structure: '4 · Good',
    Relevance: '5 · Excellent',
    Evidence: '2 · Weak',
  });
  await first.getByLabel('Comment on this answer').fill('Clear steps; say who signs off and why.');
  await first.getByRole('button', { name: 'Save the scores for question 1' }).click();
  await first.getByText('Choose a score for Delivery').waitFor(WAIT);
  await expectAccessible(page);
  await first.getByRole('group', { name: 'Delivery' }).getByRole('radio', { name: '3 · Adequate' }).check();
  await first.getByRole('button', { name: 'Save the scores for question 1' }).click();
  await first.getByText('Saved.').waitFor(WAIT);
  expect(await first.getByText('Choose a score for Delivery').count()).toBe(0);

  for (const [i, [, text]] of PICKS.slice(1).entries()) {
    const form = await rate(page, text, {
      Structure: '3 · Adequate',
      Relevance: '4 · Good',
      Evidence: '1 · Missing',
      Delivery: '4 · Good',
    });
    await form.getByRole('button', { name: `Save the scores for question ${i + 2}` }).click();
    await form.getByText('Saved.').waitFor(WAIT);
  }
  await page.getByText('3 of 3 answers scored').waitFor(WAIT);
  await page.getByText(/^Evidence is the area to work on first \(1\.3 of 5\)/).waitFor(WAIT);

  await page
    .getByLabel('Feedback for the candidate')
    .fill('You structure answers well. Bring one number or result to every story.');
  await page.getByRole('button', { name: 'Save the feedback' }).click();
  await page.getByText('Feedback saved.').waitFor(WAIT);
  await page.getByRole('button', { name: 'Share with the candidate' }).click();
  await page.getByText(/^Shared with the candidate on/).waitFor(WAIT);
  // Shared means final: the scores are read-only now.
  expect(await page.getByRole('button', { name: /Save the scores/ }).count()).toBe(0);
  await expectAccessible(page);

  // The candidate signs in and finds it on the portal home.
  await actAs(j, sam);
  await page.goto(`${j.base}/app/`);
  await page.getByRole('heading', { name: 'Mock interview feedback' }).waitFor(WAIT);
  await page.getByRole('link', { name: 'Practice for the office administrator role' }).click();
  await page
    .getByRole('heading', { level: 1, name: 'Practice for the office administrator role' })
    .waitFor(WAIT);
  await page.getByText('Bring one number or result to every story.').waitFor(WAIT);
  await page.getByText('Clear steps; say who signs off and why.').waitFor(WAIT);
  await page.getByText(/^Evidence is the area to work on first/).waitFor(WAIT);
  expect(await page.getByText(rita.email).count()).toBe(0);
  await expectAccessible(page);

  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoHorizontalOverflow(page);
});
