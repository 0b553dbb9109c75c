import type { Page } from 'playwright-core';
import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { request, type TestUser } from '../../src/server/testing/harness.ts';
import { actAs, expectAccessible, type Journey, seedOpening, signInAs, startJourney } from './support.ts';

// The journey from end to end: a recruiter proposes three times for a panel interview;
// the candidate picks one from the emailed link, confirms, works through the checklist, starts
// to cancel, sees the reasons to go and moves to another time instead; once the time has passed
// the recruiter marks the interview attended, and it counts as kept.

const ZONE = 'America/Halifax';
const WAIT = { timeout: 10_000 };

let j: Journey;
beforeAll(async () => {
  j = await startJourney();
});
afterAll(async () => j?.close());

const ahead = (days: number, time: string) =>
  `${Temporal.Now.plainDateISO(ZONE).add({ days }).toString()}T${time}`;

async function api(user: TestUser, method: string, url: string, payload?: Record<string, unknown>) {
  const res = await request(j.t, { method, url, cookie: user.cookie, payload });
  expect(res.statusCode, res.body).toBeLessThan(300);
  return res.json();
}

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name }).waitFor(WAIT);

it('a panel interview is proposed, chosen, confirmed, prepared for, kept at another time and attended', async () => {
  const { page } = j;
  const rita = await signInAs(j, 'recruiter', 'Rita Recruiter');
  const opening = await seedOpening(j.t, rita.cookie, { company: 'Harbour Bank', title: 'Teller' });
  await seedOpening(j.t, rita.cookie, { company: 'Harbour Bank', title: 'Branch Analyst' });
  const companyId = (await api(rita, 'GET', `/api/v1/openings/${opening.id}`)).companyId;
  for (const [name, title] of [
    ['Dana Manager', 'Branch manager'],
    ['Eli Lead', 'Team lead'],
  ] as const)
    await api(rita, 'POST', `/api/v1/companies/${companyId}/contacts`, {
      name,
      title,
      email: `${name.split(' ')[0]?.toLowerCase()}@bank.example`,
    });
  const sam = await signInAs(j, 'candidate', 'Sam Seeker');
  const { candidate } = await api(rita, 'POST', '/api/v1/candidates', {
    name: 'Sam Seeker',
    email: sam.email,
    ownerId: rita.id,
  });
  await j.t.ctx.db.updateTable('candidate').set({ user_id: sam.id }).where('id', '=', candidate.id).execute();
  const application = await api(rita, 'POST', '/api/v1/applications', {
    candidateId: candidate.id,
    openingId: opening.id,
  });

  // The recruiter proposes three times for a panel of two.
  await actAs(j, rita);
  await page.goto(`${j.base}/app/applications/${application.id}`);
  const panel = page.getByRole('region', { name: 'Interviews' });
  await panel.getByRole('button', { name: 'Set up an interview' }).click(WAIT);
  const form = page.getByRole('form', { name: 'Set up an interview' });
  await form.getByLabel('Format').selectOption('panel');
  await form.getByLabel('Location (optional)').fill('1 Harbour Street, Halifax');
  await form.getByLabel('Instructions for the candidate (optional)').fill('Bring photo ID; ask for Dana.');
  await form.getByLabel('Time zone').selectOption(ZONE);
  await form.getByLabel('Dana Manager, Branch manager').check();
  await form.getByLabel('Eli Lead, Team lead').check();
  await form.getByLabel('Let the candidate choose from several times').check();
  await form.getByLabel('Time 1', { exact: true }).fill(ahead(6, '10:00'));
  await form.getByLabel('Time 2', { exact: true }).fill(ahead(7, '14:30'));
  await form.getByRole('button', { name: 'Add another time' }).click();
  await form.getByLabel('Time 3', { exact: true }).fill(ahead(8, '09:15'));
  await form.getByRole('button', { name: 'Set up the interview' }).click();
  await panel
    .getByText('The interview is set up with 3 times; the candidate is asked to choose one.')
    .waitFor(WAIT);
  const [proposed] = await api(rita, 'GET', `/api/v1/applications/${application.id}/interviews`);
  expect(proposed).toMatchObject({ state: 'proposed', format: 'panel' });

  // The candidate opens the link in the mail, without signing in, and picks the first time.
  const mail = (await j.t.deliverMail()).find(
    (m) => m.to === sam.email && m.subject.startsWith('Choose a time'),
  );
  const link = mail?.text.match(/(\/app\/interview-link\/\S+)/)?.[1];
  expect(link).toBeTruthy();
  await page.context().clearCookies();
  await page.goto(`${j.base}${link}`);
  await heading(page, 'First interview for Teller');
  const times = page.getByRole('group', { name: /Times offered/ });
  await times.getByRole('radio').first().check();
  await page.getByRole('button', { name: 'Book this time' }).click();
  await page.getByText('You are booked.').waitFor(WAIT);

  // Signed in: confirm, then the checklist.
  await actAs(j, sam);
  await page.goto(`${j.base}/app/interviews/${proposed.id}`);
  await heading(page, 'First interview for Teller');
  await page.getByText('Dana Manager').waitFor();
  await page.getByRole('button', { name: 'Yes, I will be there' }).click();
  await page.getByText(/You confirmed you will be there/).waitFor(WAIT);
  const prep = page.getByRole('region', { name: 'Get ready' });
  const total = await prep.getByRole('checkbox').count();
  for (const item of [/Research the company/, /Learn who is on the panel/, /Plan the route/]) {
    await prep.getByRole('checkbox', { name: item }).check();
  }
  await prep.getByText(`3 of ${total} ready`).waitFor(WAIT);

  // Starting to cancel shows the reasons first; the candidate moves to another time instead.
  await page.getByRole('button', { name: 'Cancel or move this interview' }).click();
  await page.getByRole('heading', { name: 'Before you cancel' }).waitFor();
  await page.getByRole('link', { name: 'Branch Analyst' }).waitFor();
  await expectAccessible(page);
  const other = page.getByRole('group', { name: 'Move to another time that was offered' });
  await other.getByRole('radio').first().check();
  await page.getByRole('button', { name: 'Move to this time' }).click();
  await page.getByText(/Please confirm the new time\./).waitFor(WAIT);
  await page.getByRole('button', { name: 'Yes, I will be there' }).click();
  await page.getByText(/You confirmed you will be there/).waitFor(WAIT);
  const moved = await api(rita, 'GET', `/api/v1/interviews/${proposed.id}`);
  expect(moved).toMatchObject({ state: 'scheduled', uid: proposed.uid, sequence: proposed.sequence + 1 });
  expect(moved.history).toHaveLength(1);
  expect(moved.bookings[0].confirmedAt).not.toBeNull();

  // The time passes; the recruiter records that Sam came, and it counts as kept.
  await j.t.ctx.db
    .updateTable('interview_slot')
    .set({
      starts_at: new Date(Date.now() - 2 * 86_400_000).toISOString(),
      ends_at: new Date(Date.now() - 2 * 86_400_000 + 3_600_000).toISOString(),
    })
    .where('id', '=', moved.bookings[0].slotId)
    .execute();
  await actAs(j, rita);
  await page.goto(`${j.base}/app/applications/${application.id}`);
  const attendance = page.getByRole('form', { name: 'Attendance of Sam Seeker' });
  await attendance.getByLabel('Attendance').selectOption('attended', WAIT);
  await attendance.getByRole('button', { name: 'Record attendance' }).click();
  await panel.getByText('Sam Seeker: attended.').waitFor(WAIT);
  const kept = await api(rita, 'GET', `/api/v1/candidates/${candidate.id}/follow-through`);
  expect(kept).toMatchObject({ committed: 1, kept: 1, rate: 1 });
  await page.goto(`${j.base}/app/candidates/${candidate.id}`);
  await page.getByText('1 of 1 committed interview kept (100%).').waitFor(WAIT);
});
