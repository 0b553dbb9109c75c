import { afterAll, beforeAll, expect, it } from 'vitest';
import { createUser } from '../../src/server/testing/harness.ts';
import { expectAccessible, type Journey, seedOpening, startJourney } from './support.ts';

let j: Journey;
beforeAll(async () => {
  j = await startJourney();
  const recruiter = await createUser(j.t, 'recruiter');
  await createUser(j.t, 'admin');
  await seedOpening(j.t, recruiter.cookie, {
    company: 'Northwind Traders',
    title: 'Marketing Analyst',
    field: 'Marketing',
  });
  await seedOpening(j.t, recruiter.cookie, {
    company: 'Northwind Traders',
    title: 'Backend Developer',
    field: 'Software',
    city: 'Halifax',
  });
  await seedOpening(j.t, recruiter.cookie, {
    company: 'Contoso Health',
    title: 'Registered Nurse',
    field: 'Healthcare',
    city: 'Ottawa',
  });
});
afterAll(async () => j?.close());

it('a visitor searches, filters and opens a job', async () => {
  const { page } = j;
  await page.goto(`${j.base}/jobs`);
  await expect(page.getByRole('heading', { level: 2 }).first().textContent()).resolves.toContain('3 jobs');
  await expectAccessible(page);

  await page.getByLabel('Keywords').fill('developer');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.waitForURL(/q=developer/);
  await expect(page.locator('.result-count').textContent()).resolves.toContain('1 job');

  await page.getByLabel('Keywords').fill('');
  await page.getByLabel('Field').selectOption('Healthcare');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.waitForURL(/field=Healthcare/);
  await expect(page.locator('.job-card h3').allTextContents()).resolves.toEqual(['Registered Nurse']);

  await page.getByLabel('Field').selectOption('');
  await page.getByText('More filters').click();
  await page.getByLabel('Employment type').selectOption('part-time');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.waitForURL(/type=part-time/);
  await expect(page.locator('.result-count').textContent()).resolves.toContain('0 jobs');
  await expect(page.getByLabel('Employment type').isVisible()).resolves.toBe(true);
  await page.getByLabel('Employment type').selectOption('');

  await page.getByLabel('Keywords').fill('"NEAR (*) \' OR 1=1 --');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.locator('.result-count').textContent()).resolves.toMatch(/\d+ jobs?/);

  await page.goto(`${j.base}/jobs?q=analyst`);
  await page.getByRole('link', { name: 'Marketing Analyst' }).click();
  await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Marketing Analyst');
  await expect(
    page.getByRole('heading', { name: /More open positions at Northwind Traders/ }).isVisible(),
  ).resolves.toBe(true);
  await expect(page.getByRole('link', { name: 'Backend Developer' }).isVisible()).resolves.toBe(true);
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  expect(ld['@type']).toBe('JobPosting');
  expect(ld.hiringOrganization.name).toBe('Northwind Traders');
  await expectAccessible(page);
});
