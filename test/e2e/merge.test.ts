import { afterAll, beforeAll, expect, it } from 'vitest';
import { request } from '../../src/server/testing/harness.ts';
import {
  expectAccessible,
  expectNoHorizontalOverflow,
  type Journey,
  seedOpening,
  signInAs,
  startJourney,
} from './support.ts';

let j: Journey;
beforeAll(async () => {
  j = await startJourney({ mobile: true });
});
afterAll(async () => j?.close());

it('a recruiter merges two records of one person and keeps every application', async () => {
  const { page } = j;
  const recruiter = await signInAs(j, 'recruiter', 'Mia Merger');
  const post = (url: string, payload: Record<string, unknown>) =>
    request(j.t, { method: 'POST', url, cookie: recruiter.cookie, payload });
  const first = (
    await post('/api/v1/candidates', { name: 'Lena Ortiz', email: 'lena@mail.example', source: 'referral' })
  ).json().candidate.id as number;
  const second = (
    await post('/api/v1/candidates', {
      name: 'Lena Ortiz',
      email: 'lena@mail.example',
      phone: '+1 902 555 0142',
      headline: 'Payroll specialist',
      source: 'event',
    })
  ).json().candidate.id as number;
  const opening = await seedOpening(j.t, recruiter.cookie, {
    company: 'Bluenose Foods',
    title: 'Payroll Clerk',
  });
  const submitted = await post('/api/v1/applications', { candidateId: second, openingId: opening.id });
  expect(submitted.statusCode, submitted.body).toBe(201);

  await page.goto(`${j.base}/app/candidates/${first}`);
  await page.getByRole('heading', { level: 1, name: 'Lena Ortiz' }).waitFor();
  await page.getByRole('link', { name: 'Compare and merge Lena Ortiz' }).click();
  await page.getByRole('heading', { level: 1, name: 'Merge duplicate records' }).waitFor();
  const table = page.getByRole('table');
  await table.getByText('Payroll specialist').waitFor();
  expect(await page.getByRole('listitem').filter({ hasText: 'application' }).first().textContent()).toBe(
    '1 application',
  );
  await expectAccessible(page);
  await expectNoHorizontalOverflow(page);

  await page.getByRole('button', { name: 'Merge into Lena Ortiz' }).click();
  await page.getByText('The duplicate was merged into this record.').waitFor();
  expect(new URL(page.url()).pathname).toBe(`/app/candidates/${first}`);
  await page.getByText('+1 902 555 0142').waitFor();
  expect(await page.getByRole('heading', { name: 'This may be someone we already have' }).count()).toBe(0);

  const gone = await request(j.t, {
    method: 'GET',
    url: `/api/v1/candidates/${second}`,
    cookie: recruiter.cookie,
  });
  expect(gone.statusCode).toBe(404);
  const apps = await request(j.t, {
    method: 'GET',
    url: `/api/v1/candidates/${first}/applications`,
    cookie: recruiter.cookie,
  });
  expect(apps.json().map((a: { openingTitle: string }) => a.openingTitle)).toEqual(['Payroll Clerk']);
});
