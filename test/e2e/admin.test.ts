import { afterAll, beforeAll, expect, it } from 'vitest';
import { expectAccessible, type Journey, startJourney } from './support.ts';

let j: Journey;
beforeAll(async () => {
  j = await startJourney();
});
afterAll(async () => j?.close());

it('the first visitor sets up the admin, who invites a recruiter and reads the mail', async () => {
  const { page } = j;
  await page.goto(`${j.base}/`);
  await page.waitForURL(`${j.base}/setup`);
  await expectAccessible(page);
  await page.getByLabel('Your name').fill('Ada Admin');
  await page.getByLabel('Email').fill('ada@agency.example');
  await page.getByLabel(/Password/).fill('the very first password');
  await page.getByRole('button', { name: 'Create the admin account' }).click();
  await page.waitForURL(`${j.base}/app`);
  await page.getByRole('heading', { level: 1, name: 'Welcome, Ada Admin' }).waitFor();
  await expectAccessible(page);

  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Users' }).click();
  await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
  await page.getByRole('cell', { name: 'ada@agency.example' }).waitFor();
  await expectAccessible(page);

  await page.getByLabel('Email').fill('not an email');
  await page.getByRole('button', { name: 'Send invitation' }).click();
  await page.getByText('Enter a valid email address').waitFor();
  await page.getByLabel('Email').fill('rob@agency.example');
  await page.getByLabel('Role').selectOption('recruiter');
  await page.getByRole('button', { name: 'Send invitation' }).click();
  await page.getByText('Invitation sent to rob@agency.example.').waitFor();
  await page.getByRole('cell', { name: 'rob@agency.example' }).waitFor();
  await expectAccessible(page);

  await j.t.deliverMail();
  await nav.getByRole('link', { name: 'Mail outbox' }).click();
  await page.getByRole('heading', { level: 1, name: 'Mail outbox' }).waitFor();
  await page.getByRole('button', { name: 'Refresh' }).click();
  const row = page.getByRole('row', { name: /rob@agency\.example/ });
  await row.getByRole('cell', { name: /^Ada Admin invited you to / }).waitFor();
  await expect(row.textContent()).resolves.toContain('Sent');
  await expectAccessible(page);

  await row.getByRole('button', { name: /^Read/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await expect(dialog.locator('pre').textContent()).resolves.toMatch(/\/invite\/[\w-]+/);
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await dialog.waitFor({ state: 'detached' });
});
