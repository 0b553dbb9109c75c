import type { Page } from 'playwright-core';
import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { request, type TestApp, type TestUser } from '../../src/server/testing/harness.ts';
import {
  expectAccessible,
  expectNoHorizontalOverflow,
  fieldError,
  type Journey,
  seedOpening,
  signInAs,
  startJourney,
} from './support.ts';

// A recruiter sets interviews up from an application's page: a panel with times for the
// candidate to choose from, and a fixed time whose attendance is recorded once it has passed.

const WAIT = { timeout: 10_000 };
const ZONE = 'America/Halifax';

let j: Journey;
let rita: TestUser;
let openingId: number;
let companyId: number;

async function call(t: TestApp, user: TestUser, method: 'GET' | 'POST', url: string, payload?: object) {
  const res = await request(t, {
    method,
    url,
    cookie: user.cookie,
    ...(payload ? { payload: payload as Record<string, unknown> } : {}),
  });
  expect(res.statusCode, res.body).toBeLessThan(300);
  return res.json();
}

/** A candidate with an email, applied to the opening; returns the application id. */
async function applicant(t: TestApp, user: TestUser, name: string, email: string, opening: number) {
  const { candidate } = await call(t, user, 'POST', '/api/v1/candidates', { name, email });
  return (
    await call(t, user, 'POST', '/api/v1/applications', { candidateId: candidate.id, openingId: opening })
  ).id as number;
}

/** A wall time some days ahead in ZONE, as a datetime-local input takes it. */
function ahead(days: number, time: string): string {
  return `${Temporal.Now.plainDateISO(ZONE).add({ days }).toString()}T${time}`;
}
const instantOf = (wall: string) =>
  Temporal.PlainDateTime.from(wall).toZonedDateTime(ZONE).toInstant().toString();

const panel = (page: Page) => page.getByRole('region', { name: 'Interviews' });

async function openApplication(page: Page, applicationId: number) {
  await page.goto(`${j.base}/app/applications/${applicationId}`);
  await panel(page).getByRole('heading', { level: 2, name: 'Interviews' }).waitFor();
  await panel(page)
    .getByText('No interviews yet.')
    .or(panel(page).locator('.interview-card').first())
    .waitFor();
}

beforeAll(async () => {
  j = await startJourney();
  rita = await signInAs(j, 'recruiter', 'Rita Recruiter');
  openingId = (await seedOpening(j.t, rita.cookie, { company: 'Harbour Bank', title: 'Teller' })).id;
  companyId = (await call(j.t, rita, 'GET', `/api/v1/openings/${openingId}`)).companyId;
  for (const [name, title, email] of [
    ['Dana Interviewer', 'Branch manager', 'dana@harbour.example'],
    ['Eli Panel', 'Team lead', 'eli@harbour.example'],
    ['Gus Absent', 'Director', 'gus@harbour.example'],
  ])
    await call(j.t, rita, 'POST', `/api/v1/companies/${companyId}/contacts`, { name, title, email });
});
afterAll(async () => j?.close());

