import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, request, type TestUser } from '../../src/server/testing/harness.ts';
import { textPdf } from '../../src/server/testing/pdf.ts';
import {
  expectAccessible,
  expectNoHorizontalOverflow,
  type Journey,
  seedOpening,
  signInAs,
  startJourney,
  tempFile,
} from './support.ts';

// Staff words that must never reach the job seeker: a stage renamed to an obviously internal
// name, the internal name of another stage, and the text of internal notes.
const INTERNAL = [
  'Client shortlist (internal)',
  'Not selected',
  'Screening',
  'picky hiring manager',
  'staff only',
];

interface Stage {
  id: number;
  name: string;
}

async function stageId(j: Journey, admin: TestUser, name: string): Promise<number> {
  const res = await request(j.t, { method: 'GET', url: '/api/v1/stages', cookie: admin.cookie });
  const found = (res.json() as Stage[]).find((s) => s.name === name);
  if (!found) throw new Error(`no stage named ${name}`);
  return found.id;
}

async function move(j: Journey, who: TestUser, applicationId: number, stage: number, note: string) {
  const res = await request(j.t, {
    method: 'POST',
    url: `/api/v1/applications/${applicationId}/moves`,
    cookie: who.cookie,
    payload: { stageId: stage, note },
  });
  expect(res.statusCode, res.body).toBe(200);
}

/** A note on the application, written straight to the database (the notes screens are separate). */
async function addNote(
  j: Journey,
  applicationId: number,
  author: TestUser,
  body: string,
  visibility: string,
) {
  const app = await j.t.ctx.db
    .selectFrom('application')
    .select('candidate_id')
    .where('id', '=', applicationId)
    .executeTakeFirstOrThrow();
  await j.t.ctx.db
    .insertInto('note')
    .values({
      subject_type: 'application',
      subject_id: applicationId,
      candidate_id: app.candidate_id,
      body,
      visibility,
      author_id: author.id,
    })
    .execute();
}

async function expectNoInternalWords(page: Page): Promise<void> {
  const text = (await page.locator('body').textContent()) ?? '';
  for (const word of INTERNAL) expect(text, `"${word}" is shown to the job seeker`).not.toContain(word);
}

