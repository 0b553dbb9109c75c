import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { request, type TestUser } from '../../src/server/testing/harness.ts';
import {
  expectAccessible,
  expectNoHorizontalOverflow,
  type Journey,
  seedOpening,
  signInAs,
  startJourney,
} from './support.ts';

/** How long a poll waits for the page to catch up: long enough for a busy CI machine. */
const WAIT = { timeout: 10_000 };

let j: Journey;
let rita: TestUser;
let openingId: number;
const apps: Record<string, number> = {};

beforeAll(async () => {
  j = await startJourney();
  rita = await signInAs(j, 'recruiter', 'Rita Recruiter');
  // One position to fill, four people in its pipeline, and another opening beside it.
  openingId = (await seedOpening(j.t, rita.cookie, { company: 'Acme Tools', title: 'Backend Developer' })).id;
  const other = (await seedOpening(j.t, rita.cookie, { company: 'Globex', title: 'Data Analyst' })).id;
  for (const [name, opening] of [
    ['Priya Patel', openingId],
    ['Sam Lee', openingId],
    ['Ana Ruiz', openingId],
    ['Omar Haddad', openingId],
    ['Bea Brown', other],
  ] as const) {
    apps[name] = await submit(name, opening);
  }
});
afterAll(async () => j?.close());

async function api(method: 'GET' | 'POST', url: string, payload?: Record<string, unknown>) {
  const res = await request(j.t, { method, url, cookie: rita.cookie, ...(payload ? { payload } : {}) });
  expect(res.statusCode, res.body).toBeLessThan(300);
  return res.json();
}

async function submit(name: string, opening: number): Promise<number> {
  const { candidate } = await api('POST', '/api/v1/candidates', {
    name,
    headline: `${name.split(' ')[0]}, developer`,
  });
  return (await api('POST', '/api/v1/applications', { candidateId: candidate.id, openingId: opening })).id;
}

/** The stage an application is in, as the API says. */
const stageOf = async (name: string) =>
  (await api('GET', `/api/v1/applications/${apps[name]}`)).application.stage.name as string;

const column = (page: Page, stage: string) => page.getByRole('region', { name: stage, exact: true });
const card = (page: Page, name: string) => page.getByRole('listitem').filter({ hasText: name });
/** Waits for the live region to say exactly this (Playwright's wait, generous under load). */
const announced = (page: Page, text: string) =>
  page.locator('.announce').getByText(text, { exact: true }).waitFor();

async function namesIn(page: Page, stage: string): Promise<string[]> {
  return (await column(page, stage).getByRole('heading', { level: 3 }).allTextContents()).map((t) =>
    t.trim(),
  );
}

/** Drags with the mouse in small steps, as dnd-kit needs to see movement before it starts. */
async function drag(page: Page, from: Locator, to: Locator) {
  // As a person would: scroll the board until the target column shows (the source stays in view).
  await to.scrollIntoViewIfNeeded();
  await from.scrollIntoViewIfNeeded();
  const a = await from.boundingBox();
  const b = await to.boundingBox();
  if (!a || !b) throw new Error('drag: element not visible');
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 10, a.y + a.height / 2 + 5, { steps: 5 });
  await page.mouse.move(b.x + b.width / 2, b.y + 60, { steps: 20 });
  await page.mouse.up();
}

