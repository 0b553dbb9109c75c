import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createUser, request } from '../../src/server/testing/harness.ts';
import { answerLength, starText } from '../../src/web/features/practice/bank/text.ts';
import {
  actAs,
  expectAccessible,
  expectNoHorizontalOverflow,
  fieldError,
  type Journey,
  signInAs,
  startJourney,
} from './support.ts';

// The job seeker prepares an answer: finds a behavioural question in the bank, writes it as a
// STAR story while the word count and speaking time follow along, saves, improves it, goes back
// to the earlier version, and keeps a story for it in their story bank. Nobody else sees any of it.

const QUESTION = 'Describe a time you disagreed with a colleague. How did you handle it?';
const STAR = {
  situation: 'At my last job the team split over a release date.',
  task: 'I had to agree a plan with the lead developer by Friday.',
  action: 'I listed the risks on both sides and asked him to pick the two that mattered most.',
  result: 'We shipped a week later with no incidents.',
};
const BETTER_RESULT = 'We shipped a week later with no incidents, and the client renewed for two years.';

let j: Journey;
beforeAll(async () => {
  j = await startJourney();
});
afterAll(async () => j?.close());

const heading = (page: Page, name: string) =>
  page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
const length = (page: Page, text: string) => page.locator('#answer-length', { hasText: text }).waitFor();

async function saveAndWait(page: Page) {
  await page.getByRole('button', { name: 'Save answer' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: /^Saved$/ })
    .waitFor();
}

