import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DAY, future, INTERVIEW_BASICS } from '../../src/server/features/interviews/fixture.ts';
import { request, type TestUser } from '../../src/server/testing/harness.ts';
import type { Stage } from '../../src/shared/pipeline.ts';
import {
  expectAccessible,
  expectNoHorizontalOverflow,
  fieldError,
  type Journey,
  seedOpening,
  signInAs,
  startJourney,
} from './support.ts';

let j: Journey;
beforeAll(async () => {
  j = await startJourney();
});
afterAll(async () => j?.close());

async function api(user: TestUser, method: 'GET' | 'POST', url: string, payload?: Record<string, unknown>) {
  const res = await request(j.t, { method, url, cookie: user.cookie, ...(payload ? { payload } : {}) });
  if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.body}`);
  return res.json();
}

/** Three applications to one opening today: one placed (a referral), one screened, one new. */
async function seed(rita: TestUser) {
  const stages: Stage[] = await api(rita, 'GET', '/api/v1/stages');
  const id = (name: string) => stages.find((s) => s.name === name)?.id;
  const opening = await seedOpening(j.t, rita.cookie, { company: 'Harbour Foods', title: 'Line cook' });
  const moves: [string, string, string[]][] = [
    ['Mina Park', 'referral', ['Screening', 'Placed']],
    ['Olu Ade', 'job-board', ['Screening']],
    ['Pat Roy', 'walk-in', []],
  ];
  for (const [name, source, path] of moves) {
    const { candidate } = await api(rita, 'POST', '/api/v1/candidates', { name, source });
    const app = await api(rita, 'POST', '/api/v1/applications', {
      candidateId: candidate.id,
      openingId: opening.id,
    });
    for (const stage of path)
      await api(rita, 'POST', `/api/v1/applications/${app.id}/moves`, { stageId: id(stage) });
  }
}

const report = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const caption = async (section: Locator) =>
  ((await section.locator('figcaption').textContent()) ?? '').trim();

it('a recruiter reads the four reports, opens a table, downloads a CSV and filters', async () => {
  const { page } = j;
  const rita = await signInAs(j, 'recruiter', 'Rita Recruiter');
  await seed(rita);
  await page.goto(`${j.base}/app`);
  await page.getByRole('link', { name: 'Reports', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();

  const today = new Date().toLocaleDateString('en-US', {
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const funnel = report(page, 'Funnel');
  await funnel.locator('figcaption').waitFor();
  expect(await caption(funnel)).toMatch(
    new RegExp(
      `^3 applications created \\w{3} \\d+, \\d{4} to ${today} \\(UTC\\), and how many reached each stage, by month\\.$`,
    ),
  );
  const time = report(page, 'Time to placement');
  await time.locator('figcaption').waitFor();
  expect(await caption(time)).toContain('1 placement made ');
  expect(await caption(time)).toContain('a median of 0 days from application to placement');
  const sources = report(page, 'Placements by source');
  await sources.locator('figcaption').waitFor();
  expect(await caption(sources)).toContain('1 placement made ');
  const open = report(page, 'Open positions by client');
  await open.locator('figcaption').waitFor();
  expect(await caption(open)).toMatch(/^0 positions still to fill in 1 open opening at 1 company, as of /);

  // Each chart is an image named for what it shows; three have something to draw.
  expect(await funnel.getByRole('img', { name: /^Funnel/ }).getAttribute('aria-label')).toBe(
    'Funnel: how many of 3 applications reached each stage',
  );
  expect(await funnel.getByRole('img', { name: /^Funnel/ }).getAttribute('aria-description')).toContain(
    'Screening: 2; ',
  );
  // The legend's swatches are hidden: one image per chart.
  expect(await funnel.getByRole('img').count()).toBe(1);
  expect(await sources.getByRole('img').getAttribute('aria-description')).toContain('Referral: 1');
  await time.getByRole('img').waitFor();
  expect(await open.getByRole('img').count()).toBe(1);
  await expectAccessible(page);

  // The same figures as a table.
  await funnel.getByText('Show as table').click();
  const table = funnel.getByRole('table');
  await table.waitFor();
  const placed = table.getByRole('row', { name: /^Placed/ });
  expect(await placed.getByRole('cell').last().textContent()).toBe('1');
  const created = table.getByRole('row', { name: /^Applications created/ });
  expect(await created.getByRole('cell').last().textContent()).toBe('3');
  await expectAccessible(page);

  // The CSV behind the link holds the same figures.
  const link = funnel.getByRole('link', { name: 'Download CSV of funnel' });
  const href = (await link.getAttribute('href')) ?? '';
  expect(href).toBe('/api/v1/reports/funnel.csv');
  const csv = await page.request.get(`${j.base}${href}`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
  const lines = (await csv.text()).split('\r\n');
  expect(lines[0]).toMatch(/^\ufeffMonth,Applications,Applied,Screening,/);
  expect(lines.at(-2)).toBe('Total,3,3,2,0,0,0,1,0,0,0,0');

  // Filters: an end before the start is refused here, with the reason at the field.
  await page.getByLabel('From', { exact: true }).fill('2026-03-10');
  await page.getByLabel('To', { exact: true }).fill('2026-03-01');
  await page.getByRole('button', { name: 'Show reports' }).click();
  await expect
    .poll(() => fieldError(page, page.getByLabel('To', { exact: true })))
    .toBe('The end date must not be before the start date');
  await page.getByLabel('To', { exact: true }).fill('2026-03-31');
  await page.getByLabel('Funnel by').selectOption('week');
  await page.getByRole('button', { name: 'Show reports' }).click();
  await page.waitForURL(/from=2026-03-10&to=2026-03-31&groupBy=week/);
  await expect
    .poll(() => caption(funnel))
    .toBe(
      '0 applications created Mar 10, 2026 to Mar 31, 2026 (UTC), and how many reached each stage, by week.',
    );
  await funnel.getByText('No applications were created in this period.').waitFor();
  expect(await funnel.getByRole('link', { name: 'Download CSV of funnel' }).getAttribute('href')).toBe(
    '/api/v1/reports/funnel.csv?from=2026-03-10&to=2026-03-31&groupBy=week',
  );
  await expectAccessible(page);
});

/** A candidate interviewed two days ago, with what the recruiter recorded about it. */
async function interviewed(rhea: TestUser, openingId: number, name: string, outcome: string) {
  const { candidate } = await api(rhea, 'POST', '/api/v1/candidates', { name, source: 'sourced' });
  const app = await api(rhea, 'POST', '/api/v1/applications', { candidateId: candidate.id, openingId });
  const iv = await api(rhea, 'POST', `/api/v1/applications/${app.id}/interviews`, {
    ...INTERVIEW_BASICS,
    times: [{ startsAt: future(3) }],
  });
  const past = Date.now() - 2 * DAY;
  await j.t.ctx.db
    .updateTable('interview_slot')
    .set({ starts_at: new Date(past).toISOString(), ends_at: new Date(past + 3_600_000).toISOString() })
    .where('interview_id', '=', iv.id)
    .execute();
  await api(rhea, 'POST', `/api/v1/interviews/${iv.id}/attendance`, { outcome });
  return candidate.id as number;
}

it('a recruiter reads follow-through on the reports page and on the candidate’s record', async () => {
  const { page } = j;
  const rhea = await signInAs(j, 'recruiter', 'Rhea Recruiter');
  const opening = await seedOpening(j.t, rhea.cookie, { company: 'Harbour Foods', title: 'Dishwasher' });
  await interviewed(rhea, opening.id, 'Kim Kept', 'attended');
  const nia = await interviewed(rhea, opening.id, 'Nia Noshow', 'no-show');

  await page.goto(`${j.base}/app/reports`);
  const figure = report(page, 'Follow-through');
  await figure.locator('figcaption').waitFor();
  expect(await caption(figure)).toMatch(
    /^1 of 2 committed interviews kept \(50%\), for interviews set \w{3} \d+, \d{4} to \w{3} \d+, \d{4} \(UTC\), by month\.$/,
  );
  const chart = figure.getByRole('img', { name: /^Follow-through by month/ });
  expect(await chart.getAttribute('aria-label')).toBe(
    'Follow-through by month: 1 of 2 committed interviews kept',
  );
  expect(await chart.getAttribute('aria-description')).toContain(': 1 of 2 kept (50%)');
  await figure.getByText('Show as table').click();
  const perCandidate = figure.getByRole('region', { name: 'Follow-through per candidate table' });
  // Lowest follow-through first: the one to call.
  expect(await perCandidate.getByRole('row').nth(1).getByRole('rowheader').textContent()).toBe('Nia Noshow');
  await expectAccessible(page);

  await perCandidate.getByRole('link', { name: 'Nia Noshow' }).click();
  const section = page.getByRole('region', { name: 'Follow-through', exact: true });
  await section.getByText('0 of 1 committed interview kept (0%).').waitFor();
  expect(await section.getByRole('row').nth(1).textContent()).toContain('Did not show up');
  expect(page.url()).toBe(`${j.base}/app/candidates/${nia}`);
  await expectAccessible(page);
});

it('on a phone, the charts fit the screen', async () => {
  const { page } = j;
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(`${j.base}/app/reports`);
  const funnel = report(page, 'Funnel');
  await funnel.getByRole('img', { name: /^Funnel/ }).waitFor();
  await report(page, 'Open positions by client').getByRole('img').waitFor();
  await expectNoHorizontalOverflow(page);
  const widths = await page
    .locator('.chart svg[role="img"]')
    .evaluateAll((svgs) => svgs.map((s) => s.getBoundingClientRect().right));
  expect(widths.length).toBeGreaterThanOrEqual(3);
  for (const right of widths) expect(right).toBeLessThanOrEqual(375);
  await funnel.getByText('Show as table').click();
  await expectNoHorizontalOverflow(page);
  await expectAccessible(page);
});