describe('a job seeker follows an application', () => {
  let j: Journey;
  let slug: string;
  let admin: TestUser;
  let recruiter: TestUser;
  beforeAll(async () => {
    j = await startJourney();
    admin = await createUser(j.t, 'admin', 'Ada Admin');
    recruiter = await createUser(j.t, 'recruiter', 'Rita Recruiter');
    ({ slug } = await seedOpening(j.t, recruiter.cookie, {
      company: 'Fabrikam Foods',
      title: 'Warehouse Lead',
      field: 'Logistics',
    }));
    // The staff name is internal; the job seeker reads "Sent to the employer" for it.
    const submitted = await stageId(j, admin, 'Submitted to client');
    const rename = await request(j.t, {
      method: 'PUT',
      url: `/api/v1/stages/${submitted}`,
      cookie: admin.cookie,
      payload: {
        name: 'Client shortlist (internal)',
        kind: 'active',
        seekerLabel: 'Sent to the employer',
        seekerNext:
          'The employer is reviewing your profile. Your recruiter will tell you as soon as they answer.',
      },
    });
    expect(rename.statusCode, rename.body).toBe(200);
  });
  afterAll(async () => j?.close());

  it('sees each new stage in plain words, what happens next, the history and shared notes', async () => {
    const { page } = j;
    await signInAs(j, 'candidate', 'Sam Seeker');
    await page.goto(`${j.base}/app/apply/${slug}`);
    await page.getByRole('heading', { level: 1, name: 'Apply for Warehouse Lead' }).waitFor();
    await page.getByLabel('Cover note (optional)').fill('I ran a warehouse team for five years.');
    await page.getByLabel('Resume').setInputFiles(tempFile('sam.pdf', textPdf('Sam Seeker, warehouse lead')));
    await page.getByRole('button', { name: 'Send application' }).click();
    await page.getByText('Your application was sent.').waitFor();
    await page.locator('.stage-pill', { hasText: 'Received' }).first().waitFor();
    await page.getByText('A recruiter reads every application').waitFor();
    await expectAccessible(page);

    const [mine] = (await (await page.request.get(`${j.base}/api/v1/me/applications`)).json()) as {
      id: number;
    }[];
    const id = mine?.id ?? 0;
    expect(id).toBeGreaterThan(0);

    // The recruiter moves it twice (with internal notes), then shares a note; one more stays internal.
    await move(j, recruiter, id, await stageId(j, admin, 'Screening'), 'staff only: call on Monday');
    await move(
      j,
      recruiter,
      id,
      await stageId(j, admin, 'Client shortlist (internal)'),
      'picky hiring manager',
    );
    await addNote(j, id, recruiter, 'Good news: Fabrikam liked your warehouse experience.', 'shared');
    await addNote(j, id, recruiter, 'staff only: salary expectations are high', 'internal');

    await page.getByRole('link', { name: 'See all my applications' }).click();
    await page.getByRole('heading', { level: 1, name: 'My applications' }).waitFor();
    const card = page.locator('.application-card', { hasText: 'Warehouse Lead' });
    await card.locator('.stage-pill', { hasText: 'Sent to the employer' }).waitFor();
    await expect(card.textContent()).resolves.toMatch(/The employer is reviewing your profile/);
    await expect(card.textContent()).resolves.toMatch(/updated today/);
    await expect(card.textContent()).resolves.toMatch(/1 note from your recruiter/);
    await expectNoInternalWords(page);
    await expectAccessible(page);

    await card.getByRole('link', { name: 'Progress and history' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your application for Warehouse Lead' }).waitFor();
    expect(page.url()).toBe(`${j.base}/app/my-applications/${id}`);
    const history = page.getByRole('region', { name: 'History' }).getByRole('listitem');
    await expect(history.allInnerTexts()).resolves.toEqual([
      expect.stringContaining('Received'),
      expect.stringContaining('Being reviewed by your recruiter'),
      expect.stringContaining('Sent to the employer'),
    ]);
    // Every step carries its date.
    await expect(history.locator('time').count()).resolves.toBe(3);
    await page.getByText('Good news: Fabrikam liked your warehouse experience.').waitFor();
    await page.getByText('I ran a warehouse team for five years.').waitFor();
    await expect(page.getByRole('link', { name: /sam\.pdf/ }).getAttribute('href')).resolves.toMatch(
      /^\/api\/v1\/files\/\d+$/,
    );
    await expectNoInternalWords(page);
    await expectAccessible(page);

    // A closed outcome reads kindly and is set apart, still without staff names.
    await move(j, recruiter, id, await stageId(j, admin, 'Not selected'), 'staff only: went with another');
    await page.reload();
    const panel = page.locator('.stage-panel');
    await panel.getByText('Not going ahead').waitFor();
    await expect(panel.getAttribute('class')).resolves.toContain('closed');
    await expect(panel.textContent()).resolves.toMatch(/Your recruiter can suggest other openings/);
    await expectNoInternalWords(page);
    await expectAccessible(page);
  });

  it('another job seeker cannot open it', async () => {
    const { page } = j;
    const [mine] = (await (await page.request.get(`${j.base}/api/v1/me/applications`)).json()) as {
      id: number;
    }[];
    await page.context().clearCookies();
    await signInAs(j, 'candidate', 'Olive Other');
    await page.goto(`${j.base}/app/my-applications/${mine?.id}`);
    await page.getByRole('heading', { level: 1, name: 'Application not found' }).waitFor();
    await expect(page.getByText('Warehouse Lead').count()).resolves.toBe(0);
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
  });
  afterAll(async () => j?.close());

  it('the applications list and an application page fit the screen', async () => {
    const { page } = j;
    const seeker = await signInAs(j, 'candidate', 'Pat Phone');
    const applied = await request(j.t, {
      method: 'POST',
      url: `/api/v1/jobs/${slug}/applications`,
      cookie: seeker.cookie,
      payload: { coverNote: 'A very long cover note without spaces: '.concat('x'.repeat(300)) },
    });
    expect(applied.statusCode, applied.body).toBe(201);
    await page.goto(`${j.base}/app`);
    await page.locator('.application-card').waitFor();
    await expectNoHorizontalOverflow(page);
    await expectAccessible(page);
    await page.goto(`${j.base}/app/my-applications/${applied.json().id}`);
    await page.getByRole('heading', { level: 1, name: /Your application for Senior Customer/ }).waitFor();
    await expectNoHorizontalOverflow(page);
    await expectAccessible(page);
  });
});