it('a recruiter moves candidates by mouse, keyboard and in bulk, then closes the filled opening', async () => {
  const { page } = j;
  await page.goto(`${j.base}/app/openings/${openingId}`);
  await page.getByRole('link', { name: 'Pipeline board' }).click();
  await page.getByRole('heading', { level: 1, name: 'Pipeline: Backend Developer' }).waitFor();
  await column(page, 'Applied').getByRole('heading', { name: 'Priya Patel' }).waitFor();
  expect(await namesIn(page, 'Applied')).toEqual(['Priya Patel', 'Sam Lee', 'Ana Ruiz', 'Omar Haddad']);
  await card(page, 'Priya Patel').getByText('Under an hour in stage').waitFor();
  await expectAccessible(page);

  // Mouse: drag Priya's card from Applied to Screening.
  await drag(page, card(page, 'Priya Patel').locator('.card-time'), column(page, 'Screening'));
  await announced(page, 'Priya Patel moved to Screening.');
  expect(await namesIn(page, 'Screening')).toEqual(['Priya Patel']);
  expect(await stageOf('Priya Patel')).toBe('Screening');

  // Keyboard only: the Move button, a stage chosen with the arrow keys, a note, Enter.
  await page.getByRole('button', { name: 'Move Sam Lee' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Move Sam Lee' });
  await dialog.waitFor();
  const to = dialog.getByLabel('To stage');
  await expect.poll(() => to.evaluate((el) => el === document.activeElement), WAIT).toBe(true);
  expect(await to.inputValue()).toBe(String(await stageIdOf('Screening')));
  await page.keyboard.press('ArrowDown'); // Submitted to client
  await page.keyboard.press('ArrowDown'); // Interviewing
  await page.keyboard.press('Tab');
  await page.keyboard.type('Strong phone screen');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await announced(page, 'Sam Lee moved to Interviewing.');
  await dialog.waitFor({ state: 'detached' });
  expect(await namesIn(page, 'Interviewing')).toEqual(['Sam Lee']);
  // Focus follows the card to its new column.
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-move-for')), WAIT)
    .toBe(String(apps['Sam Lee']));
  const sam = await api('GET', `/api/v1/applications/${apps['Sam Lee']}`);
  expect(sam.application.stage.name).toBe('Interviewing');
  expect(sam.history.at(-1)).toMatchObject({
    from: { name: 'Applied' },
    to: { name: 'Interviewing' },
    note: 'Strong phone screen',
    by: { name: 'Rita Recruiter' },
  });

  // Bulk: two checked cards go to Offer together.
  await page.getByRole('checkbox', { name: 'Select Ana Ruiz' }).check();
  await page.getByRole('checkbox', { name: 'Select Omar Haddad' }).check();
  const bar = page.getByRole('region', { name: 'Move the selected applications' });
  await bar.getByText('2 selected', { exact: true }).waitFor();
  await bar.getByLabel('Move 2 selected to').selectOption({ label: 'Offer' });
  await bar.getByLabel('Note (optional)').fill('Both references checked');
  await expectAccessible(page);
  await bar.getByRole('button', { name: 'Move 2 selected' }).click();
  await announced(page, 'Ana Ruiz and Omar Haddad moved to Offer.');
  expect(await namesIn(page, 'Offer')).toEqual(['Ana Ruiz', 'Omar Haddad']);
  expect(await bar.count()).toBe(0);
  expect([await stageOf('Ana Ruiz'), await stageOf('Omar Haddad')]).toEqual(['Offer', 'Offer']);

  // The last position: placing Ana offers to close the opening.
  await page.getByRole('button', { name: 'Move Ana Ruiz' }).click();
  await page
    .getByRole('dialog', { name: 'Move Ana Ruiz' })
    .getByLabel('To stage')
    .selectOption({ label: 'Placed' });
  await page
    .getByRole('dialog', { name: 'Move Ana Ruiz' })
    .getByRole('button', { name: 'Move', exact: true })
    .click();
  const offer = page.getByRole('alertdialog', { name: 'All positions are filled. Close this opening?' });
  await offer.waitFor();
  await expectAccessible(page);
  await offer.getByRole('button', { name: 'Close the opening' }).click();
  await announced(page, 'Backend Developer is now marked filled.');
  await offer.waitFor({ state: 'detached' });
  expect((await api('GET', `/api/v1/openings/${openingId}`)).status).toBe('filled');
  expect(await stageOf('Ana Ruiz')).toBe('Placed');
  await page.getByText('1 of 1 position filled').waitFor();

  // No second placement: the server says why, and the card stays where it was.
  await drag(page, card(page, 'Omar Haddad').locator('.card-time'), column(page, 'Placed'));
  const alert = page.getByRole('alert').filter({ hasText: 'Omar Haddad was not moved' });
  await alert.waitFor();
  expect(await alert.textContent()).toContain('Every position in this opening is already filled');
  expect(await namesIn(page, 'Offer')).toEqual(['Omar Haddad']);
  expect(await stageOf('Omar Haddad')).toBe('Offer');
  await expectAccessible(page);
});

async function stageIdOf(name: string): Promise<number> {
  const stages = (await api('GET', '/api/v1/stages')) as { id: number; name: string }[];
  return stages.find((s) => s.name === name)?.id ?? 0;
}

it('the list view sorts by its column headers and links to each application', async () => {
  const { page } = j;
  await page.goto(`${j.base}/app/pipeline`);
  await page.getByRole('heading', { level: 1, name: 'Pipeline' }).waitFor();
  // The all-openings board names each card's opening.
  await card(page, 'Bea Brown').getByText('Data Analyst · Globex').waitFor();
  await expectAccessible(page);
  await page.getByRole('link', { name: 'List view' }).click();
  await page.getByRole('heading', { level: 1, name: 'Applications' }).waitFor();
  const table = page.getByRole('table');
  const firstColumn = async () =>
    (await table.locator('tbody tr td:nth-child(2) a').allTextContents()).map((t) => t.trim());
  await page.getByText('5 applications').waitFor();

  const header = page.getByRole('columnheader', { name: 'Candidate' });
  await header.getByRole('button').click();
  await expect.poll(() => header.getAttribute('aria-sort'), WAIT).toBe('ascending');
  await expect
    .poll(firstColumn, WAIT)
    .toEqual(['Ana Ruiz', 'Bea Brown', 'Omar Haddad', 'Priya Patel', 'Sam Lee']);
  const viaApi = await api('GET', '/api/v1/applications?sort=candidate&dir=asc');
  expect(viaApi.results.map((a: { candidateName: string }) => a.candidateName)).toEqual(await firstColumn());
  await header.getByRole('button').click();
  await expect.poll(() => header.getAttribute('aria-sort'), WAIT).toBe('descending');
  await expect
    .poll(firstColumn, WAIT)
    .toEqual(['Sam Lee', 'Priya Patel', 'Omar Haddad', 'Bea Brown', 'Ana Ruiz']);
  expect(
    await page.getByRole('columnheader', { name: 'Stage', exact: true }).getAttribute('aria-sort'),
  ).toBeNull();
  await page.getByRole('columnheader', { name: 'Stage', exact: true }).getByRole('button').click();
  await expect
    .poll(
      () => page.getByRole('columnheader', { name: 'Stage', exact: true }).getAttribute('aria-sort'),
      WAIT,
    )
    .toBe('ascending');
  await expect
    .poll(firstColumn, WAIT)
    .toEqual(['Bea Brown', 'Priya Patel', 'Sam Lee', 'Omar Haddad', 'Ana Ruiz']);
  expect(new URL(page.url()).searchParams.get('sort')).toBe('stage');
  await expectAccessible(page);

  // The stage filter narrows it.
  await page.getByLabel('Stage', { exact: true }).selectOption({ label: 'Offer' });
  await page.getByText('1 application match the filters').waitFor();
  await page.getByRole('link', { name: 'Omar Haddad' }).click();
  await page.getByRole('heading', { level: 1, name: 'Omar Haddad: Backend Developer' }).waitFor();
  const history = page.getByRole('list').filter({ hasText: 'Started in Applied' });
  await history.getByText('Both references checked').waitFor();
  expect(await history.getByRole('listitem').count()).toBe(2);
  await expectAccessible(page);
});

it('works on a 375px phone without the page scrolling sideways', async () => {
  const { page } = j;
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(`${j.base}/app/pipeline`);
  await column(page, 'Offer').getByRole('heading', { name: 'Omar Haddad' }).waitFor();
  await expectNoHorizontalOverflow(page);
  await expectAccessible(page);
  // The columns scroll inside their own frame.
  const frame = page.getByRole('region', { name: 'Stages, side by side' });
  expect(await frame.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  await page.goto(`${j.base}/app/pipeline/list`);
  await page.getByRole('table').waitFor();
  await expectNoHorizontalOverflow(page);
  await expectAccessible(page);
  await page.goto(`${j.base}/app/applications/${apps['Sam Lee']}`);
  await page.getByRole('heading', { level: 2, name: 'History' }).waitFor();
  await expectNoHorizontalOverflow(page);
  await expectAccessible(page);
});