it('sets up a panel interview with three times for the candidate to choose from', async () => {
  const { page } = j;
  const applicationId = await applicant(j.t, rita, 'Priya Patel', 'priya@example.com', openingId);
  await openApplication(page, applicationId);
  await panel(page).getByRole('button', { name: 'Set up an interview' }).click();
  const form = page.getByRole('form', { name: 'Set up an interview' });
  await form.getByLabel('Format').selectOption('panel');
  await form.getByLabel('Length (minutes)').fill('45');
  await form.getByLabel('Location (optional)').fill('12 Water St, 3rd floor');
  await form.getByLabel('Instructions for the candidate (optional)').fill('Bring photo ID. Ask for Dana.');
  await form.getByLabel('Time zone').selectOption(ZONE);
  await form.getByLabel('Dana Interviewer, Branch manager').check();
  await form.getByLabel('Eli Panel, Team lead').check();
  await form.getByLabel('Let the candidate choose from several times').check();
  // Free times of Rita and the two interviewers (the default 9 to 5 week in the chosen zone).
  await form.getByRole('button', { name: 'Suggest times' }).click();
  const suggested = form.getByRole('list', { name: 'Suggested times' }).getByRole('button');
  await suggested.first().waitFor(WAIT);
  await suggested.first().click();
  expect(await form.getByLabel('Time 1', { exact: true }).inputValue()).toMatch(/T(09|1[0-6]):\d\d$/);
  const walls = [ahead(7, '10:00'), ahead(8, '14:30'), ahead(9, '09:15')];
  await form.getByLabel('Time 1', { exact: true }).fill(walls[0] as string);
  await form.getByLabel('Time 2', { exact: true }).fill(walls[1] as string);
  await form.getByRole('button', { name: 'Add another time' }).click();
  await form.getByLabel('Time 3', { exact: true }).fill(walls[2] as string);
  await expectAccessible(page);

  const mailsBefore = await j.t.ctx.db.selectFrom('outbox').select('id').where('kind', '=', 'mail').execute();
  await form.getByRole('button', { name: 'Set up the interview' }).click();
  await panel(page)
    .getByText('The interview is set up with 3 times; the candidate is asked to choose one.')
    .waitFor(WAIT);
  const card = panel(page).locator('.interview-card');
  await card.getByRole('heading', { level: 3, name: 'First interview · Panel interview' }).waitFor();
  await card.getByText('Times proposed').waitFor();
  await card.getByText('Dana Interviewer (Branch manager), Eli Panel (Team lead)').waitFor();
  const times = card.locator('.interview-times > li');
  expect(await times.count()).toBe(3);
  const viewerZone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  for (const text of await times.allTextContents()) {
    expect(text).toContain(`(${viewerZone})`);
    expect(text).toContain('1 seat left');
  }

  const [saved] = await call(j.t, rita, 'GET', `/api/v1/applications/${applicationId}/interviews`);
  expect(saved).toMatchObject({
    state: 'proposed',
    format: 'panel',
    durationMinutes: 45,
    zone: ZONE,
    instructions: 'Bring photo ID. Ask for Dana.',
    bookings: [],
  });
  expect(saved.interviewers.map((p: { name: string }) => p.name)).toEqual(['Dana Interviewer', 'Eli Panel']);
  expect(saved.slots.map((s: { startsAt: string }) => Date.parse(s.startsAt))).toEqual(
    walls.map((w) => Date.parse(instantOf(w))),
  );
  const mails = await j.t.ctx.db
    .selectFrom('outbox')
    .select('payload')
    .where('kind', '=', 'mail')
    .where('id', 'not in', mailsBefore.map((m) => m.id).concat(0))
    .execute();
  const toPriya = mails.map((m) => JSON.parse(m.payload)).filter((m) => m.to === 'priya@example.com');
  expect(toPriya).toHaveLength(1);
  expect(toPriya[0].subject).toMatch(/choose a time/i);

  // The employer calls it off: a reason is required, and what was chosen stays on a refusal.
  await card.getByRole('button', { name: 'Cancel the interview' }).click();
  const cancel = card.getByRole('form', { name: 'Cancel the interview' });
  await cancel.getByLabel('Who is calling it off').selectOption('client');
  await cancel.getByRole('button', { name: 'Cancel the interview' }).click();
  const reason = cancel.getByLabel('Reason');
  await expect.poll(() => fieldError(page, reason), WAIT).toBe('Say why it is cancelled');
  expect(await cancel.getByLabel('Who is calling it off').inputValue()).toBe('client');
  await reason.fill('The position was filled internally.');
  await cancel.getByRole('button', { name: 'Cancel the interview' }).click();
  await card.getByText('Cancelled by the employer: The position was filled internally.').waitFor(WAIT);
  expect((await call(j.t, rita, 'GET', `/api/v1/interviews/${saved.id}`)).cancelledBy).toBe('client');
});

