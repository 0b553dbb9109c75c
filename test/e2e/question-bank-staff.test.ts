import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createUser, request, type TestApp, type TestUser } from '../../src/server/testing/harness.ts';
import {
  expectAccessible,
  expectNoHorizontalOverflow,
  fieldError,
  type Journey,
  signInAs,
  startJourney,
} from './support.ts';

// The recruiter's question bank: search and filter it, add a question one client company asks,
// edit and retire it; and the practice answers a job seeker chose to share, on their record.

const WAIT = { timeout: 10_000 };

let j: Journey;
let rita: TestUser;
let companyId: number;

async function call(
  t: TestApp,
  user: TestUser,
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  payload?: object,
) {
  const res = await request(t, {
    method,
    url,
    cookie: user.cookie,
    ...(payload ? { payload: payload as Record<string, unknown> } : {}),
  });
  expect(res.statusCode, res.body).toBeLessThan(300);
  return res.json();
}

/** What the API counts for a query string, to compare with what the page says. */
const totalFor = async (qs: string): Promise<number> =>
  (await call(j.t, rita, 'GET', `/api/v1/questions?${qs}`)).total;

const countText = (page: Page) => page.locator('.result-count');

async function expectCount(page: Page, text: string): Promise<void> {
  await expect.poll(() => countText(page).textContent(), WAIT).toBe(text);
}

beforeAll(async () => {
  j = await startJourney();
  rita = await signInAs(j, 'recruiter', 'Rita Recruiter');
  companyId = (await call(j.t, rita, 'POST', '/api/v1/companies', { name: 'Harbour Bank' })).id;
});
afterAll(async () => j?.close());