it('a seeker writes a STAR answer, improves it, restores a version and links a story', async () => {
  const { page } = j;
  const sam = await signInAs(j, 'candidate', 'Sam Seeker');

  // Search the bank; the search is kept in the URL.
  await page.goto(`${j.base}/app/practice/questions`);
  await heading(page, 'Question bank');
  await page.getByText(/questions in the bank/).waitFor();
  await page.getByLabel('Words in the question').fill('disagreed');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByLabel('Category').selectOption({ label: 'Behavioural' });
  await page.waitForURL(/q=disagreed/);
  expect(page.url()).toContain('category=behavioural');
  await page.getByRole('status').filter({ hasText: /match/ }).waitFor();
  await expectAccessible(page);
  await page.getByRole('link', { name: QUESTION }).click();
  await heading(page, QUESTION);
  const questionId = Number(new URL(page.url()).pathname.split('/').pop());
  await page.getByRole('heading', { name: 'What the interviewer looks for' }).waitFor();

  // Four labelled STAR parts; the count follows the typing.
  await length(page, 'No words yet');
  const part = (label: string) => page.getByRole('textbox', { name: label, exact: true });
  await part('Situation').fill(STAR.situation);
  await length(page, answerLength(STAR.situation));
  await part('Task').fill(STAR.task);
  await part('Action').fill(STAR.action);
  await part('Result').fill(STAR.result);
  const firstText = starText(STAR);
  await length(page, answerLength(firstText));
  expect(answerLength(firstText)).toMatch(/^\d+ words, about \d+ s spoken$/);
  await page.getByRole('checkbox', { name: 'Share with my recruiter' }).check();
  await expectAccessible(page);
  await saveAndWait(page);
  await page.getByText('Each time you save a change').waitFor();

  // A better result; the first answer becomes an earlier version.
  await part('Result').fill(BETTER_RESULT);
  await length(page, answerLength(starText({ ...STAR, result: BETTER_RESULT })));
  await saveAndWait(page);
  const versions = page.getByRole('list', { name: 'Earlier versions, newest first' }).getByRole('listitem');
  await expect.poll(() => versions.count()).toBe(1);
  expect(await versions.first().textContent()).toContain(STAR.result);
  await versions.first().getByRole('button', { name: 'Use this version' }).click();
  expect(await part('Result').inputValue()).toBe(STAR.result);
  await length(page, answerLength(firstText));
  await saveAndWait(page);
  await expect.poll(() => versions.count()).toBe(2);
  const saved = await request(j.t, {
    method: 'GET',
    url: `/api/v1/me/answers/${questionId}`,
    cookie: sam.cookie,
  });
  expect(saved.json()).toMatchObject({ star: STAR, shared: true });

  // A story for this question, tagged with skills (an alias becomes the vocabulary's name).
  await page.getByRole('button', { name: 'Write a new story' }).click();
  await page.getByRole('button', { name: 'Save story' }).click();
  await expect
    .poll(() => fieldError(page, page.getByLabel('Title', { exact: true })))
    .toBe('Give the story a title');
  await page.getByLabel('Title', { exact: true }).fill('The release-date standoff');
  await page.getByLabel('The story', { exact: true }).fill(`${STAR.situation} ${STAR.action}`);
  const skills = page.getByRole('combobox', { name: 'Skills it shows', exact: true });
  await skills.pressSequentially('Team player,');
  await skills.pressSequentially('Calming angry llamas');
  await skills.press('Enter');
  await page.getByRole('button', { name: 'Save story' }).click();
  await page.getByText('Saved The release-date standoff and linked it.').waitFor();
  const linked = page.getByRole('list', { name: 'Stories linked to this question' });
  await linked.getByRole('heading', { name: 'The release-date standoff' }).waitFor();
  expect(
    await linked
      .getByRole('list', { name: 'Skills in The release-date standoff' })
      .getByRole('listitem')
      .allTextContents(),
  ).toEqual(['Teamwork', 'Calming angry llamas']);

  // Phone width, once: the editor fits.
  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoHorizontalOverflow(page);
  await page.setViewportSize({ width: 1280, height: 900 });

  // The story bank and the answers list show both.
  await page.goto(`${j.base}/app/practice/stories`);
  await heading(page, 'My stories');
  await page
    .getByRole('list', { name: 'Questions The release-date standoff answers' })
    .getByRole('link', { name: QUESTION })
    .waitFor();
  // Add, rename and delete a second story.
  await page.getByRole('button', { name: 'Add a story' }).click();
  await page.getByLabel('Title', { exact: true }).fill('The failed migration');
  await page
    .getByLabel('The story', { exact: true })
    .fill('The import lost a day of orders; I rebuilt them.');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Save story' }).click();
  await page.getByText('Saved The failed migration.').waitFor();
  await page.getByRole('button', { name: 'Edit The failed migration' }).click();
  await page.getByLabel('Title', { exact: true }).fill('The migration I rescued');
  await page.getByRole('button', { name: 'Save story' }).click();
  await page.getByText('Saved The migration I rescued.').waitFor();
  await page.getByRole('button', { name: 'Delete The migration I rescued' }).click();
  await page.getByRole('button', { name: 'Delete the story' }).click();
  await page.getByText('Deleted The migration I rescued.').waitFor();
  const stories = page.getByRole('list', { name: 'Your stories' }).getByRole('heading', { level: 2 });
  expect(await stories.allTextContents()).toEqual(['The release-date standoff']);

  await page.goto(`${j.base}/app/practice/answers`);
  await heading(page, 'My answers');
  await page.getByText(answerLength(firstText), { exact: false }).waitFor();
  await page.getByRole('link', { name: `Edit your answer to ${QUESTION}` }).waitFor();
  await page.goto(`${j.base}/app/practice/questions?q=disagreed`);
  await page.getByRole('listitem').filter({ hasText: QUESTION }).getByText('You have an answer').waitFor();

  // Another seeker sees none of it.
  const nia = await createUser(j.t, 'candidate', 'Nia Other');
  const theirs = await request(j.t, {
    method: 'GET',
    url: `/api/v1/me/answers/${questionId}`,
    cookie: nia.cookie,
  });
  expect(theirs.statusCode).toBe(404);
  await actAs(j, nia);
  await page.goto(`${j.base}/app/practice/questions?q=disagreed`);
  await page.getByRole('link', { name: QUESTION }).waitFor();
  expect(await page.getByText('You have an answer').count()).toBe(0);
  await page.goto(`${j.base}/app/practice/questions/${questionId}`);
  await length(page, 'No words yet');
  await page.getByText('No story linked yet.').waitFor();
});

it('staff are told the pages are for job seekers', async () => {
  await j.page.context().clearCookies();
  await signInAs(j, 'recruiter', 'Rita Recruiter');
  await j.page.goto(`${j.base}/app/practice/stories`);
  await heading(j.page, 'This page is for job seekers');
});