it('keeps what was typed when a time is missing, then books a fixed time and records attendance', async () => {
  const { page } = j;
  const applicationId = await applicant(j.t, rita, 'Sam Lee', 'sam@example.com', openingId);
  await openApplication(page, applicationId);
  await panel(page).getByRole('button', { name: 'Set up an interview' }).click();
  const form = page.getByRole('form', { name: 'Set up an interview' });
  const instructions = form.getByLabel('Instructions for the candidate (optional)');
  await instructions.fill('Wear something comfortable.');
  await form.getByLabel('Time zone').selectOption(ZONE);
  await form.getByRole('button', { name: 'Set up the interview' }).click();
  const when = form.getByLabel('Date and time', { exact: true });
  await expect.poll(() => fieldError(page, when), WAIT).toBe('Choose a date and time');
  await expect.poll(() => when.evaluate((el) => el === document.activeElement), WAIT).toBe(true);
  expect(await instructions.inputValue()).toBe('Wear something comfortable.');
  expect(await call(j.t, rita, 'GET', `/api/v1/applications/${applicationId}/interviews`)).toEqual([]);

  await when.fill(ahead(3, '11:00'));
  await form.getByRole('button', { name: 'Set up the interview' }).click();
  await panel(page)
    .getByText('The interview is set up and booked; the candidate is asked to confirm.')
    .waitFor(WAIT);
  const card = panel(page).locator('.interview-card');
  await card.getByText('Sam Lee · not confirmed yet').waitFor();
  await card.getByText('Attendance can be recorded once this time is over.').waitFor();
  expect(await card.getByRole('button', { name: 'Record attendance' }).count()).toBe(0);

  // Moved a day later, in the interview's own zone; the old time stays in its history.
  await card.getByRole('button', { name: 'Move', exact: true }).click();
  const moved = ahead(4, '15:30');
  await card.getByLabel('New date and time').fill(moved);
  await card.getByRole('button', { name: 'Move the interview' }).click();
  await panel(page)
    .getByText('The interview was moved; the candidate is asked to confirm the new time.')
    .waitFor(WAIT);
  await card.getByText('Time changes (1)').waitFor();
  const afterMove = (await call(j.t, rita, 'GET', `/api/v1/applications/${applicationId}/interviews`))[0];
  expect(Date.parse(afterMove.slots[0].startsAt)).toBe(Date.parse(instantOf(moved)));
  expect(afterMove.history).toHaveLength(1);

  // As if the interview had happened: its time moves two days back.
  const [iv] = await call(j.t, rita, 'GET', `/api/v1/applications/${applicationId}/interviews`);
  await j.t.ctx.db
    .updateTable('interview_slot')
    .set({
      starts_at: new Date(Date.now() - 2 * 86_400_000).toISOString(),
      ends_at: new Date(Date.now() - 2 * 86_400_000 + 3_600_000).toISOString(),
    })
    .where('interview_id', '=', iv.id)
    .execute();
  await page.reload();
  const attendance = page.getByRole('form', { name: 'Attendance of Sam Lee' });
  await attendance.getByLabel('Attendance').selectOption('attended');
  await attendance.getByRole('button', { name: 'Record attendance' }).click();
  await panel(page).getByText('Sam Lee: attended.').waitFor(WAIT);
  await card.locator('.badge', { hasText: 'Attended' }).waitFor();
  await card.getByText('Done', { exact: true }).waitFor();
  const after = await call(j.t, rita, 'GET', `/api/v1/interviews/${iv.id}`);
  expect(after.bookings[0].attendance).toBe('attended');
  expect(after.state).toBe('completed');
  await expectAccessible(page);
});

it('fits a phone: the panel and the open form never scroll sideways', async () => {
  const phone = await startJourney({ mobile: true });
  try {
    const { page } = phone;
    const ron = await signInAs(phone, 'recruiter', 'Ron Recruiter');
    const opening = (await seedOpening(phone.t, ron.cookie, { company: 'Harbour Bank', title: 'Teller' })).id;
    const company = (await call(phone.t, ron, 'GET', `/api/v1/openings/${opening}`)).companyId;
    await call(phone.t, ron, 'POST', `/api/v1/companies/${company}/contacts`, {
      name: 'Dana Interviewer',
      title: 'Branch manager',
    });
    const applicationId = await applicant(
      phone.t,
      ron,
      'Maximilian Wolfeschlegelsteinhausen',
      'max@example.com',
      opening,
    );
    await applicant(phone.t, ron, 'Nia Other', 'nia@example.com', opening);
    await call(phone.t, ron, 'POST', `/api/v1/applications/${applicationId}/interviews`, {
      round: 'first',
      format: 'video',
      durationMinutes: 30,
      videoUrl: 'https://meet.example/a-very-long-meeting-link-that-must-wrap-on-a-phone-screen-0123456789',
      zone: ZONE,
      times: [{ startsAt: instantOf(ahead(4, '10:00')) }, { startsAt: instantOf(ahead(5, '10:00')) }],
    });
    await page.goto(`${phone.base}/app/applications/${applicationId}`);
    await panel(page).locator('.interview-card').waitFor();
    await expectNoHorizontalOverflow(page);
    await panel(page).getByRole('button', { name: 'Set up an interview' }).click();
    const form = page.getByRole('form', { name: 'Set up an interview' });
    await form.getByLabel('Format').selectOption('group');
    await form.getByLabel('Seats per time').waitFor();
    await form.getByRole('group', { name: 'Also invite' }).getByLabel('Nia Other (Applied)').waitFor(WAIT);
    await expectNoHorizontalOverflow(page);
    await form.getByLabel('Format').selectOption('written-test');
    await form.getByLabel('Window opens').waitFor();
    await expectNoHorizontalOverflow(page);
    await expectAccessible(page);
  } finally {
    await phone.close();
  }
});
