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
} from './support.ts';

let j: Journey;
beforeAll(async () => {
  j = await startJourney();
});
afterAll(async () => j?.close());

const skillsBox = (page: Page, name = 'Skills') => page.getByRole('combobox', { name, exact: true });

/** The chips shown in a skills input, in order. */
async function chips(page: Page, name = 'Skills'): Promise<string[]> {
  const rows = page.getByRole('grid', { name: `${name}: chosen` }).getByRole('row');
  return (await rows.allTextContents()).map((t) => t.replace('×', '').trim());
}

async function heading(page: Page, name: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
}

it('a recruiter adds candidates with skills, sees a duplicate, searches and edits', async () => {
  const { page } = j;
  await signInAs(j, 'recruiter', 'Rita Recruiter');
  await page.goto(`${j.base}/app/candidates`);
  await heading(page, 'Candidates');
  await page.getByText('0 candidates').waitFor();
  await expectAccessible(page);

  await page.getByRole('link', { name: 'New candidate' }).click();
  await heading(page, 'New candidate');
  await page.getByLabel('Name', { exact: true }).fill('Ada Lovelace');
  await page.getByLabel('Email (optional)').fill('ada@example.com');
  await page.getByLabel('Phone (optional)').fill('+1 416 555 0101');
  await page.getByLabel('Headline (optional)').fill('Front-end developer');
  await page.getByLabel('City (optional)').fill('Toronto');
  await page.getByLabel('Country (optional)').fill('Canada');
  await page.getByLabel('Field (optional)').selectOption('Software');
  await page.getByLabel('Years of experience (optional)').fill('7');

  // Skills: an alias and Enter, a comma, a suggestion picked from the list, an unknown one.
  const box = skillsBox(page);
  await box.fill('js');
  await box.press('Enter');
  await box.pressSequentially('ts,');
  await box.pressSequentially('Reac');
  await page.getByRole('option', { name: 'React', exact: true }).click();
  await box.pressSequentially('Postgr');
  await page.getByRole('option', { name: 'PostgreSQL', exact: true }).waitFor();
  await box.press('ArrowDown');
  await box.press('Enter');
  await box.pressSequentially('Basket weaving');
  await box.press('Backspace'); // with text in the box, Backspace only edits the text
  await box.press('Enter');
  await box.pressSequentially('Quantum knitting');
  await box.press('Enter');
  expect(await chips(page)).toEqual(['js', 'ts', 'React', 'PostgreSQL', 'Basket weavin', 'Quantum knitting']);
  await page.getByRole('button', { name: 'Remove Basket weavin' }).click();
  await box.press('Backspace'); // empty box: removes the last chip
  expect(await chips(page)).toEqual(['js', 'ts', 'React', 'PostgreSQL']);
  await box.pressSequentially('Quantum knitting');
  await box.press('Enter');
  await expectAccessible(page);

  await page.getByRole('checkbox', { name: 'Remote' }).check();
  await page.getByRole('checkbox', { name: 'Full-time' }).check();
  await page.getByLabel('Desired pay (optional)').fill('95,000');
  await page.getByLabel('Currency').selectOption('CAD');
  await page.getByLabel('Available from (optional)').fill('2026-12-01');
  await page.getByLabel('Source').selectOption('referral');
  await page.getByLabel('Owner').selectOption({ label: 'Rita Recruiter' });
  await page.getByLabel('Agreed on').fill('2026-03-04');
  await page.getByLabel('Wording').fill('You may keep my details and share them with employers.');
  await page.getByRole('button', { name: 'Create candidate' }).click();

  await page.getByText('Ada Lovelace was added.').waitFor();
  await heading(page, 'Ada Lovelace');
  const skills = page.getByRole('list', { name: 'Skills of Ada Lovelace' }).getByRole('listitem');
  await expect
    .poll(() => skills.allTextContents())
    .toEqual([
      'JavaScript',
      'TypeScript',
      'React',
      'PostgreSQL',
      'Quantum knitting (not in the skills list)',
    ]);
  await page.getByText('CA$95,000 per year').waitFor();
  await page.getByText('December 1, 2026').waitFor();
  expect(await page.getByRole('heading', { name: 'This may be someone we already have' }).count()).toBe(0);
  await expectAccessible(page);
  const firstUrl = page.url();

  // The same email again: the record is made, with a warning that links to the first one.
  await page.getByRole('link', { name: 'All candidates' }).click();
  await page.getByRole('link', { name: 'New candidate' }).click();
  await heading(page, 'New candidate');
  await page.getByLabel('Name', { exact: true }).fill('Ada King');
  await page.getByLabel('Email (optional)').fill('ADA@example.com');
  await page.getByRole('button', { name: 'Create candidate' }).click();
  await heading(page, 'Ada King');
  const warning = page.getByRole('region', { name: 'This may be someone we already have' });
  await expect.poll(() => warning.textContent()).toContain('Possible duplicate: Ada Lovelace');
  expect(await warning.textContent()).toContain('(same email)');
  await expectAccessible(page);
  await warning.getByRole('link', { name: 'Ada Lovelace', exact: true }).click();
  await heading(page, 'Ada Lovelace');
  expect(page.url()).toBe(firstUrl);
  // The first record now warns about the second one too.
  await page
    .getByRole('region', { name: 'This may be someone we already have' })
    .getByText('Ada King')
    .waitFor();

  // Search by skill, then by name.
  await page.getByRole('link', { name: 'Candidates', exact: true }).click();
  await heading(page, 'Candidates');
  await page.getByText('2 candidates').waitFor();
  await page.getByLabel('Skill', { exact: true }).fill('JavaScript');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByText('1 candidate matches the search').waitFor();
  const table = page.getByRole('table');
  expect(await table.getByRole('link').allTextContents()).toEqual(['Ada Lovelace']);
  expect(await table.textContent()).toContain('JavaScript, TypeScript, React, PostgreSQL and 1 more');
  expect(page.url()).toContain('skill=JavaScript');
  await expectAccessible(page);
  await page.getByLabel('Skill', { exact: true }).fill('');
  await page.getByRole('searchbox', { name: 'Search' }).fill('King');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect.poll(() => table.getByRole('link').allTextContents()).toEqual(['Ada King']);

  // Invite the person to claim the record as their portal account.
  await page.goto(firstUrl);
  await page.getByRole('button', { name: 'Invite to the portal' }).click();
  await page.getByText(/^Invitation sent to /).waitFor();
  await expectAccessible(page);

  // Edit a field and see it saved.
  await page.goto(firstUrl);
  await page.getByRole('link', { name: 'Edit details' }).click();
  await heading(page, 'Edit Ada Lovelace');
  await expect
    .poll(() => chips(page))
    .toEqual(['JavaScript', 'TypeScript', 'React', 'PostgreSQL', 'Quantum knitting']);
  await page.getByLabel('Headline (optional)').fill('Senior front-end developer');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.getByText('Your changes are saved.').waitFor();
  await page.getByText('Senior front-end developer').waitFor();

  // A bad email: the error sits next to the field and what was typed stays.
  await page.getByRole('link', { name: 'Edit details' }).click();
  await heading(page, 'Edit Ada Lovelace');
  const email = page.getByLabel('Email (optional)');
  await email.fill('ada at example');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect.poll(() => fieldError(page, email)).toBe('Enter a valid email address');
  expect(await email.inputValue()).toBe('ada at example');
  expect(await page.getByLabel('Headline (optional)').inputValue()).toBe('Senior front-end developer');
  await expectAccessible(page);
});

