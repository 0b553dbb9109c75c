import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, request, type TestUser } from '../../src/server/testing/harness.ts';
import { textPdf } from '../../src/server/testing/pdf.ts';
import {
  expectAccessible,
  expectNoHorizontalOverflow,
  fieldError,
  type Journey,
  seedOpening,
  signInAs,
  startJourney,
  TINY_PDF,
  tempFile,
} from './support.ts';

/** The stage names as the settings page lists them, in order. */
async function listedStages(page: Page): Promise<string[]> {
  const names = await page.locator('.stage-list > li h3').evaluateAll((hs) =>
    // The heading holds the name, then the kind and retired pills.
    hs.map((h) => (h.firstChild?.textContent ?? '').trim()),
  );
  return names;
}

async function apiStages(j: Journey, cookie: string) {
  const res = await request(j.t, { method: 'GET', url: '/api/v1/stages', cookie });
  return res.json() as { id: number; name: string; seekerLabel: string; retired: boolean }[];
}

const row = (page: Page, name: string | RegExp) =>
  page.locator('.stage-list > li').filter({ has: page.getByRole('heading', { level: 3, name }) });

describe('an admin sets up the pipeline', () => {
  let j: Journey;
  let admin: TestUser;
  beforeAll(async () => {
    j = await startJourney();
  });
  afterAll(async () => j?.close());

  it('renames, reorders, retires and restores stages, and is told what would break the pipeline', async () => {
    const { page } = j;
    admin = await signInAs(j, 'admin', 'Ada Admin');
    await page.goto(`${j.base}/app`);
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await page.locator('.stage-list').waitFor();
    const start = await listedStages(page);
    expect(start.slice(0, 3)).toEqual(['Applied', 'Screening', 'Submitted to client']);
    await expect(row(page, /^Placed/).textContent()).resolves.toMatch(/Placed[\s\S]*Hired/);
    await expectAccessible(page);

    // Rename, with a field error first.
    await page.getByRole('button', { name: 'Edit Screening' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit “Screening”' });
    await dialog.waitFor();
    const name = dialog.getByLabel('Stage name (staff see this)');
    await name.fill('');
    await dialog.getByRole('button', { name: 'Save stage' }).click();
    await expect.poll(() => fieldError(page, name)).toBe('Name the stage');
    await expectAccessible(page);
    await name.fill('Phone screen');
    await dialog.getByLabel('What the job seeker reads').fill('Your recruiter will call you');
    await dialog.getByRole('button', { name: 'Save stage' }).click();
    await dialog.waitFor({ state: 'detached' });
    await row(page, /^Phone screen/).waitFor();
    await expect(row(page, /^Phone screen/).textContent()).resolves.toContain('Your recruiter will call you');
    expect((await apiStages(j, admin.cookie)).map((s) => s.name)).toContain('Phone screen');

    // Changing the only placed stage into an in-progress one is refused, inside the dialog.
    await page.getByRole('button', { name: 'Edit Placed' }).click();
    const placed = page.getByRole('dialog', { name: 'Edit “Placed”' });
    await placed.getByLabel('Kind').selectOption('active');
    await placed.getByRole('button', { name: 'Save stage' }).click();
    await placed.getByRole('alert').getByText('The pipeline needs a placed stage.').waitFor();
    await expectAccessible(page);
    await placed.getByRole('button', { name: 'Cancel' }).click();
    await placed.waitFor({ state: 'detached' });

    // Reorder with the keyboard: focus stays on the moved stage's buttons.
    await page.getByRole('button', { name: 'Move up Phone screen' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('“Phone screen” is now stage 1 of 10.').waitFor();
    expect((await listedStages(page)).slice(0, 2)).toEqual(['Phone screen', 'Applied']);
    // At the top, "Move up" is disabled, so focus moves to "Move down" of the same stage.
    await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe(
      '↓ Move down Phone screen',
    );
    await page.keyboard.press('Enter');
    await page.getByText('“Phone screen” is now stage 2 of 10.').waitFor();
    expect((await listedStages(page)).slice(0, 2)).toEqual(['Applied', 'Phone screen']);
    expect((await apiStages(j, admin.cookie)).map((s) => s.name).slice(0, 2)).toEqual([
      'Applied',
      'Phone screen',
    ]);

    // Retire a stage, then bring it back.
    await page.getByRole('button', { name: 'Retire No response' }).click();
    await page.getByText('“No response” is retired.').waitFor();
    await expect(row(page, /^No response/).textContent()).resolves.toContain('Retired');
    expect((await apiStages(j, admin.cookie)).find((s) => s.name === 'No response')?.retired).toBe(true);
    await page.getByRole('button', { name: 'Restore No response' }).click();
    await page.getByText('“No response” is back in use.').waitFor();
    await expectAccessible(page);

    // The last placed stage cannot be retired: the page says why, and nothing changes.
    await page.getByRole('button', { name: 'Retire Placed' }).click();
    await row(page, /^Placed/)
      .getByRole('alert')
      .getByText('“Placed” was not retired. The pipeline needs a placed stage.')
      .waitFor();
    expect((await apiStages(j, admin.cookie)).find((s) => s.name === 'Placed')?.retired).toBe(false);
    await expectAccessible(page);

    // A new stage goes to the end.
    await page.getByRole('button', { name: 'Add a stage' }).click();
    const add = page.getByRole('dialog', { name: 'Add a stage' });
    await add.getByLabel('Stage name (staff see this)').fill('Reference checks');
    await add.getByLabel('What the job seeker reads').fill('Checking your references');
    await add.getByRole('button', { name: 'Add stage' }).click();
    await add.waitFor({ state: 'detached' });
    await expect(listedStages(page)).resolves.toContain('Reference checks');
    expect((await listedStages(page)).at(-1)).toBe('Reference checks');
  });

  it('sets the recruiter access rule in plain words', async () => {
    const { page } = j;
    await page.getByRole('heading', { level: 2, name: 'Recruiter access' }).waitFor();
    await expect(page.getByLabel('Everyone sees and changes everything').isChecked()).resolves.toBe(true);
    await page.getByLabel('Recruiters see only what they own').check();
    await page.getByRole('button', { name: 'Save access rule' }).click();
    await page.getByText('Saved.', { exact: true }).waitFor();
    const saved = await request(j.t, { method: 'GET', url: '/api/v1/settings/access', cookie: admin.cookie });
    expect(saved.json()).toEqual({ recruiterAccess: 'own-only' });
    await page.reload();
    await expect(page.getByLabel('Recruiters see only what they own').isChecked()).resolves.toBe(true);
    await expectAccessible(page);
  });

  it('is for administrators only', async () => {
    const { page } = j;
    await page.context().clearCookies();
    await signInAs(j, 'recruiter');
    await page.goto(`${j.base}/app/settings/pipeline`);
    await page.getByRole('heading', { level: 1, name: 'Not available' }).waitFor();
    await expect(page.getByRole('link', { name: 'Settings', exact: true }).count()).resolves.toBe(0);
  });
});

describe('a recruiter on a candidate record', () => {
  let j: Journey;
  let candidateId: number;
  let openingTitle: string;
  beforeAll(async () => {
    j = await startJourney();
  });
  afterAll(async () => j?.close());

  it('uploads resumes and submits the candidate to an opening', async () => {
    const { page } = j;
    const recruiter = await signInAs(j, 'recruiter', 'Rita Recruiter');
    openingTitle = 'Night Shift Supervisor';
    await seedOpening(j.t, recruiter.cookie, { company: 'Contoso Logistics', title: openingTitle });
    await seedOpening(j.t, recruiter.cookie, {
      company: 'Contoso Logistics',
      title: 'Old Draft',
      status: 'draft',
    });
    const created = await request(j.t, {
      method: 'POST',
      url: '/api/v1/candidates',
      cookie: recruiter.cookie,
      payload: { name: 'Morgan Hale', ownerId: recruiter.id },
    });
    candidateId = created.json().candidate.id;
    await page.goto(`${j.base}/app/candidates/${candidateId}`);
    await page.getByRole('heading', { level: 1, name: 'Morgan Hale' }).waitFor();
    const resumes = page.getByRole('region', { name: 'Resumes' });
    await resumes.getByText('No resume yet.').waitFor();
    await expectAccessible(page);

    // A text file named .pdf is refused by its content.
    const file = resumes.getByLabel('Resume file');
    await file.setInputFiles(tempFile('notes.pdf', 'just words'));
    await resumes.getByRole('button', { name: 'Upload resume' }).click();
    await expect.poll(async () => (await file.getAttribute('aria-invalid')) === 'true').toBe(true);
    await expect.poll(() => fieldError(page, file)).toBe('Upload a PDF or Word (.docx) document.');
    await expectAccessible(page);

    await file.setInputFiles(tempFile('scan.pdf', TINY_PDF));
    await resumes.getByRole('button', { name: 'Upload resume' }).click();
    await resumes.getByText('scan.pdf was added.').waitFor();
    await resumes.getByText(/No text could be read from this file/).waitFor();

    await file.setInputFiles(
      tempFile('morgan-cv.pdf', textPdf('Morgan Hale, forklift and zygomorphic logistics')),
    );
    await resumes.getByRole('button', { name: 'Upload resume' }).click();
    await resumes.getByText('morgan-cv.pdf was added.').waitFor();
    const items = resumes.locator('.resume-list > li');
    await expect(items.count()).resolves.toBe(2);
    await expect(items.first().textContent()).resolves.toMatch(
      /morgan-cv\.pdf\s*Latest[\s\S]*by Rita Recruiter/,
    );
    await expect(items.first().textContent()).resolves.not.toMatch(/No text could be read/);
    await expect(
      items.first().getByRole('link', { name: 'morgan-cv.pdf' }).getAttribute('href'),
    ).resolves.toMatch(/^\/api\/v1\/files\/\d+$/);
    const found = await page.request.get(`${j.base}/api/v1/candidates?q=zygomorphic`);
    expect(((await found.json()).results as { id: number }[]).map((c) => c.id)).toEqual([candidateId]);
    await expectAccessible(page);

    // Submit to an open opening (drafts are not offered).
    const section = page.getByRole('region', { name: 'Applications', exact: true });
    await section.getByText('Not in any opening’s pipeline yet.').waitFor();
    await section.getByRole('button', { name: 'Submit to an opening' }).click();
    const opening = section.getByLabel('Opening', { exact: true });
    await opening.waitFor();
    await expect(opening.locator('option').allTextContents()).resolves.toEqual([
      'Choose an opening…',
      `${openingTitle} · Contoso Logistics`,
    ]);
    await section.getByRole('button', { name: 'Submit candidate' }).click();
    await expect.poll(() => fieldError(page, opening)).toBe('Choose an opening');
    await opening.selectOption({ label: `${openingTitle} · Contoso Logistics` });
    await section.getByLabel('Note for the team (optional)').fill('Strong on night shifts.');
    await expectAccessible(page);
    await section.getByRole('button', { name: 'Submit candidate' }).click();
    await section.getByText(`Morgan Hale was submitted to ${openingTitle} (Contoso Logistics).`).waitFor();
    const rowLink = section.getByRole('link', { name: `Open the application to ${openingTitle}` });
    await expect(rowLink.getAttribute('href')).resolves.toMatch(/^\/app\/applications\/\d+$/);
    await expect(section.locator('tbody tr').textContent()).resolves.toMatch(/Contoso Logistics\s*Applied/);

    // Submitting again to the same opening says clearly why not.
    await section.getByRole('button', { name: 'Submit to an opening' }).click();
    await section.getByLabel('Opening', { exact: true }).selectOption({
      label: `${openingTitle} · Contoso Logistics (already in their pipeline)`,
    });
    await section.getByRole('button', { name: 'Submit candidate' }).click();
    // The answer comes from the server, so wait for it.
    await expect
      .poll(() => fieldError(page, section.getByLabel('Opening', { exact: true })))
      .toBe('This candidate is already in this opening’s pipeline.');
    await section.getByRole('link', { name: 'Open their application to this opening' }).waitFor();
    await expectAccessible(page);
    await expect(section.locator('tbody tr').count()).resolves.toBe(1);
  });
});

describe('on a phone', () => {
  let j: Journey;
  beforeAll(async () => {
    j = await startJourney({ mobile: true });
  });
  afterAll(async () => j?.close());

  it('the pipeline settings and a candidate record with applications and resumes fit the screen', async () => {
    const { page } = j;
    await signInAs(j, 'admin', 'Alexandra Administrator-Longname');
    await page.goto(`${j.base}/app/settings/pipeline`);
    await page.locator('.stage-list').waitFor();
    await expectNoHorizontalOverflow(page);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Edit Submitted to client' }).click();
    await page.getByRole('dialog').waitFor();
    await expectNoHorizontalOverflow(page);
    await expectAccessible(page);

    const recruiter = await createUser(j.t, 'recruiter');
    const { id: openingId } = await seedOpening(j.t, recruiter.cookie, {
      company: 'Tailspin Toys International Holdings',
      title: 'Senior Customer Experience Representative (Bilingual)',
    });
    const candidate = (
      await request(j.t, {
        method: 'POST',
        url: '/api/v1/candidates',
        cookie: recruiter.cookie,
        payload: { name: 'Bartholomew Featherstonehaugh-Longname' },
      })
    ).json().candidate;
    const submitted = await request(j.t, {
      method: 'POST',
      url: '/api/v1/applications',
      cookie: recruiter.cookie,
      payload: { candidateId: candidate.id, openingId },
    });
    expect(submitted.statusCode, submitted.body).toBe(201);
    await page.goto(`${j.base}/app/candidates/${candidate.id}`);
    await page.getByRole('region', { name: 'Applications', exact: true }).locator('tbody tr').waitFor();
    await page.getByRole('region', { name: 'Resumes' }).getByText('No resume yet.').waitFor();
    await expectNoHorizontalOverflow(page);
    await expectAccessible(page);
  });
});
