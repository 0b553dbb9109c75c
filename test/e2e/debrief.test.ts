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

// A job seeker writes a debrief after an interview: prompted on the portal home, picks a bank
// question by typing and adds one of their own, notes, skills, a surprise, ratings and notes
// with their own visibility; it is kept across a reload. The recruiter reads it on the candidate
// page, where the private note shows only as "(private)".

const HOUR = 3_600_000;
const BANK_QUESTION = 'Describe a time you balanced a cash drawer that would not add up.';

async function heading(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

interface Setup {
  recruiter: TestUser;
  seeker: TestUser;
  candidateId: number;
  interviewId: number;
}

/** A seeker with a booked interview whose time has passed, set up through the API. */
async function pastInterview(j: Journey, seekerName: string, past = true): Promise<Setup> {
  const recruiter = await createUser(j.t, 'recruiter', 'Rita Recruiter');
  const call = (method: string, url: string, payload?: Record<string, unknown>) =>
    request(j.t, { method, url, cookie: recruiter.cookie, payload });
  const { seeker, candidateId, applicationId } = await seekerApplicant(j.t, {
    seekerName,
    recruiter,
    company: 'Harbour Bank',
    title: 'Teller',
  });
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
  // With one time offered the seeker is booked on it at once.
  // The interview took place yesterday (or, when not past, takes place tomorrow).
  const startedAt = Date.now() + (past ? -26 : 26) * HOUR;
  await j.t.ctx.db
    .updateTable('interview_slot')
    .set({ starts_at: new Date(startedAt).toISOString(), ends_at: new Date(startedAt + HOUR).toISOString() })
    .where('interview_id', '=', interviewId)
    .execute();
  return { recruiter, seeker, candidateId, interviewId };
}

async function bankQuestion(j: Journey, s: Setup): Promise<void> {
  const made = await request(j.t, {
    method: 'POST',
    url: '/api/v1/questions',
    cookie: s.recruiter.cookie,
    payload: { text: BANK_QUESTION, category: 'behavioural', difficulty: 'medium' },
  });
  expect(made.statusCode, made.body).toBe(201);
}

describe('a job seeker debriefs an interview', () => {
  let j: Journey;
  beforeAll(async () => {
    j = await startJourney();
  });
  afterAll(async () => j?.close());

  it('writes a debrief from the prompt, finds it again, and the recruiter reads what is theirs to read', async () => {
    const { page } = j;
    const s = await pastInterview(j, 'Dora Debrief');
    await bankQuestion(j, s);
    await actAs(j, s.seeker);

    // The portal home asks for a debrief.
    await page.goto(`${j.base}/app`);
    const prompt = page.getByRole('region', { name: 'Debriefs' });
    await prompt.getByText(/How did it go\?/).waitFor();
    await prompt.getByRole('link', { name: 'Write a debrief' }).click();
    await heading(page, 'Debrief: Teller at Harbour Bank');
    await expectAccessible(page);

    // A bank question, picked by typing a few words.
    const search = page.getByLabel('Add a question they asked');
    await search.fill('cash drawer');
    await page.getByRole('button', { name: `Add: ${BANK_QUESTION}` }).click();
    const first = page.getByRole('group', { name: 'Question 1' });
    await first.getByText(BANK_QUESTION).waitFor();
    await first.getByLabel('How did your answer go?').fill('I told the story of the short till in May.');

    // A question of their own.
    await search.fill('Why do you want to leave retail banking for this role?');
    await page.getByRole('button', { name: 'Add as a new question' }).click();
    const second = page.getByRole('group', { name: 'Question 2' });
    await expect
      .poll(() => second.getByRole('textbox').first().inputValue())
      .toBe('Why do you want to leave retail banking for this role?');

    // Skills, a surprise, ratings.
    const skills = page.getByRole('combobox', { name: 'Skills they asked about or cared about' });
    await skills.fill('Cash handling');
    await skills.press('Enter');
    await page.getByRole('button', { name: 'Remove Cash handling' }).waitFor();
    await page.getByRole('checkbox', { name: 'A writing test' }).check();
    const difficulty = page.getByRole('group', { name: 'How difficult was it?' });
    await difficulty.getByRole('radio', { name: '4' }).check();
    await page
      .getByRole('group', { name: 'Your overall experience' })
      .getByRole('radio', { name: 'Positive' })
      .check();
    await page
      .getByRole('group', { name: 'How interested were you in the job before the interview?' })
      .getByRole('radio', { name: '2' })
      .check();
    await page.getByRole('group', { name: 'And after it?' }).getByRole('radio', { name: '5' }).check();

    // A private note on the team, and a note on the workplace for the agency.
    const team = page.getByRole('group', { name: 'The team and the people' });
    await team.getByLabel('Your notes').fill('The manager interrupted every answer.');
    await team.getByLabel('Who can read it').selectOption('private');
    await team.getByText('Only you can read it.').waitFor();
    const workplace = page.getByRole('group', { name: 'The workplace' });
    await workplace.getByLabel('Your notes').fill('Bright branch, new tills, staff room upstairs.');
    expect(await workplace.getByLabel('Who can read it').inputValue()).toBe('agency');
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Save the debrief' }).click();
    await page.getByText('Saved.').waitFor();

    // Kept across a reload.
    await page.reload();
    await heading(page, 'Debrief: Teller at Harbour Bank');
    await page.getByRole('group', { name: 'Question 1' }).getByText(BANK_QUESTION).waitFor();
    await page
      .getByRole('group', { name: 'Question 2' })
      .getByText('Why do you want to leave retail banking for this role?')
      .waitFor();
    expect(
      await page
        .getByRole('group', { name: 'Question 1' })
        .getByLabel('How did your answer go?')
        .inputValue(),
    ).toBe('I told the story of the short till in May.');
    await page.getByRole('button', { name: 'Remove Cash handling' }).waitFor();
    expect(await page.getByRole('checkbox', { name: 'A writing test' }).isChecked()).toBe(true);
    expect(
      await page
        .getByRole('group', { name: 'How difficult was it?' })
        .getByRole('radio', { name: '4' })
        .isChecked(),
    ).toBe(true);
    const teamAgain = page.getByRole('group', { name: 'The team and the people' });
    expect(await teamAgain.getByLabel('Your notes').inputValue()).toBe(
      'The manager interrupted every answer.',
    );
    expect(await teamAgain.getByLabel('Who can read it').inputValue()).toBe('private');

    // The home page now offers to edit it.
    await page.goto(`${j.base}/app`);
    await page
      .getByRole('region', { name: 'Debriefs' })
      .getByRole('link', { name: 'Edit your debrief' })
      .waitFor();

    // The recruiter reads the workplace note; the team note is private.
    await actAs(j, s.recruiter);
    await page.goto(`${j.base}/app/candidates/${s.candidateId}`);
    const section = page.getByRole('region', { name: 'Debriefs' });
    await section.getByRole('heading', { name: 'Teller at Harbour Bank' }).waitFor();
    await section.getByText('Bright branch, new tills, staff room upstairs.').waitFor();
    await section.getByText(BANK_QUESTION).waitFor();
    await section.getByText('Cash handling').waitFor();
    await section.getByText('(private)').first().waitFor();
    expect(await page.getByText('The manager interrupted every answer.').count()).toBe(0);
    await expectAccessible(page);
  });

  it('shows a field error beside the question it belongs to and keeps what was typed', async () => {
    const { page } = j;
    const s = await pastInterview(j, 'Eve Errors');
    await actAs(j, s.seeker);
    await page.goto(`${j.base}/app/interviews/${s.interviewId}`);
    await heading(page, /Teller/);
    await page.getByRole('link', { name: 'Write a debrief' }).click();
    await heading(page, 'Debrief: Teller at Harbour Bank');
    await page.getByLabel('Add a question they asked').fill('Why?');
    await page.getByRole('button', { name: 'Add as a new question' }).click();
    await page.getByRole('group', { name: 'The workplace' }).getByLabel('Your notes').fill('Kept text');
    await page.getByRole('button', { name: 'Save the debrief' }).click();
    const input = page.getByRole('group', { name: 'Question 1' }).getByRole('textbox').first();
    await expect.poll(() => input.getAttribute('aria-invalid')).toBe('true');
    await page.getByText('Write the question in full').waitFor();
    await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(
      await page.getByRole('group', { name: 'The workplace' }).getByLabel('Your notes').inputValue(),
    ).toBe('Kept text');
  });

  it('says a debrief waits until the interview has taken place', async () => {
    const { page } = j;
    const s = await pastInterview(j, 'Fay Future', false);
    await actAs(j, s.seeker);
    await page.goto(`${j.base}/app/interviews/${s.interviewId}`);
    await heading(page, /Teller/);
    expect(await page.getByRole('link', { name: 'Write a debrief' }).count()).toBe(0);
    await page.goto(`${j.base}/app/interviews/${s.interviewId}/debrief`);
    await heading(page, 'Debrief: Teller at Harbour Bank');
    await page.getByRole('button', { name: 'Save the debrief' }).click();
    await page
      .getByRole('alert')
      .getByText(/once the interview has taken place/)
      .waitFor();
  });

  it('reads well on a phone', async () => {
    const phone = await startJourney({ mobile: true });
    try {
      const s = await pastInterview(phone, 'Pat Phone');
      await actAs(phone, s.seeker);
      await phone.page.goto(`${phone.base}/app/interviews/${s.interviewId}/debrief`);
      await heading(phone.page, 'Debrief: Teller at Harbour Bank');
      await phone.page.getByRole('button', { name: 'Save the debrief' }).waitFor();
      await expectNoHorizontalOverflow(phone.page);
    } finally {
      await phone.close();
    }
  });
});
