import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { request } from '../../src/server/testing/harness.ts';
import {
  expectAccessible,
  expectNoHorizontalOverflow,
  fieldError,
  type Journey,
  signInAs,
  startJourney,
  tempFile,
} from './support.ts';

let j: Journey;
beforeAll(async () => {
  j = await startJourney();
});
afterAll(async () => j?.close());

async function heading(page: Page, level: number, name: string): Promise<void> {
  await page.getByRole('heading', { level, name, exact: true }).waitFor();
}

const CANDIDATES = [
  'Full name,E-mail,Phone,Skills,Notes',
  'Imogen Import,imogen@example.test,+1 709 555 0141,"Excel; SQL",met at fair',
  'Ivor Import,ivor@example.test,,Forklift,',
  'Iris Import,iris-at-example,,,typo in the email',
  'Idris Import,idris@example.test,,,',
].join('\n');

it('a recruiter imports candidates, fixes a bad row in the preview and finds them in the list', async () => {
  const { page } = j;
  await signInAs(j, 'recruiter', 'Rita Recruiter');
  await page.goto(`${j.base}/app/candidates`);
  await heading(page, 1, 'Candidates');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import' }).click();
  await heading(page, 1, 'Import');
  await expectAccessible(page);

  // 1. The file.
  await page.getByLabel('Candidates').check();
  await page.getByLabel('CSV file').setInputFiles(tempFile('fair leads.csv', CANDIDATES));
  await page.getByRole('button', { name: 'Upload' }).click();

  // 2. The columns, with the suggestions chosen and examples from the file.
  await heading(page, 2, 'Match the columns of fair leads.csv');
  expect(await page.getByLabel('Full name').inputValue()).toBe('name');
  expect(await page.getByLabel('E-mail').inputValue()).toBe('email');
  expect(await page.getByLabel('Notes').inputValue()).toBe('ignore');
  await page.getByText('Examples: Imogen Import, Ivor Import, Iris Import').waitFor();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Check the rows' }).click();

  // 3. The preview: the bad row says what is wrong, in the form's words.
  await heading(page, 2, 'Check the rows');
  const summary = page.getByRole('list', { name: 'Summary' });
  await expect.poll(() => summary.textContent()).toContain('1 row with errors');
  const badRow = page
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: '4', exact: true }) });
  expect(await badRow.textContent()).toContain('Email: Enter a valid email address');
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Fix row 4' }).click();
  const fixForm = page.getByRole('form', { name: 'Fix row 4' });
  const email = fixForm.getByLabel('Email');
  await expect.poll(() => fieldError(page, email)).toBe('Enter a valid email address');
  await expectAccessible(page);
  await email.fill('iris@example.test');
  await fixForm.getByRole('button', { name: 'Save row 4' }).click();
  await page.getByText('Row 4 is ready to import.').waitFor();
  await expect.poll(() => summary.textContent()).toContain('0 rows with errors');
  expect(await badRow.textContent()).toContain('Ready (fixed)');

  // 4. The run, watched to the end.
  await page.getByRole('button', { name: 'Import 4 rows' }).click();
  await heading(page, 2, 'Import finished');
  const bar = page.getByRole('progressbar', { name: 'Import finished' });
  expect(await bar.getAttribute('value')).toBe('4');
  expect(await bar.getAttribute('max')).toBe('4');
  await page.getByText('Finished: 4 of 4 rows handled.').waitFor();
  expect(await page.locator('.import-result').textContent()).toBe('4 candidates imported, 0 rows skipped.');
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Go to candidates' }).click();
  await heading(page, 1, 'Candidates');
  await page.getByText('4 candidates').waitFor();
  for (const name of ['Imogen Import', 'Ivor Import', 'Iris Import', 'Idris Import'])
    await page.getByRole('link', { name, exact: true }).waitFor();
  const exportLink = page.getByRole('link', { name: 'Export CSV' });
  expect(await exportLink.getAttribute('href')).toBe('/api/v1/exports/candidates.csv');
  await page.getByLabel('Field').selectOption('Software');
  await expect
    .poll(() => exportLink.getAttribute('href'))
    .toBe('/api/v1/exports/candidates.csv?field=Software');
});

it('on a phone, openings import with skipped rows listed and offered as a download', async () => {
  const { page } = j;
  await page.setViewportSize({ width: 375, height: 800 });
  const rita = await signInAs(j, 'recruiter', 'Rhea Recruiter');
  await request(j.t, {
    method: 'POST',
    url: '/api/v1/companies',
    cookie: rita.cookie,
    payload: { name: 'Known Co' },
  });
  const csv = [
    'Company,Job title,Field,Description,City,Workplace type,Employment type',
    'Known Co,Night porter,Hospitality,Keeps the door.,Gander,On-site,Part-time',
    'Unknown Co,Day porter,Hospitality,Keeps the door by day.,Gander,On-site,Part-time',
  ].join('\n');
  await page.goto(`${j.base}/app/import`);
  await heading(page, 1, 'Import');
  await expectNoHorizontalOverflow(page);
  await page.getByLabel('Openings').check();
  await page.getByLabel('CSV file').setInputFiles(tempFile('jobs.csv', csv));
  await page.getByRole('button', { name: 'Upload' }).click();
  await heading(page, 2, 'Match the columns of jobs.csv');
  await expectNoHorizontalOverflow(page);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Check the rows' }).click();
  await heading(page, 2, 'Check the rows');
  await page.getByText('No company named “Unknown Co”', { exact: false }).waitFor();
  await expectNoHorizontalOverflow(page);

  // Run without skipping: refused with a reason; then skip the bad row.
  await page.getByRole('button', { name: 'Import 2 rows' }).click();
  await page.getByRole('alert').filter({ hasText: '1 row has errors' }).waitFor();
  await page.getByLabel('Skip rows with errors (1)').check();
  await page.getByRole('button', { name: 'Import 1 row' }).click();
  await heading(page, 2, 'Import finished');
  expect(await page.locator('.import-result').textContent()).toBe('1 opening imported, 1 row skipped.');
  const skipped = page.getByRole('region', { name: 'Table of skipped rows' });
  expect(await skipped.textContent()).toContain('Errors: Company: No company named “Unknown Co”');
  const download = page.getByRole('link', { name: 'Download skipped rows' });
  const href = (await download.getAttribute('href')) ?? '';
  const res = await page.request.get(`${j.base}${href}`);
  expect(res.status()).toBe(200);
  expect(await res.text()).toContain('Unknown Co,Day porter');
  await expectNoHorizontalOverflow(page);
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Go to openings' }).click();
  await heading(page, 1, 'Openings');
  await page.getByRole('link', { name: 'Night porter' }).waitFor();
  expect(await page.getByRole('link', { name: 'Export CSV' }).getAttribute('href')).toBe(
    '/api/v1/exports/openings.csv',
  );
  await expectNoHorizontalOverflow(page);
});
