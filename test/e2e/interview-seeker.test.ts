import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, request, type TestUser } from '../../src/server/testing/harness.ts';
import {
  actAs,
  expectAccessible,
  expectNoHorizontalOverflow,
  type Journey,
  seedOpening,
  seekerApplicant,
  startJourney,
} from './support.ts';

// The job seeker's side of an interview: choosing a time from the emailed link without signing
// in, confirming, the preparation checklist, and the cancel flow that shows what they would
// gain by going and offers another time, or takes a reason.

const DAY = 86_400_000;
const future = (days: number, hour = 15) => {
  const d = new Date(Date.now() + days * DAY);
  d.setUTCHours(hour, 0, 0, 0);
  return d.toISOString();
};

async function heading(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

interface Setup {
  recruiter: TestUser;
  seeker: TestUser;
  interviewId: number;
  slotIds: number[];
  times: string[];
}

/** A panel interview with three offered times for a seeker's application, set up through the API. */
async function panelInterview(j: Journey, seekerName: string, recruiter?: TestUser): Promise<Setup> {
  const rec = recruiter ?? (await createUser(j.t, 'recruiter', 'Rita Recruiter'));
  const call = (method: string, url: string, payload?: Record<string, unknown>) =>
    request(j.t, { method, url, cookie: rec.cookie, payload });
  const { seeker, applicationId, opening } = await seekerApplicant(j.t, {
    seekerName,
    recruiter: rec,
    company: 'Harbour Bank',
    title: 'Teller',
  });
  await seedOpening(j.t, rec.cookie, { company: 'Harbour Bank', title: 'Branch Analyst' });
  const companyId = (await call('GET', `/api/v1/openings/${opening.id}`)).json().companyId as number;
  const contacts: number[] = [];
  for (const [name, title] of [
    ['Dana Manager', 'Branch manager'],
    ['Eli Lead', 'Team lead'],
  ] as const) {
    const c = await call('POST', `/api/v1/companies/${companyId}/contacts`, {
      name,
      title,
      email: `${name.split(' ')[0]}@bank.example`,
    });
    contacts.push(c.json().id);
  }
  const times = [future(5, 13), future(6, 15), future(7, 17)];
  const iv = await call('POST', `/api/v1/applications/${applicationId}/interviews`, {
    round: 'first',
    format: 'panel',
    durationMinutes: 60,
    location: '1 Harbour Street, Halifax',
    instructions: 'Bring photo ID and ask for Dana at reception.',
    zone: 'America/Halifax',
    interviewerIds: contacts,
    times: times.map((startsAt) => ({ startsAt })),
  });
  expect(iv.statusCode, iv.body).toBe(201);
  return {
    recruiter: rec,
    seeker,
    interviewId: iv.json().id,
    slotIds: iv.json().slots.map((s: { id: number }) => s.id),
    times,
  };
}

/** The signed link in the seeker's "choose a time" mail, as a path on this app. */
async function emailedLink(j: Journey, email: string): Promise<string> {
  const mails = await j.t.deliverMail();
  const mail = mails.filter((m) => m.to === email && m.subject.startsWith('Choose a time')).at(-1);
  const link = mail?.text.match(/(\/app\/interview-link\/\S+)/)?.[1];
  if (!link) throw new Error(`no interview link mailed to ${email}`);
  return link;
}

describe('a job seeker keeps an interview', () => {
  let j: Journey;
  beforeAll(async () => {
    j = await startJourney();
  });
  afterAll(async () => j?.close());

  it('picks a time from the emailed link, confirms, prepares, and moves instead of cancelling', async () => {
    const { page } = j;
    const s = await panelInterview(j, 'Sam Seeker');
    const link = await emailedLink(j, s.seeker.email);

    // Not signed in: the link alone shows the times and books one.
    await page.goto(`${j.base}${link}`);
    await heading(page, 'First interview for Teller');
    const times = page.getByRole('group', { name: /Times offered/ });
    await expect.poll(() => times.getByRole('radio').count()).toBe(3);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Book this time' }).click();
    await page.getByText('Choose one of the times').waitFor();
    await times.getByRole('radio').nth(0).check();
    await page.getByRole('button', { name: 'Book this time' }).click();
    await page.getByText('You are booked.').waitFor();

    // Signed in, the home page shows the interview and what to do next.
    await actAs(j, s.seeker);
    await page.goto(`${j.base}/app`);
    const mine = page.getByRole('region', { name: 'Your interviews' });
    await mine.getByText('Confirm that you will be there.').waitFor();
    await mine.getByRole('link', { name: 'First interview for Teller' }).click();
    await heading(page, 'First interview for Teller');
    await page.getByText('Branch manager').waitFor();
    await page.getByText('Bring photo ID and ask for Dana at reception.').waitFor();
    await expect.poll(async () => page.locator('.countdown').textContent()).toMatch(/^in \d+ days?/);
    await page.getByRole('button', { name: 'Yes, I will be there' }).click();
    await page.getByText(/You confirmed you will be there/).waitFor();

    // The checklist: two ticks, kept across a reload.
    const prep = page.getByRole('region', { name: 'Get ready' });
    const items = prep.getByRole('checkbox');
    const total = await items.count();
    expect(total).toBeGreaterThan(5);
    await prep.getByRole('checkbox', { name: /Research the company/ }).check();
    await prep.getByText(`1 of ${total} ready`).waitFor();
    await prep.getByRole('checkbox', { name: /questions to ask/i }).check();
    await prep.getByText(`2 of ${total} ready`).waitFor();
    await page.reload();
    await page.getByRole('region', { name: 'Get ready' }).getByText(`2 of ${total} ready`).waitFor();
    const staffView = await request(j.t, {
      method: 'GET',
      url: `/api/v1/interviews/${s.interviewId}/checklist`,
      cookie: s.recruiter.cookie,
    });
    expect(staffView.json()[0].progress).toMatchObject({ done: 2, total });

    // Starting to cancel shows the reasons to go first, then a way to keep it at another time.
    await page.getByRole('button', { name: 'Cancel or move this interview' }).click();
    await page.getByRole('heading', { name: 'Before you cancel' }).waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Before you cancel');
    await page.getByRole('heading', { name: 'They have another opening too' }).waitFor();
    await page.getByRole('link', { name: 'Branch Analyst' }).waitFor();
    await page.getByRole('heading', { name: 'It is practice for the interviews that matter most' }).waitFor();
    await expectAccessible(page);
    const other = page.getByRole('group', { name: 'Move to another time that was offered' });
    await expect.poll(() => other.getByRole('radio').count()).toBe(2);
    await other.getByRole('radio').nth(1).check();
    await page.getByRole('button', { name: 'Move to this time' }).click();
    await page.getByText(/Your interview is now .*Please confirm the new time\./).waitFor();
    await page.getByRole('button', { name: 'Yes, I will be there' }).waitFor();

    const staff = await request(j.t, {
      method: 'GET',
      url: `/api/v1/interviews/${s.interviewId}`,
      cookie: s.recruiter.cookie,
    });
    const iv = staff.json();
    expect(iv.state).toBe('scheduled');
    expect(iv.sequence).toBe(1);
    expect(iv.bookings).toMatchObject([{ slotId: s.slotIds[2], state: 'booked', confirmedAt: null }]);
    expect(iv.history).toMatchObject([{ fromStartsAt: s.times[0], toStartsAt: s.times[2] }]);
  });

  it('cancels with a reason, which is required, and the recruiter is told at once', async () => {
    const { page } = j;
    const s = await panelInterview(j, 'Cleo Canceller');
    await request(j.t, {
      method: 'POST',
      url: `/api/v1/me/interviews/${s.interviewId}/book`,
      cookie: s.seeker.cookie,
      payload: { slotId: s.slotIds[0] },
    });
    await j.t.deliverMail();
    await actAs(j, s.seeker);
    await page.goto(`${j.base}/app/interviews/${s.interviewId}`);
    await heading(page, 'First interview for Teller');
    await page.getByRole('button', { name: 'Cancel or move this interview' }).click();
    await page.getByRole('button', { name: 'I still want to cancel' }).click();
    await page.getByRole('heading', { name: 'Cancel your interview' }).waitFor();
    await page.getByRole('button', { name: 'Cancel my interview' }).click();
    await page.getByText('Choose why you are cancelling').waitFor();
    await page.getByRole('radio', { name: 'Another reason' }).check();
    await page.getByRole('button', { name: 'Cancel my interview' }).click();
    await page.getByText('Tell us the reason in a few words').waitFor();
    await expectAccessible(page);
    expect(
      (
        await request(j.t, {
          method: 'GET',
          url: `/api/v1/interviews/${s.interviewId}`,
          cookie: s.recruiter.cookie,
        })
      ).json().state,
    ).toBe('scheduled');
    await page.getByLabel('Tell us the reason (required)').fill('My train was cancelled for the week');
    await page.getByRole('button', { name: 'Cancel my interview' }).click();
    await page.getByText('You cancelled this interview.').waitFor();
    const mails = await j.t.deliverMail();
    const toRecruiter = mails.filter((m) => m.to === s.recruiter.email && m.subject.startsWith('Cancelled'));
    expect(toRecruiter).toHaveLength(1);
    expect(toRecruiter[0]?.calendar?.method).toBe('CANCEL');
  });

  it('reads well on a phone', async () => {
    const phone = await startJourney({ mobile: true });
    try {
      const s = await panelInterview(phone, 'Pat Phone');
      await request(phone.t, {
        method: 'POST',
        url: `/api/v1/me/interviews/${s.interviewId}/book`,
        cookie: s.seeker.cookie,
        payload: { slotId: s.slotIds[0] },
      });
      await actAs(phone, s.seeker);
      await phone.page.goto(`${phone.base}/app/interviews/${s.interviewId}`);
      await heading(phone.page, 'First interview for Teller');
      await phone.page.getByRole('region', { name: 'Get ready' }).getByRole('checkbox').first().waitFor();
      await expectNoHorizontalOverflow(phone.page);
    } finally {
      await phone.close();
    }
  });
});
