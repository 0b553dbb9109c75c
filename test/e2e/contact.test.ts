import { afterAll, beforeAll, expect, it } from 'vitest';
import { MIN_FILL_MS } from '../../src/server/platform/spam.ts';
import type { TestUser } from '../../src/server/testing/harness.ts';
import { actAs, checkWithoutJs, expectAccessible, type Journey, signInAs, startJourney } from './support.ts';

// A visitor with JavaScript off writes to the agency from a phone, gets an error, fixes it and
// is thanked; a recruiter then works the lead and turns it into a candidate record.

let j: Journey;
let recruiter: TestUser;
beforeAll(async () => {
  j = await startJourney();
  recruiter = await signInAs(j, 'recruiter', 'Rita Recruiter');
  await j.page.context().clearCookies();
});
afterAll(async () => j?.close());

it('a visitor without JavaScript sends the contact form, fixing an error on the way', async () => {
  const context = await j.browser.newContext({
    javaScriptEnabled: false,
    bypassCSP: true,
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  try {
    await page.goto(`${j.base}/`);
    await page.getByRole('link', { name: 'Contact', exact: true }).click();
    await page.waitForURL(/\/contact$/);
    await checkWithoutJs(j, page);

    await page.getByLabel('Looking for work').check();
    await page.getByLabel('Your name').fill('Rosa Díaz');
    await page.getByLabel('Email').fill('rosa@example');
    await page.getByLabel('Phone').fill('+1 555 0100');
    await page.getByLabel('What you are looking for').fill('Warehouse supervisor');
    await page
      .getByRole('textbox', { name: /^Message/ })
      .fill('Ten years in logistics.\nAvailable from Monday.');
    await page.getByLabel(/I agree that the agency may contact me/).check();
    await page.getByRole('button', { name: 'Send message' }).click();

    // The server answers with the same form: the error named beside its field, everything kept.
    await expect(page.getByRole('alert').textContent()).resolves.toContain(
      'Please enter a valid email address',
    );
    const email = page.getByLabel('Email');
    await expect(email.getAttribute('aria-invalid')).resolves.toBe('true');
    const describedBy = (await email.getAttribute('aria-describedby')) ?? '';
    await expect(page.locator(`[id="${describedBy}"]`).textContent()).resolves.toBe(
      'Please enter a valid email address',
    );
    await expect(page.getByLabel('Your name').inputValue()).resolves.toBe('Rosa Díaz');
    await expect(page.getByRole('textbox', { name: /^Message/ }).inputValue()).resolves.toBe(
      'Ten years in logistics.\nAvailable from Monday.',
    );
    await expect(page.getByLabel('Looking for work').isChecked()).resolves.toBe(true);
    await expect(page.getByLabel(/I agree that the agency may contact me/).isChecked()).resolves.toBe(true);
    await checkWithoutJs(j, page);

    await email.fill('rosa@example.com');
    // A person takes longer than the minimum fill time; this fast robot waits it out.
    await page.waitForTimeout(MIN_FILL_MS);
    await page.getByRole('button', { name: 'Send message' }).click();
    await page.waitForURL(/\/contact\/thanks$/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Thank you');
    await checkWithoutJs(j, page);
  } finally {
    await context.close();
  }
  const mails = await j.t.deliverMail();
  expect(mails.some((m) => m.to === 'rosa@example.com' && /Thank you for contacting/.test(m.subject))).toBe(
    true,
  );
});

it('a recruiter assigns the lead and converts it into a candidate record', async () => {
  const { page } = j;
  await actAs(j, recruiter);
  await page.goto(`${j.base}/app/leads`);
  await page.getByRole('heading', { name: 'Leads (1 new)' }).waitFor();
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Rosa Díaz' }).click();
  await page.getByRole('heading', { name: 'Rosa Díaz', level: 1 }).waitFor();
  await expectAccessible(page);

  await page.getByLabel('Assigned recruiter').selectOption({ label: 'Rita Recruiter' });
  await page.getByRole('button', { name: 'Assign' }).click();
  await page.getByText('Assigned to: Rita Recruiter').waitFor();

  // Nothing to retype: the conversion form is filled from the lead.
  await expect(page.getByLabel('Headline').inputValue()).resolves.toBe('Warehouse supervisor');
  await expect(page.getByLabel('Email', { exact: true }).inputValue()).resolves.toBe('rosa@example.com');
  await page.getByRole('button', { name: 'Create candidate record' }).click();
  await page.getByText('Candidate record created, and a portal invitation was emailed.').waitFor();
  await expectAccessible(page);

  await page.getByRole('link', { name: 'open the candidate record' }).click();
  await page.waitForURL(/\/app\/candidates\/\d+$/);
  await page.getByRole('heading', { name: 'Rosa Díaz', level: 1 }).waitFor();
  // The headline under the name came from the lead (waited for: the record renders after its heading).
  await page.locator('p.meta', { hasText: 'Warehouse supervisor' }).waitFor();
  await expectAccessible(page);
  const mails = await j.t.deliverMail();
  expect(mails.some((m) => m.to === 'rosa@example.com' && /invited you/.test(m.subject))).toBe(true);
});

it('a hiring manager with JavaScript on writes in; a recruiter turns the lead into a client and contact', async () => {
  const context = await j.browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  try {
    await page.goto(`${j.base}/contact`);
    await page.getByRole('radio', { name: 'Hiring' }).check();
    await page.getByLabel('Your name').fill('Omar Haddad');
    await page.getByLabel('Email').fill('omar@harbourfoods.example');
    await page.getByLabel('Company', { exact: true }).fill('Harbour Foods');
    await page.getByLabel(/role you are hiring for/).fill('Two forklift drivers');
    await page.getByRole('button', { name: 'Send message' }).click();
    // The browser does not stop the form: the server names each missing field and keeps the rest.
    const alert = await page.getByRole('alert').textContent();
    expect(alert).toMatch(/message/i);
    expect(alert).toMatch(/agree/i);
    await expect(page.getByLabel('Company', { exact: true }).inputValue()).resolves.toBe('Harbour Foods');
    await expect(page.getByRole('radio', { name: 'Hiring' }).isChecked()).resolves.toBe(true);
    await expectAccessible(page);

    await page.getByRole('textbox', { name: /^Message/ }).fill('Night shifts, starting in January.');
    await page.getByLabel(/I agree that the agency may contact me/).check();
    await page.waitForTimeout(MIN_FILL_MS);
    await page.getByRole('button', { name: 'Send message' }).click();
    await page.waitForURL(/\/contact\/thanks$/);
  } finally {
    await context.close();
  }

  const { page: staff } = j;
  await actAs(j, recruiter);
  await staff.goto(`${j.base}/app`);
  await staff.getByRole('link', { name: /Leads\s*1 new message/ }).click();
  await staff.getByRole('link', { name: 'Omar Haddad' }).click();
  await staff.getByRole('heading', { name: 'Omar Haddad', level: 1 }).waitFor();
  await expect(staff.getByLabel('Company name').inputValue()).resolves.toBe('Harbour Foods');
  await expect(staff.getByLabel('Contact name').inputValue()).resolves.toBe('Omar Haddad');
  await staff.getByLabel('Contact’s job title (optional)').fill('Operations manager');
  await staff.getByRole('button', { name: 'Create company and contact' }).click();
  await staff.getByText('Company and contact created.').waitFor();
  await staff.getByRole('link', { name: 'open the company' }).click();
  await staff.getByRole('heading', { name: 'Harbour Foods', level: 1 }).waitFor();
  await staff.getByText('Omar Haddad').first().waitFor();
  await expectAccessible(staff);
});