it('searches and filters the bank, then adds, edits, retires and restores a company question', async () => {
  const { page } = j;
  await page.goto(`${j.base}/app/my-day`);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Practice', exact: true })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Question bank' }).waitFor(WAIT);
  const all = await totalFor('');
  expect(all).toBeGreaterThan(100);
  await expectCount(page, `${all.toLocaleString('en-US')} questions`);
  expect(await countText(page).getAttribute('role')).toBe('status');

  // Fifty a page: the next page starts reading from its count, and page numbers lead back.
  const pages = page.getByRole('navigation', { name: 'Pages of questions' });
  const firstOnPage = () =>
    page.getByRole('list', { name: 'Questions' }).locator('summary').first().textContent();
  const firstQuestion = await firstOnPage();
  await pages.getByRole('link', { name: 'Next page' }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('page'), WAIT).toBe('2');
  await expect.poll(firstOnPage, WAIT).not.toBe(firstQuestion);
  expect(await pages.locator('[aria-current="page"]').textContent()).toBe('Page 2');
  await expect.poll(() => countText(page).evaluate((el) => el === document.activeElement), WAIT).toBe(true);
  await pages.getByRole('link', { name: 'Page 1', exact: true }).click();
  await expect.poll(firstOnPage, WAIT).toBe(firstQuestion);

  // A search, then a field on top of it, then the search cleared: the count follows each time.
  const search = page.getByRole('search', { name: 'Search the question bank' });
  await search.getByLabel('Search', { exact: true }).fill('salary');
  await search.getByRole('button', { name: 'Search' }).click();
  const salary = await totalFor('q=salary');
  expect(salary).toBeGreaterThanOrEqual(2);
  await expectCount(page, `${salary} questions match the search`);
  await page
    .getByRole('list', { name: 'Questions' })
    .getByText('What are your salary expectations?')
    .waitFor();
  expect(new URL(page.url()).searchParams.get('q')).toBe('salary');
  await search.getByLabel('Field').selectOption('Finance');
  await expectCount(page, `${await totalFor('q=salary&field=Finance')} questions match the search`);
  await search.getByLabel('Search', { exact: true }).fill('');
  await search.getByRole('button', { name: 'Search' }).click();
  const finance = await totalFor('field=Finance');
  expect(finance).toBeGreaterThan(0);
  expect(finance).toBeLessThan(all);
  await expectCount(page, `${finance} questions match the search`);
  // The URL keeps the filter: a reload shows the same list.
  await page.reload();
  await expectCount(page, `${finance} questions match the search`);
  expect(await search.getByLabel('Field').inputValue()).toBe('Finance');
  await search.getByLabel('Field').selectOption('');
  await expectCount(page, `${all.toLocaleString('en-US')} questions`);

  // A question too short to be one: the error sits by it, takes focus, and nothing else is lost.
  await page.getByRole('button', { name: 'Add a question' }).click();
  const form = page.getByRole('form', { name: 'Add a question' });
  const text = form.getByLabel('Question', { exact: true });
  await text.fill('Why us?');
  await form.getByLabel('Category').selectOption('motivation-fit');
  await form.getByLabel('Company').selectOption({ label: 'Harbour Bank' });
  await form.getByLabel('Finance').check();
  await form
    .getByLabel('What the interviewer looks for (optional)')
    .fill('Knows our branches.\nHas read our news.');
  await form.getByRole('button', { name: 'Add the question' }).click();
  await expect.poll(() => fieldError(page, text), WAIT).toBe('Write the question in full');
  await expect.poll(() => text.evaluate((el) => el === document.activeElement), WAIT).toBe(true);
  expect(await form.getByLabel('What the interviewer looks for (optional)').inputValue()).toBe(
    'Knows our branches.\nHas read our news.',
  );
  expect(await form.getByLabel('Finance').isChecked()).toBe(true);
  expect(await totalFor(`companyId=${companyId}`)).toBe(0);

  const wording = 'Why do you want to work at Harbour Bank rather than another bank?';
  await text.fill(wording);
  await form.getByLabel('Guide to a strong answer (optional)').fill('Name one thing only we do.');
  await form.getByRole('button', { name: 'Add the question' }).click();
  await page.getByText('Saved. The question is in the bank.').waitFor(WAIT);
  const { items } = await call(j.t, rita, 'GET', `/api/v1/questions?companyId=${companyId}`);
  expect(items).toHaveLength(1);
  expect(items[0]).toMatchObject({
    text: wording,
    category: 'motivation-fit',
    difficulty: 'medium',
    fields: ['Finance'],
    lookingFor: 'Knows our branches.\nHas read our news.',
    guide: 'Name one thing only we do.',
    company: { id: companyId, name: 'Harbour Bank' },
    source: 'agency',
    retired: false,
  });
  const questionId = items[0].id as number;

  // Found by its company; unfolded, it says what the interviewer looks for.
  await search.getByLabel('Company').selectOption({ label: 'Harbour Bank' });
  await expectCount(page, '1 question matches the search');
  const item = page.getByRole('list', { name: 'Questions' }).getByRole('listitem');
  await item.getByText(wording).click();
  await item.getByText('Knows our branches.').waitFor();
  await item.getByText('Only for Harbour Bank').waitFor();

  await item.getByRole('button', { name: 'Edit' }).click();
  const edit = item.getByRole('form', { name: 'Edit the question' });
  expect(await edit.getByLabel('Question', { exact: true }).inputValue()).toBe(wording);
  await edit.getByLabel('Difficulty').selectOption('hard');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await item.getByText('Saved.', { exact: true }).waitFor(WAIT);
  await item.getByText(/Motivation and fit · Hard · Finance · Only for Harbour Bank/).waitFor(WAIT);
  expect((await call(j.t, rita, 'GET', `/api/v1/questions/${questionId}`)).difficulty).toBe('hard');

  // Retired, it leaves the list unless retired questions are asked for.
  await item.getByRole('button', { name: 'Retire' }).click();
  await page.getByText(`Retired: “${wording}”. Job seekers no longer see it.`).waitFor(WAIT);
  await expectCount(page, '0 questions match the search');
  await page.getByText('No questions match. Try fewer words or another filter.').waitFor();
  expect((await call(j.t, rita, 'GET', `/api/v1/questions/${questionId}`)).retired).toBe(true);
  // The box follows the URL, so it shows ticked once the router has moved: click, then wait.
  const showRetired = search.getByLabel('Show retired questions');
  await showRetired.click();
  await expect.poll(() => showRetired.isChecked(), WAIT).toBe(true);
  await expectCount(page, '1 question matches the search');
  expect(new URL(page.url()).searchParams.get('retired')).toBe('true');
  await item.locator('.badge', { hasText: 'Retired' }).waitFor();
  await item.getByText(wording).click();
  await item.getByRole('button', { name: 'Restore' }).click();
  await page.getByText(`Restored: “${wording}”. Job seekers see it again.`).waitFor(WAIT);
  await expect.poll(() => item.locator('.badge', { hasText: 'Retired' }).count(), WAIT).toBe(0);
  expect((await call(j.t, rita, 'GET', `/api/v1/questions/${questionId}`)).retired).toBe(false);
  await showRetired.click();
  await expect.poll(() => showRetired.isChecked(), WAIT).toBe(false);
  await expectCount(page, '1 question matches the search');

  // A question unfolded and the add form open: nothing for axe to flag.
  if ((await item.locator('details[open]').count()) === 0) await item.locator('summary').click();
  await item.getByRole('button', { name: 'Edit' }).waitFor();
  await page.getByRole('button', { name: 'Add a question' }).click();
  await form.getByLabel('Question', { exact: true }).waitFor();
  await expectAccessible(page);
});