it('a recruiter adds a company contact and makes them the hiring contact of an opening', async () => {
  const { page } = j;
  const recruiter = await signInAs(j, 'recruiter', 'Omar Owner');
  const company = await request(j.t, {
    method: 'POST',
    url: '/api/v1/companies',
    cookie: recruiter.cookie,
    payload: { name: 'Northwind Robotics' },
  });
  const companyId = company.json().id as number;

  await page.goto(`${j.base}/app/companies/${companyId}`);
  await heading(page, 'Northwind Robotics');
  await page.getByText('No contacts yet.', { exact: false }).waitFor();
  await page.getByRole('button', { name: 'Add a contact' }).click();
  await page.getByLabel('Contact name').fill('Jo Hiring');
  await page.getByLabel('Job title (optional)').fill('Engineering Manager');
  await page.getByLabel('Email (optional)').fill('jo@northwind.example');
  await page.getByLabel('Phone (optional)').fill('+1 204 555 0199');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Add contact' }).click();
  await page.getByText('Jo Hiring was added.').waitFor();
  const contacts = page.getByRole('list', { name: 'Contacts at this company' });
  expect(await contacts.getByRole('link', { name: 'jo@northwind.example' }).getAttribute('href')).toBe(
    'mailto:jo@northwind.example',
  );

  // A second contact, edited and then deleted after a confirmation.
  await page.getByRole('button', { name: 'Add a contact' }).click();
  await page.getByLabel('Contact name').fill('Temp Person');
  await page.getByRole('button', { name: 'Add contact' }).click();
  await page.getByText('Temp Person was added.').waitFor();
  await page.getByRole('button', { name: 'Edit Temp Person' }).click();
  await page.getByLabel('Job title (optional)').fill('Recruiting Coordinator');
  await page.getByRole('button', { name: 'Save contact' }).click();
  await page.getByText('Temp Person was saved.').waitFor();
  await contacts.getByText('Recruiting Coordinator').waitFor();
  await page.getByRole('button', { name: 'Delete Temp Person' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Delete Temp Person?' });
  await dialog.waitFor();
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByRole('button', { name: 'Delete Temp Person' }).click();
  await dialog.getByRole('button', { name: 'Delete contact' }).click();
  await page.getByText('Temp Person was deleted.').waitFor();
  await expect.poll(() => contacts.getByRole('heading').allTextContents()).toEqual(['Jo Hiring']);

  await page.getByRole('link', { name: 'New opening at this company' }).click();
  await heading(page, 'New opening');
  const hiring = page.getByLabel('Hiring contact (optional)');
  await expect
    .poll(() => hiring.locator('option').allTextContents())
    .toEqual(['None', 'Jo Hiring, Engineering Manager']);
  await hiring.selectOption({ label: 'Jo Hiring, Engineering Manager' });
  await page.getByLabel('Job title').fill('Robotics Engineer');
  await page.getByLabel('Field').selectOption('Engineering');
  await page.getByLabel('Description').fill('Build arms that pick orders.');
  await page.getByLabel('City').fill('Winnipeg');
  await page.getByLabel('Country').fill('Canada');
  const skills = skillsBox(page, 'Skills wanted');
  await skills.fill('sql');
  await skills.press('Enter');
  await skills.pressSequentially('ROS 2 arms');
  await skills.press('Enter');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Create opening' }).click();

  await page.getByText('The opening was created.').waitFor();
  await heading(page, 'Robotics Engineer');
  await page.getByText('Jo Hiring, Engineering Manager').first().waitFor();
  await expect
    .poll(() => page.getByRole('list', { name: 'Skills wanted' }).getByRole('listitem').allTextContents())
    .toEqual(['SQL', 'ROS 2 arms (not in the skills list)']);
  expect(await hiring.inputValue()).not.toBe('');
  expect(await chips(page, 'Skills wanted')).toEqual(['SQL', 'ROS 2 arms']);
  await expectAccessible(page);
});

it('on a phone the candidate list and form fit the screen', async () => {
  const phone = await startJourney({ mobile: true });
  try {
    const { page } = phone;
    const recruiter = await signInAs(phone, 'recruiter', 'Pat Phone');
    const created = await request(phone.t, {
      method: 'POST',
      url: '/api/v1/candidates',
      cookie: recruiter.cookie,
      payload: {
        name: 'Maximilian Wolfeschlegelsteinhausenbergerdorff',
        email: 'max.wolfeschlegelsteinhausenbergerdorff@example.com',
        headline: 'Operations lead for multi-site warehouses and cross-docking',
        city: 'Saskatoon',
        region: 'Saskatchewan',
        country: 'Canada',
        field: 'Logistics',
        skills: ['Forklift operation', 'Inventory management', 'WMS', 'Lean', 'Six Sigma'],
      },
    });
    expect(created.statusCode).toBe(201);

    await page.goto(`${phone.base}/app/candidates`);
    await heading(page, 'Candidates');
    await page.getByText('1 candidate').waitFor();
    await expectNoHorizontalOverflow(page);
    await expectAccessible(page);

    await page.goto(`${phone.base}/app/candidates/new`);
    await heading(page, 'New candidate');
    const box = skillsBox(page);
    for (const skill of ['Customer service', 'Point of sale', 'Food safety', 'Scheduling']) {
      await box.pressSequentially(skill);
      await box.press('Enter');
    }
    await expectNoHorizontalOverflow(page);
    await expectAccessible(page);

    await page.goto(`${phone.base}/app/candidates/${created.json().candidate.id}`);
    await heading(page, 'Maximilian Wolfeschlegelsteinhausenbergerdorff');
    await expectNoHorizontalOverflow(page);
    await expectAccessible(page);
  } finally {
    await phone.close();
  }
});
