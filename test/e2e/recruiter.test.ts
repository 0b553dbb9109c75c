import { afterAll, beforeAll, expect, it } from 'vitest';
import { createUser, type TestUser } from '../../src/server/testing/harness.ts';
import { expectAccessible, type Journey, startJourney } from './support.ts';

let j: Journey;
let recruiter: TestUser;
beforeAll(async () => {
  j = await startJourney();
  recruiter = await createUser(j.t, 'recruiter', 'Rita Recruiter');
});
afterAll(async () => j?.close());

it('a recruiter signs in, adds a company and an open opening, and it is on the job board', async () => {
  const { page } = j;
  await page.goto(`${j.base}/app/companies`);
  await page.waitForURL(/\/app\/signin\?next=%2Fapp%2Fcompanies/);
  await expectAccessible(page);
  await page.getByLabel('Email').fill(recruiter.email);
  await page.getByLabel('Password').fill(recruiter.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Companies' }).waitFor();
  await expectAccessible(page);

  await page.getByRole('link', { name: 'New company' }).click();
  await page.getByRole('heading', { level: 1, name: 'New company' }).waitFor();
  await page.getByLabel('Name').fill('Adatum Freight');
  await page.getByLabel('Industry (optional)').fill('Logistics');
  await page.getByLabel('Website (optional)').fill('https://adatum.example');
  await page.getByLabel('Internal notes (never shown publicly)').fill('Contact: Jo, pays net 30.');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Create company' }).click();
  await page.getByText('Adatum Freight was created.').waitFor();
  await page.getByRole('heading', { level: 1, name: 'Adatum Freight' }).waitFor();
  await expectAccessible(page);

  const companyId = page.url().split('/').pop() ?? '';
  await page.getByRole('link', { name: 'New opening at this company' }).click();
  await page.getByRole('heading', { level: 1, name: 'New opening' }).waitFor();
  await expect.poll(() => page.getByLabel('Company').inputValue()).toBe(companyId);
  // Forget the title: the error sits next to the field and what was typed stays.
  await page.getByLabel('Field').selectOption('Logistics');
  await page.getByLabel('Description').fill('Plan **routes** for a fleet of 40 trucks.');
  await page.getByLabel('City').fill('Winnipeg');
  await page.getByLabel('Country').fill('Canada');
  await page.getByRole('button', { name: 'Create opening' }).click();
  const title = page.getByLabel('Job title');
  await expect(title.getAttribute('aria-invalid')).resolves.toBe('true');
  const describedBy = (await title.getAttribute('aria-describedby')) ?? '';
  await expect(page.locator(`[id="${describedBy.split(' ').pop()}"]`).textContent()).resolves.toBe(
    'Enter a job title',
  );
  await expect(page.getByLabel('Description').inputValue()).resolves.toBe(
    'Plan **routes** for a fleet of 40 trucks.',
  );
  await expect(page.getByLabel('City').inputValue()).resolves.toBe('Winnipeg');
  await expectAccessible(page);

  await title.fill('Dispatch Planner');
  await page.getByLabel('Minimum').fill('55,000');
  await page.getByLabel('Maximum').fill('65000');
  await page.getByLabel('Currency').selectOption('CAD');
  await page.getByLabel('Status').selectOption('open');
  await page.getByRole('button', { name: 'Create opening' }).click();
  await page.getByText('The opening was created.').waitFor();
  await page.getByRole('heading', { level: 1, name: 'Dispatch Planner' }).waitFor();
  await expect(page.getByLabel('Minimum').inputValue()).resolves.toBe('55000');
  await expectAccessible(page);

  await page.goto(`${j.base}/jobs`);
  await page.getByRole('link', { name: 'Dispatch Planner' }).click();
  await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Dispatch Planner');
  const facts = await page.locator('.facts').textContent();
  expect(facts).toContain('55,000');
  expect(facts).toContain('65,000');
  await expect(page.locator('.description strong').textContent()).resolves.toBe('routes');
  await expectAccessible(page);
});
