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

async function heading(page: Page, name: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
}

/** A date a month ahead, as a date input holds it. */
const dayOffDate = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);

it('a recruiter sets weekly hours and a day off, is stopped by a bad range, and keeps a calendar link', async () => {
  const { page } = j;
  const rita = await signInAs(j, 'recruiter', 'Rita Recruiter');
  const mine = async () =>
    (await request(j.t, { method: 'GET', url: '/api/v1/me/availability', cookie: rita.cookie })).json();

  await page.goto(`${j.base}/app/availability`);
  await heading(page, 'My availability');
  const hours = page.getByRole('form', { name: 'My interview hours' });
  await hours.getByText('Nothing is saved yet').waitFor();
  await hours.getByLabel('Time zone').fill('Europe/London');
  // Monday starts as 09:00–17:00: split it around lunch.
  await hours.getByLabel('Monday, hours 1: until', { exact: true }).fill('12:00');
  await hours.getByRole('button', { name: 'Add hours on Monday' }).click();
  const from2 = hours.getByLabel('Monday, hours 2: from', { exact: true });
  await expect.poll(() => from2.evaluate((el) => el === document.activeElement)).toBe(true);
  await from2.fill('13:00');
  await hours.getByLabel('Monday, hours 2: until', { exact: true }).fill('17:00');
  // Sunday stays free; Saturday gets none either.
  await hours.getByRole('button', { name: 'Add a date' }).click();
  await hours.getByLabel('Date', { exact: true }).fill(dayOffDate);
  expect(await hours.getByRole('radio', { name: 'Day off' }).isChecked()).toBe(true);
  await hours.getByRole('button', { name: 'Save availability' }).click();
  await hours.getByRole('status').getByText('Saved.').waitFor();
  await expectAccessible(page);

  const saved = await mine();
  expect(saved).toMatchObject({
    saved: true,
    zone: 'Europe/London',
    exceptions: [{ date: dayOffDate, hours: [] }],
  });
  expect(saved.weekly.filter((r: { weekday: number }) => r.weekday === 1)).toEqual([
    { weekday: 1, start: '09:00', end: '12:00' },
    { weekday: 1, start: '13:00', end: '17:00' },
  ]);
  expect(saved.weekly.filter((r: { weekday: number }) => r.weekday >= 6)).toEqual([]);

  await page.reload();
  await heading(page, 'My availability');
  expect(await hours.getByLabel('Time zone').inputValue()).toBe('Europe/London');
  expect(await hours.getByLabel('Monday, hours 1: until', { exact: true }).inputValue()).toBe('12:00');
  expect(await hours.getByLabel('Monday, hours 2: from', { exact: true }).inputValue()).toBe('13:00');
  expect(await hours.getByLabel('Monday, hours 2: until', { exact: true }).inputValue()).toBe('17:00');
  expect(await hours.getByLabel('Date', { exact: true }).inputValue()).toBe(dayOffDate);
  expect(await hours.getByRole('radio', { name: 'Day off' }).isChecked()).toBe(true);
  expect(await hours.getByRole('group', { name: 'Sunday' }).getByText('Not available').count()).toBe(1);

  // The server names the field of a range that ends before it starts; the form puts it there too.
  const bad = await request(j.t, {
    method: 'PUT',
    url: '/api/v1/me/availability',
    cookie: rita.cookie,
    payload: {
      zone: 'Europe/London',
      weekly: [{ weekday: 1, start: '09:00', end: '08:00' }],
      exceptions: [],
    },
  });
  expect(bad.statusCode).toBe(400);
  expect(Object.keys(bad.json().error.fields)).toEqual(['weekly.0.end']);

  const until = hours.getByLabel('Monday, hours 1: until', { exact: true });
  await until.fill('08:00');
  await hours.getByRole('button', { name: 'Save availability' }).click();
  await hours.getByRole('alert').getByText('Please correct the fields marked below.').waitFor();
  expect(await fieldError(page, until)).toContain('End after the start');
  await expect.poll(() => until.evaluate((el) => el === document.activeElement)).toBe(true);
  expect(await until.inputValue()).toBe('08:00');
  await expectAccessible(page);
  expect(await mine()).toEqual(saved);

  // The private calendar link: made, shown once, readable by a calendar app, replaced, turned off.
  await page.reload();
  await heading(page, 'My availability');
  const feed = page.getByRole('region', { name: 'Calendar link' });
  await feed.getByRole('button', { name: 'Create my calendar link' }).click();
  const link = feed.getByLabel('Your calendar link');
  await link.waitFor();
  const first = await link.inputValue();
  expect(first.startsWith(`${j.base}/calendar/`)).toBe(true);
  await feed.getByText('shown only this once').waitFor();
  await feed.getByRole('button', { name: 'Copy' }).click();
  await feed.getByText(/^(Copied\.|Could not copy it for you\.)/).waitFor();
  await expectAccessible(page);

  const got = await fetch(first);
  expect(got.status).toBe(200);
  expect(got.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
  expect(await got.text()).toContain('BEGIN:VCALENDAR');

  await page.reload();
  await heading(page, 'My availability');
  await feed.getByText('Your calendar link is on').waitFor();
  expect(await feed.getByLabel('Your calendar link').count()).toBe(0);
  await feed.getByRole('button', { name: 'Replace the link' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Replace your calendar link?' });
  await confirm.getByRole('button', { name: 'Replace the link' }).click();
  const second = await (async () => {
    await link.waitFor();
    return link.inputValue();
  })();
  expect(second).not.toBe(first);
  expect((await fetch(first)).status).toBe(404);
  expect((await fetch(second)).status).toBe(200);

  await feed.getByRole('button', { name: 'Turn off the link' }).click();
  await feed.getByText('Your calendar link is off.').waitFor();
  expect(await link.count()).toBe(0);
  const create = feed.getByRole('button', { name: 'Create my calendar link' });
  await expect.poll(() => create.evaluate((el) => el === document.activeElement)).toBe(true);
  expect((await fetch(second)).status).toBe(404);
  await expectAccessible(page);
});

it("a recruiter sets a client interviewer's hours from the company's contacts", async () => {
  const { page } = j;
  const rita = await signInAs(j, 'recruiter', 'Rita Contacts');
  const company = await request(j.t, {
    method: 'POST',
    url: '/api/v1/companies',
    cookie: rita.cookie,
    payload: { name: 'Harbour Bank' },
  });
  const companyId = company.json().id as number;
  const contact = await request(j.t, {
    method: 'POST',
    url: `/api/v1/companies/${companyId}/contacts`,
    cookie: rita.cookie,
    payload: { name: 'Dana Interviewer' },
  });
  const contactId = contact.json().id as number;

  await page.goto(`${j.base}/app/companies/${companyId}`);
  await page.getByText('Interview availability').click();
  const hours = page.getByRole('form', { name: 'Dana Interviewer’s interview hours' });
  await hours.getByLabel('Time zone').fill('America/New_York');
  await hours.getByRole('button', { name: 'Remove Friday, hours 1' }).click();
  await expect
    .poll(() =>
      hours
        .getByRole('button', { name: 'Add hours on Friday' })
        .evaluate((el) => el === document.activeElement),
    )
    .toBe(true);
  await hours.getByRole('button', { name: 'Save availability' }).click();
  await hours.getByRole('status').getByText('Saved.').waitFor();
  await expectAccessible(page);

  const res = await request(j.t, {
    method: 'GET',
    url: `/api/v1/contacts/${contactId}/availability`,
    cookie: rita.cookie,
  });
  expect(res.json()).toMatchObject({ saved: true, zone: 'America/New_York' });
  expect(res.json().weekly.map((r: { weekday: number }) => r.weekday)).toEqual([1, 2, 3, 4]);
});

it('fits a phone screen, with a date and a calendar link showing', async () => {
  const phone = await startJourney({ mobile: true });
  try {
    const { page } = phone;
    await signInAs(phone, 'recruiter', 'Pat Phone');
    await page.goto(`${phone.base}/app/availability`);
    await heading(page, 'My availability');
    const hours = page.getByRole('form', { name: 'My interview hours' });
    await hours.getByRole('button', { name: 'Add a date' }).click();
    await hours.getByLabel('Date', { exact: true }).fill(dayOffDate);
    await hours.getByRole('radio', { name: 'Different hours' }).check();
    await hours.getByRole('button', { name: 'Add hours on Monday' }).click();
    await page.getByRole('button', { name: 'Create my calendar link' }).click();
    await page.getByLabel('Your calendar link').waitFor();
    await expectNoHorizontalOverflow(page);
  } finally {
    await phone.close();
  }
});
