import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/server/testing/harness.ts';
import {
  expectAccessible,
  expectNoHorizontalOverflow,
  type Journey,
  seedOpening,
  signInAs,
  startJourney,
  TINY_PDF,
  tempFile,
} from './support.ts';

describe('a job seeker', () => {
  let j: Journey;
  let slug: string;
  beforeAll(async () => {
    j = await startJourney();
    const recruiter = await createUser(j.t, 'recruiter');
    ({ slug } = await seedOpening(j.t, recruiter.cookie, {
      company: 'Fabrikam Foods',
      title: 'Warehouse Lead',
      field: 'Logistics',
    }));
  });
  afterAll(async () => j?.close());

  it('signs up from a job page, applies with a resume, and sees the application', async () => {
    const { page } = j;
    await page.goto(`${j.base}/jobs/${slug}`);
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Apply for this job' }).click();
    await page.waitForURL(/\/app\/signin\?next=/);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Create your account' }).waitFor();
    await expectAccessible(page);
    await page.getByLabel('Your name').fill('Sam Seeker');
    await page.getByLabel('Email').fill(`sam-${Date.now()}@example.test`);
    await page.getByLabel('Password', { exact: true }).fill('a long enough password');
    await page.getByRole('button', { name: 'Create account' }).click();

    await page.waitForURL(`${j.base}/app/apply/${slug}`);
    await page.getByRole('heading', { level: 1, name: 'Apply for Warehouse Lead' }).waitFor();
    expect(await page.title()).toContain('Apply for Warehouse Lead');
    await expectAccessible(page);

    // A text file named .pdf is refused by its content, clearly, and nothing is stored.
    await page.getByLabel('Cover note (optional)').fill('I ran a warehouse team for five years.');
    await page.getByLabel('Resume').setInputFiles(tempFile('resume.pdf', 'Just some plain text, not a PDF.'));
    await page.getByRole('button', { name: 'Send application' }).click();
    const resumeError = page.getByText('Upload a PDF or Word (.docx) document.');
    await resumeError.waitFor();
    await expect(page.getByLabel('Resume').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.getByLabel('Cover note (optional)').inputValue()).resolves.toContain('five years');
    await expectAccessible(page);
    const none = await page.request.get(`${j.base}/api/v1/me/applications`);
    expect(await none.json()).toEqual([]);

    await page.getByLabel('Resume').setInputFiles(tempFile('sam-resume.pdf', TINY_PDF));
    await page.getByRole('button', { name: 'Send application' }).click();
    await page.getByText('Your application was sent.').waitFor();
    await expect(page.getByRole('link', { name: /sam-resume\.pdf/ }).isVisible()).resolves.toBe(true);
    await expectAccessible(page);

    await page.goto(`${j.base}/app/apply/${slug}`);
    await page.getByText(/You applied on \w+ \d+, \d{4}/).waitFor();
    await expect(page.getByRole('button', { name: 'Send application' }).count()).resolves.toBe(0);
    await expectAccessible(page);

    await page.getByRole('link', { name: 'See all my applications' }).click();
    await page.getByRole('heading', { level: 1, name: 'My applications' }).waitFor();
    const card = page.locator('.job-card', { hasText: 'Warehouse Lead' });
    await expect(card.getByRole('link', { name: 'Warehouse Lead' }).getAttribute('href')).resolves.toBe(
      `/jobs/${slug}`,
    );
    await expect(card.textContent()).resolves.toMatch(/Fabrikam Foods[\s\S]*Received[\s\S]*sam-resume\.pdf/);
    await expectAccessible(page);
  });
});

describe('on a phone', () => {
  let j: Journey;
  let slug: string;
  beforeAll(async () => {
    j = await startJourney({ mobile: true });
    const recruiter = await createUser(j.t, 'recruiter');
    ({ slug } = await seedOpening(j.t, recruiter.cookie, {
      company: 'Tailspin Toys International Holdings',
      title: 'Senior Customer Experience Representative (Bilingual)',
      field: 'Customer service',
    }));
    await signInAs(j, 'candidate', 'Pat Phone');
  });
  afterAll(async () => j?.close());

  it('nothing on the apply page or the job page is wider than the screen', async () => {
    const { page } = j;
    await page.goto(`${j.base}/app/apply/${slug}`);
    await page.getByRole('heading', { level: 1, name: /Apply for Senior Customer/ }).waitFor();
    await expectNoHorizontalOverflow(page);
    await expectAccessible(page);

    await page.goto(`${j.base}/jobs/${slug}`);
    await expectNoHorizontalOverflow(page);
    await page.goto(`${j.base}/jobs`);
    await expectNoHorizontalOverflow(page);
    await page.goto(`${j.base}/app`);
    await page.getByRole('heading', { level: 1, name: 'My applications' }).waitFor();
    await expectNoHorizontalOverflow(page);
    await expectAccessible(page);
  });

  it('the staff screens fit the screen too (wide tables scroll inside their frame)', async () => {
    const { page } = j;
    await page.context().clearCookies();
    await signInAs(j, 'admin', 'Alexandra Administrator-Longname');
    await page.goto(`${j.base}/app/users`);
    await page.getByLabel('Email').fill('new.recruiter.with.a.long.address@agency.example');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByText(/Invitation sent to/).waitFor();
    await expectNoHorizontalOverflow(page);
    await j.t.deliverMail();
    for (const [path, heading] of [
      ['/app/outbox', 'Mail outbox'],
      ['/app/openings', 'Openings'],
      ['/app/openings/new', 'New opening'],
      ['/app/companies', 'Companies'],
    ] as const) {
      await page.goto(`${j.base}${path}`);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.locator('.loading').waitFor({ state: 'detached' });
      await expectNoHorizontalOverflow(page);
    }
    await expectAccessible(page);
  });
});
