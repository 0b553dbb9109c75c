import sharp from 'sharp';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  expectAccessible,
  expectNoHorizontalOverflow,
  fieldError,
  type Journey,
  seedOpening,
  signInAs,
  startJourney,
  tempFile,
} from './support.ts';

let j: Journey;
beforeAll(async () => {
  j = await startJourney();
});
afterAll(async () => j?.close());

it('a recruiter writes, previews and publishes a post; a visitor without JavaScript reads it on a phone', async () => {
  const { page } = j;
  const png = await sharp({
    create: { width: 1200, height: 600, channels: 3, background: { r: 30, g: 110, b: 180 } },
  })
    .png()
    .toBuffer();

  const recruiter = await signInAs(j, 'recruiter', 'Rita Writer');
  const job = await seedOpening(j.t, recruiter.cookie, { company: 'Lakeside Dental', title: 'Receptionist' });
  await page.goto(`${j.base}/app/blog`);
  await page.getByRole('link', { name: 'New post' }).click();
  await page.getByRole('heading', { level: 1, name: 'New post' }).waitFor();
  await page.getByLabel('Title').fill('Five things to ask at the end of an interview');
  await page.getByLabel('Summary').fill('Questions that show you listened.');
  await page.getByLabel('Tags').fill('Interviews, Tips');
  await page.getByLabel('Upload an image').setInputFiles(tempFile('cover.png', png));
  await page.getByLabel('Image description (alt text)').fill('A blue notebook on a desk');
  await page
    .getByLabel('Body (Markdown)')
    .fill('## Ask about the team\n\nWho will you work with? See the [open positions](/jobs).');
  const preview = page.locator('.post-preview');
  await preview.getByRole('heading', { name: 'Ask about the team' }).waitFor();
  await expect(preview.getByRole('link', { name: 'open positions' }).getAttribute('href')).resolves.toBe(
    '/jobs',
  );
  // A link to an opening, picked rather than typed, lands at the end of the text.
  await page.getByLabel('Body (Markdown)').press('End');
  await page.getByLabel('Link an open position').selectOption({ label: 'Receptionist · Lakeside Dental' });
  await expect(page.getByLabel('Body (Markdown)').inputValue()).resolves.toMatch(
    new RegExp(`\\[Receptionist at Lakeside Dental\\]\\(/jobs/${job.slug}\\)$`),
  );
  await expect(
    preview.getByRole('link', { name: 'Receptionist at Lakeside Dental' }).getAttribute('href'),
  ).resolves.toBe(`/jobs/${job.slug}`);
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByText('Published.', { exact: true }).waitFor();
  await page.getByText(/^Published \w/).waitFor();
  await expectAccessible(page);

  // A visitor with JavaScript off, on a phone.
  const reader = await j.browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const visitor = await reader.newPage();
  await visitor.goto(`${j.base}/`);
  await visitor.getByRole('link', { name: 'Blog' }).first().click();
  await visitor.waitForURL(/\/blog$/);
  await visitor.getByRole('link', { name: 'Five things to ask at the end of an interview' }).click();
  await visitor.waitForURL(/\/blog\/five-things-to-ask/);
  await expect(visitor.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
    'Five things to ask at the end of an interview',
  );
  const byline = (await visitor.locator('article .meta').first().textContent()) ?? '';
  expect(byline).toContain('By Rita Writer');
  expect(byline).toMatch(/[A-Z][a-z]+ \d{1,2}, \d{4}/);
  expect(byline).toContain('1 min read');
  const cover = visitor.getByRole('img', { name: 'A blue notebook on a desk' });
  await expect(cover.getAttribute('srcset')).resolves.toMatch(/480w, .*960w/);
  await expect(visitor.getByRole('heading', { name: 'Ask about the team' }).isVisible()).resolves.toBe(true);
  await reader.close();

  // The same page with the checks that need scripts, at phone width.
  const phone = await j.browser.newContext({
    bypassCSP: true,
    viewport: { width: 390, height: 844 },
    isMobile: true,
  });
  const check = await phone.newPage();
  for (const path of [
    '/blog',
    '/blog/five-things-to-ask-at-the-end-of-an-interview',
    '/blog/tag/interviews',
  ]) {
    await check.goto(`${j.base}${path}`);
    await expectAccessible(check);
    const img = check.locator('img.post-cover');
    if ((await img.count()) > 0)
      await expect(
        img.evaluate((el: HTMLImageElement) => el.decode().then(() => el.naturalWidth)),
      ).resolves.toBeGreaterThan(0);
    await expectNoHorizontalOverflow(check);
  }
  await phone.close();
});

it('a recruiter is told of a taken address, schedules a post in their own time and deletes it', async () => {
  const { page } = j;
  await signInAs(j, 'recruiter', 'Sol Scheduler');
  await page.goto(`${j.base}/app/blog/new`);
  await page.getByRole('heading', { level: 1, name: 'New post' }).waitFor();
  await page.getByLabel('Title').fill('Later post');
  await page.getByLabel('Address (slug)').fill('five-things-to-ask-at-the-end-of-an-interview');
  await page.getByRole('button', { name: 'Save draft' }).click();
  const slug = page.getByLabel('Address (slug)');
  await page.locator('[aria-invalid="true"]').first().waitFor();
  expect(await fieldError(page, slug)).toContain('Another post uses this address');

  await slug.fill('');
  await page.getByRole('button', { name: 'Schedule' }).click();
  expect(await fieldError(page, page.getByLabel('Publish at (your time)'))).toContain('Choose the date');
  await page.getByLabel('Publish at (your time)').fill('2099-06-01T09:30');
  await page.getByRole('button', { name: 'Schedule' }).click();
  await page.getByText('Scheduled.', { exact: true }).waitFor();
  await page.getByText(/^Scheduled: goes public/).waitFor();
  await expect(page.getByLabel('Address (slug)').inputValue()).resolves.toBe('later-post');
  expect((await j.t.app.inject({ method: 'GET', url: '/blog/later-post' })).statusCode).toBe(404);

  await page.getByRole('link', { name: 'Blog', exact: true }).first().click();
  await page.getByLabel('Show').selectOption('scheduled');
  await page.getByText(/Scheduled for .*2099/).waitFor();
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Later post' }).click();
  await page.getByRole('button', { name: 'Delete this post' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
  await page.waitForURL(/\/app\/blog$/);
  await page.getByRole('link', { name: 'Five things to ask at the end of an interview' }).waitFor();
  await expect(page.getByRole('link', { name: 'Later post' }).count()).resolves.toBe(0);
});
