import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, request, type TestUser } from '../../src/server/testing/harness.ts';
import {
  actAs,
  expectAccessible,
  expectNoHorizontalOverflow,
  type Journey,
  seekerApplicant,
  startJourney,
} from './support.ts';

// Better-suited openings: a seeker debriefs an interview and is shown another opening at the same
// company whose skills were raised in it, there and on their portal home; a recruiter sees the
// same opening as "consider for" on the candidate and submits them to it in one click.

const HOUR = 3_600_000;
const RAISED_REASON =
  'Also at Harbour Bank: asks for SQL and Stakeholder management, both raised in your interview.';

async function heading(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

interface Setup {
  recruiter: TestUser;
  seeker: TestUser;
  candidateId: number;
  interviewId: number;
  analyst: { id: number; slug: string };
}

/** An open opening with the skills it asks for, at the company of an existing one. */
async function openingWithSkills(j: Journey, r: TestUser, sibling: number, title: string, skills: string[]) {
  const like = (
    await request(j.t, { method: 'GET', url: `/api/v1/openings/${sibling}`, cookie: r.cookie })
  ).json();
  const res = await request(j.t, {
    method: 'POST',
    url: '/api/v1/openings',
    cookie: r.cookie,
    payload: {
      companyId: like.companyId,
      title,
      field: 'Finance',
      description: `Join us as a ${title}.`,
      city: 'Halifax',
      country: 'Canada',
      workplaceType: 'hybrid',
      employmentType: 'full-time',
      status: 'open',
      skills,
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: number; slug: string };
}

/** One Data Analyst opening per journey, so each seeker is shown the same one. */
const analysts = new WeakMap<Journey, { id: number; slug: string }>();

/** A seeker applied to Teller at Harbour Bank, with an interview that took place yesterday. */
async function pastInterview(j: Journey, seekerName: string): Promise<Setup> {
  const recruiter = await createUser(j.t, 'recruiter', 'Rita Recruiter');
  const call = (method: string, url: string, payload?: Record<string, unknown>) =>
    request(j.t, { method, url, cookie: recruiter.cookie, payload });
  const { seeker, candidateId, applicationId, opening } = await seekerApplicant(j.t, {
    seekerName,
    recruiter,
    company: 'Harbour Bank',
    title: 'Teller',
    field: 'Finance',
  });
  const analyst =
    analysts.get(j) ??
    (await openingWithSkills(j, recruiter, opening.id, 'Data Analyst', [
      'SQL',
      'Stakeholder management',
      'Python',
    ]));
  analysts.set(j, analyst);
  const iv = await call('POST', `/api/v1/applications/${applicationId}/interviews`, {
    round: 'first',
    format: 'on-site',
    durationMinutes: 60,
    location: '1 Harbour Street, Halifax',
    zone: 'America/Halifax',
    times: [{ startsAt: new Date(Date.now() + 3 * 24 * HOUR).toISOString() }],
  });
  expect(iv.statusCode, iv.body).toBe(201);
  const interviewId = iv.json().id as number;
  const startedAt = Date.now() - 26 * HOUR;
  await j.t.ctx.db
    .updateTable('interview_slot')
    .set({ starts_at: new Date(startedAt).toISOString(), ends_at: new Date(startedAt + HOUR).toISOString() })
    .where('interview_id', '=', interviewId)
    .execute();
  return { recruiter, seeker, candidateId, interviewId, analyst };
}

/** The debrief as the seeker would save it, through the API. */
async function debriefed(j: Journey, s: Setup, skills: string[]): Promise<void> {
  const res = await request(j.t, {
    method: 'PUT',
    url: `/api/v1/me/interviews/${s.interviewId}/debrief`,
    cookie: s.seeker.cookie,
    payload: { skills },
  });
  expect(res.statusCode, res.body).toBe(200);
}

describe('better-suited openings', () => {
  let j: Journey;
  beforeAll(async () => {
    j = await startJourney();
  });
  afterAll(async () => j?.close());

  it('a seeker sees another opening at the company after a debrief, and on their home', async () => {
    const { page } = j;
    const s = await pastInterview(j, 'Sadie Skills');
    await actAs(j, s.seeker);
    await page.goto(`${j.base}/app/interviews/${s.interviewId}/debrief`);
    await heading(page, 'Debrief: Teller at Harbour Bank');
    // Nothing is suggested before the debrief is saved.
    expect(await page.getByRole('region', { name: 'Other openings that may suit you' }).count()).toBe(0);

    const skills = page.getByRole('combobox', { name: 'Skills they asked about or cared about' });
    for (const name of ['SQL', 'Stakeholder management']) {
      await skills.fill(name);
      await skills.press('Enter');
      await page.getByRole('button', { name: `Remove ${name}` }).waitFor();
    }
    await page.getByRole('button', { name: 'Save the debrief' }).click();
    await page.getByText('Saved.').waitFor();

    const after = page.getByRole('region', { name: 'Other openings that may suit you' });
    const link = after.getByRole('link', { name: 'Data Analyst', exact: true });
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe(`/jobs/${s.analyst.slug}`);
    await after.getByText(RAISED_REASON).waitFor();
    await after.getByText('Harbour Bank', { exact: true }).waitFor();
    await expectAccessible(page);

    await page.goto(`${j.base}/app`);
    const home = page.getByRole('region', { name: 'Openings that may suit you' });
    await home.getByRole('link', { name: 'Data Analyst', exact: true }).waitFor();
    await home.getByText(RAISED_REASON).waitFor();
    // The opening they interviewed for is not suggested back to them.
    expect(await home.getByRole('link', { name: 'Teller' }).count()).toBe(0);
    await expectAccessible(page);
  });

  it('a recruiter considers the candidate for it and submits them from the record', async () => {
    const { page } = j;
    const s = await pastInterview(j, 'Carl Consider');
    await debriefed(j, s, ['SQL']);
    await actAs(j, s.recruiter);
    await page.goto(`${j.base}/app/candidates/${s.candidateId}`);
    await heading(page, 'Carl Consider');
    const consider = page.getByRole('region', { name: 'Consider for' });
    const card = consider.getByRole('listitem').filter({ hasText: 'Data Analyst' });
    await card.getByText('Also at Harbour Bank: asks for SQL, raised in their interview.').waitFor();
    await expectAccessible(page);

    await card.getByRole('button', { name: 'Submit Carl Consider to Data Analyst' }).click();
    await consider.getByText('Carl Consider was submitted to Data Analyst (Harbour Bank).').waitFor();
    await expect
      .poll(() => consider.getByRole('link', { name: 'Data Analyst', exact: true }).count())
      .toBe(0);
    await page
      .getByRole('region', { name: 'Applications of Carl Consider' })
      .getByRole('link', { name: 'Data Analyst', exact: true })
      .waitFor();
    await expectAccessible(page);

    await page.goto(`${j.base}/app/openings/${s.analyst.id}`);
    await page
      .getByRole('region', { name: 'Applications' })
      .getByRole('link', { name: 'Carl Consider', exact: true })
      .waitFor();
  });

  it('reads well on a phone', async () => {
    const phone = await startJourney({ mobile: true });
    try {
      const s = await pastInterview(phone, 'Pia Phone');
      await debriefed(phone, s, ['SQL', 'Stakeholder management']);
      await actAs(phone, s.seeker);
      await phone.page.goto(`${phone.base}/app/interviews/${s.interviewId}/debrief`);
      await phone.page
        .getByRole('region', { name: 'Other openings that may suit you' })
        .getByText(RAISED_REASON)
        .waitFor();
      await expectNoHorizontalOverflow(phone.page);
      await phone.page.goto(`${phone.base}/app`);
      await phone.page
        .getByRole('region', { name: 'Openings that may suit you' })
        .getByText(RAISED_REASON)
        .waitFor();
      await expectNoHorizontalOverflow(phone.page);
      await actAs(phone, s.recruiter);
      await phone.page.goto(`${phone.base}/app/candidates/${s.candidateId}`);
      await phone.page
        .getByRole('region', { name: 'Consider for' })
        .getByRole('button', { name: /^Submit/ })
        .waitFor();
      await expectNoHorizontalOverflow(phone.page);
      await expectAccessible(phone.page);
    } finally {
      await phone.close();
    }
  });
});
