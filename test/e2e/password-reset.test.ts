import { afterAll, beforeAll, expect, it } from 'vitest';
import { createUser, type TestUser } from '../../src/server/testing/harness.ts';
import { expectAccessible, type Journey, startJourney } from './support.ts';

let j: Journey;
let seeker: TestUser;
beforeAll(async () => {
  j = await startJourney();
  await createUser(j.t, 'admin');
  seeker = await createUser(j.t, 'candidate', 'Fran Forgetful');
});
afterAll(async () => j?.close());

it('a job seeker resets a forgotten password from the mailed link, signs in and out', async () => {
  const { page } = j;
  await page.goto(`${j.base}/app/signin`);
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await page.getByRole('heading', { level: 1, name: 'Reset your password' }).waitFor();
  await expectAccessible(page);
  await page.getByLabel('Email').fill(seeker.email);
  await page.getByRole('button', { name: 'Send the link' }).click();
  await page.getByRole('heading', { level: 1, name: 'Check your email' }).waitFor();
  await expectAccessible(page);

  const mails = await j.t.deliverMail();
  const mail = mails.find((m) => m.to === seeker.email && /reset/i.test(m.subject));
  const link = mail?.text.match(/https?:\/\/\S+/)?.[0];
  expect(link).toBeDefined();
  await page.goto(link as string);
  await page.waitForURL(/\/app\/reset-password\?token=/);
  await page.getByRole('heading', { level: 1, name: 'Choose a new password' }).waitFor();
  await expectAccessible(page);
  await page.getByLabel('New password').fill('short');
  await page.getByRole('button', { name: 'Save the new password' }).click();
  await page.getByText('Use at least 10 characters').waitFor();
  await page.getByLabel('New password').fill('a brand new passphrase');
  await page.getByRole('button', { name: 'Save the new password' }).click();
  await page.getByRole('heading', { level: 1, name: 'Password changed' }).waitFor();
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Sign in with your new password' }).click();
  await page.getByLabel('Email').fill(seeker.email);
  await page.getByLabel('Password').fill(seeker.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('alert').waitFor();
  await expectAccessible(page);
  await page.getByLabel('Password').fill('a brand new passphrase');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'My applications' }).waitFor();
  await expect(page.title()).resolves.toMatch(/^My applications · /);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL(`${j.base}/`);
  await page.goto(`${j.base}/app`);
  await page.waitForURL(/\/app\/signin\?next=%2Fapp$/);
});