it('shows a recruiter the answers a job seeker shared, and never the others', async () => {
  const { page } = j;
  const seeker = await createUser(j.t, 'candidate', 'Sam Seeker');
  const { candidate } = await call(j.t, rita, 'POST', '/api/v1/candidates', {
    name: 'Sam Seeker',
    email: seeker.email,
    ownerId: rita.id,
  });
  // The seeker's portal account is their candidate record's, as an accepted invitation makes it.
  await j.t.ctx.db
    .updateTable('candidate')
    .set({ user_id: seeker.id })
    .where('id', '=', candidate.id)
    .execute();
  const [shared, kept] = (await call(j.t, rita, 'GET', '/api/v1/questions?q=salary')).items as {
    id: number;
    text: string;
  }[];
  if (!shared || !kept) throw new Error('the bank should hold two questions about salary');
  await call(j.t, seeker, 'PUT', `/api/v1/me/answers/${shared.id}`, {
    body: 'Around 70,000, based on the posted range.\nI am flexible for the right role.',
    shared: true,
  });
  await call(j.t, seeker, 'PUT', `/api/v1/me/answers/${kept.id}`, {
    body: 'A private draft I am not ready to show.',
    shared: false,
  });
  expect(await call(j.t, rita, 'GET', `/api/v1/candidates/${candidate.id}/answers`)).toHaveLength(1);

  await page.goto(`${j.base}/app/candidates/${candidate.id}`);
  const section = page.getByRole('region', { name: 'Practice answers they shared' });
  const answers = section.getByRole('list', { name: 'Shared practice answers' }).getByRole('listitem');
  await answers.first().waitFor(WAIT);
  expect(await answers.count()).toBe(1);
  await answers.getByText(shared.text).waitFor();
  // The line break the seeker typed is still there, as rendered (textContent would keep it even
  // if the page collapsed it).
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what is checked
  expect(await answers.locator('.cover-note').innerText()).toBe(
    'Around 70,000, based on the posted range.\nI am flexible for the right role.',
  );
  expect(await page.getByText('A private draft I am not ready to show.').count()).toBe(0);
  expect(await section.getByText(kept.text).count()).toBe(0);
  await expectAccessible(page);

  // Someone without a portal account has shared nothing, and the page says so.
  const other = await call(j.t, rita, 'POST', '/api/v1/candidates', { name: 'Nia Offline' });
  await page.goto(`${j.base}/app/candidates/${other.candidate.id}`);
  await page
    .getByRole('region', { name: 'Practice answers they shared' })
    .getByText('They have not shared any practice answers.')
    .waitFor(WAIT);
});

it('fits a phone: the bank, an unfolded question and the form never scroll sideways', async () => {
  const phone = await startJourney({ mobile: true });
  try {
    const { page } = phone;
    await signInAs(phone, 'recruiter', 'Ron Recruiter');
    await page.goto(`${phone.base}/app/questions?q=salary`);
    const item = page.getByRole('list', { name: 'Questions' }).getByRole('listitem').first();
    await item.waitFor(WAIT);
    await expectNoHorizontalOverflow(page);
    await item.locator('summary').click();
    await item.getByRole('button', { name: 'Retire' }).waitFor();
    await page.getByRole('button', { name: 'Add a question' }).click();
    await page.getByRole('form', { name: 'Add a question' }).getByLabel('Finance').waitFor();
    await expectNoHorizontalOverflow(page);
  } finally {
    await phone.close();
  }
});
