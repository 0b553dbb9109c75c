import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type InsightWorld, insightWorld } from './insight-fixture.ts';
import {
  actAs,
  expectAccessible,
  expectNoHorizontalOverflow,
  type Journey,
  startJourney,
} from './support.ts';

// Market insight from debriefs. A recruiter reads a company's interview insight: the process,
// the questions, and candidates' notes with their authors' names. A job seeker reads their
// field's insight, then starts a practice session of the questions they have not practised; on
// the company they applied to they see figures, never notes or other candidates' names. Every
// page is read at phone width, checked for accessibility and for sideways scrolling.

const WAIT = { timeout: 15_000 };
let j: Journey;
let phone: Journey;
let w: InsightWorld;

beforeAll(async () => {
  j = await startJourney();
  const context = await j.browser.newContext({
    bypassCSP: true,
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  phone = { ...j, page: await context.newPage() };
  w = await insightWorld(j.t);
});
afterAll(async () => j?.close());

async function heading(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name }).waitFor(WAIT);
}

/** Both checks every page of these journeys gets. */
async function readable(page: Page): Promise<void> {
  await expectAccessible(page);
  await expectNoHorizontalOverflow(page);
}

describe('market insight', () => {
  it('a recruiter reads a company’s interview insight, with notes and who wrote them', async () => {
    const { page } = phone;
    await actAs(phone, w.recruiter);
    await page.goto(`${j.base}/app/companies/${w.companyId}`);
    await heading(page, w.companyName);
    await page.getByRole('link', { name: 'Interview insight' }).click();
    await heading(page, `Interview insight: ${w.companyName}`);
    await page.getByText('Based on 5 interviews by 5 people').waitFor(WAIT);

    // The process and the questions.
    const process = page.getByRole('region', { name: 'The process' });
    await process
      .getByText(/Video call/)
      .first()
      .waitFor();
    const questions = page.getByRole('region', { name: 'Top questions' });
    for (const q of w.questions) await questions.getByText(q.text).waitFor();

    // Notes, each with its author linked to their candidate record.
    const notes = page.getByRole('region', { name: 'Notes from debriefs' });
    await notes.getByText(w.notes.agency).waitFor();
    await notes.getByText(w.notes.shared).waitFor();
    const author = notes.getByRole('link', { name: 'Ana Author' });
    expect(await author.getAttribute('href')).toBe(`/app/candidates/${w.authors[0]?.candidateId}`);
    await readable(page);
  });

  it('a recruiter finds a field’s insight from the navigation', async () => {
    const { page } = j;
    await actAs(j, w.recruiter);
    await page.goto(`${j.base}/app`);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Insight' }).click();
    await heading(page, 'Insight');
    await page.getByRole('link', { name: 'Hospitality' }).click();
    await heading(page, 'Insight: Hospitality');
    await page.getByText('Based on 5 interviews by 5 people').waitFor(WAIT);
    const skills = page.getByRole('region', { name: 'Skills asked about' });
    await skills.getByRole('img').waitFor();
    await skills.getByRole('rowheader', { name: /Conflict resolution/i }).waitFor();
    await expectAccessible(page);
  });

  it('a job seeker reads their field’s insight and practises its questions', async () => {
    const { page } = phone;
    await actAs(phone, w.viewer.user);
    await page.goto(`${j.base}/app`);
    await page.getByRole('link', { name: 'Read your insight' }).click();
    await heading(page, 'My insight');

    // What to work on: a skill their profile lacks, and questions they have not practised.
    await page
      .getByText(/Conflict resolution/i)
      .first()
      .waitFor(WAIT);
    for (const q of w.questions) await page.getByRole('checkbox', { name: new RegExp(q.text) }).waitFor();
    await readable(page);

    // Their field's page.
    await page.getByRole('link', { name: 'Insight for Hospitality, your field' }).click();
    await heading(page, 'Insight: Hospitality');
    await page.getByText('Based on 5 interviews by 5 people').waitFor(WAIT);
    await page
      .getByRole('region', { name: 'Top questions' })
      .getByText(w.questions[0]?.text ?? '')
      .waitFor();
    await readable(page);

    // Back to practise them.
    await page.getByRole('link', { name: 'My insight' }).click();
    await heading(page, 'My insight');
    await page.getByRole('button', { name: 'Practise these questions' }).click();
    await page.waitForURL(/\/app\/practice\/sessions\/\d+$/, WAIT);
    const asked = (await page.locator('#practice-question').textContent({ timeout: 15_000 }))?.trim();
    expect(w.questions.map((q) => q.text)).toContain(asked);
    await readable(page);
  });

  it('a job seeker reads a company they applied to without anyone’s notes or names', async () => {
    const { page } = phone;
    await actAs(phone, w.viewer.user);
    await page.goto(`${j.base}/app/my-insight`);
    await heading(page, 'My insight');
    await page.getByRole('link', { name: w.companyName }).click();
    await heading(page, `Interview insight: ${w.companyName}`);
    await page.getByText('Based on 5 interviews by 5 people').waitFor(WAIT);
    await page
      .getByRole('region', { name: 'Top questions' })
      .getByText(w.questions[1]?.text ?? '')
      .waitFor();
    const body = (await page.locator('main').textContent()) ?? '';
    expect(body).not.toContain(w.notes.agency);
    expect(body).not.toContain(w.notes.shared);
    for (const a of w.authors) expect(body).not.toContain(a.name);
    expect(await page.getByRole('region', { name: 'Notes from debriefs' }).count()).toBe(0);
    await readable(page);
  });

  it('tells a job seeker when a field has too few debriefs to show', async () => {
    const { page } = phone;
    await actAs(phone, w.viewer.user);
    await page.goto(`${j.base}/app/my-insight/fields/Legal`);
    await heading(page, 'Insight: Legal');
    await page.getByText(/Not enough interviews yet: insight appears once five people/).waitFor(WAIT);
    await readable(page);
  });
});
