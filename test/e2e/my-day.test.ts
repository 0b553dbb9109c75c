import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createUser, request } from '../../src/server/testing/harness.ts';
import {
  expectAccessible,
  expectNoHorizontalOverflow,
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

/** A due time in the browser's own zone: an hour ahead when that is still today, else an hour ago. */
async function dueTime(page: Page) {
  return page.evaluate(() => {
    const now = new Date();
    const later = now.getHours() >= 1 && now.getHours() < 22;
    const at = new Date(now.getTime() + (later ? 1 : -1) * 3_600_000);
    const pad = (n: number) => String(n).padStart(2, '0');
    return {
      bucket: later ? 'Today' : 'Overdue',
      date: `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`,
      time: `${pad(at.getHours())}:${pad(at.getMinutes())}`,
    };
  });
}

it('a recruiter plans a task on a record, finishes it from My day, and keeps notes', async () => {
  const { page } = j;
  const rita = await signInAs(j, 'recruiter', 'Rita Recruiter');
  const created = await request(j.t, {
    method: 'POST',
    url: '/api/v1/candidates',
    cookie: rita.cookie,
    payload: { name: 'Sam Seeker', ownerId: rita.id },
  });
  const candidateId = created.json().candidate.id as number;

  await page.goto(`${j.base}/app/candidates/${candidateId}`);
  await heading(page, 'Sam Seeker');
  const tasks = page.getByRole('region', { name: 'Tasks' });
  await tasks.getByText('No open tasks.').waitFor();
  await tasks.getByRole('button', { name: 'Add a task' }).click();
  // Nothing typed: the form says what is missing and keeps focus there.
  await tasks.getByRole('button', { name: 'Add task' }).click();
  await tasks.getByText('Say what needs doing').waitFor();
  const due = await dueTime(page);
  await tasks.getByLabel('Task', { exact: true }).fill('Call Sam about the offer');
  await tasks.getByLabel('Due date').fill(due.date);
  await tasks.getByLabel('Due time').fill(due.time);
  expect(await tasks.getByLabel('Assigned to').inputValue()).toBe(rita.id);
  await tasks.getByRole('button', { name: 'Add task' }).click();
  await page.getByText('Task “Call Sam about the offer” was added.').waitFor();
  await tasks.getByRole('list', { name: 'Open tasks' }).getByText('Call Sam about the offer').waitFor();
  await expectAccessible(page);

  // The workspace counts it, and My day lists it under the right heading with a link back.
  await page.goto(`${j.base}/app`);
  await page.getByRole('link', { name: /My day 1 task due today or overdue/ }).waitFor();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My day' }).click();
  await heading(page, 'My day');
  const bucket = page.getByRole('region', { name: `${due.bucket} (1)` });
  await bucket.getByText('Call Sam about the offer').waitFor();
  expect(await bucket.getByRole('link', { name: 'Sam Seeker' }).getAttribute('href')).toBe(
    `/app/candidates/${candidateId}`,
  );
  await expectAccessible(page);

  // Done moves it out at once; Undo brings it back; Done again sticks after a reload.
  await bucket.getByRole('button', { name: 'Done: Call Sam about the offer' }).click();
  await page.getByText('“Call Sam about the offer” is done.').waitFor();
  await page.getByRole('region', { name: `${due.bucket} (0)` }).waitFor();
  await page.getByRole('button', { name: 'Undo' }).click();
  await page
    .getByRole('region', { name: `${due.bucket} (1)` })
    .getByText('Call Sam about the offer')
    .waitFor();
  await page
    .getByRole('region', { name: `${due.bucket} (1)` })
    .getByRole('button', { name: 'Done: Call Sam about the offer' })
    .click();
  await page.getByRole('region', { name: `${due.bucket} (0)` }).waitFor();
  await page.waitForLoadState('networkidle');
  await page.reload();
  await heading(page, 'My day');
  await page.getByRole('region', { name: `${due.bucket} (0)` }).waitFor();
  expect(await page.getByText('Call Sam about the offer').count()).toBe(0);

  // Notes: one for staff, one shared with the candidate; both reach the timeline.
  await page.goto(`${j.base}/app/candidates/${candidateId}`);
  await heading(page, 'Sam Seeker');
  const notes = page.getByRole('region', { name: 'Notes' });
  await notes.getByText('No notes yet.').waitFor();
  expect(await notes.getByRole('radio', { name: 'Internal — staff only' }).isChecked()).toBe(true);
  await notes.getByLabel('New note').fill('Prefers morning calls; salary expectations are firm.');
  await notes.getByRole('button', { name: 'Add note' }).click();
  await page.getByText('Your note was added.').waitFor();
  await notes.getByLabel('New note').fill('Great first interview, well done!');
  await notes.getByRole('radio', { name: 'Shared with the candidate' }).check();
  await notes.getByRole('button', { name: 'Add note' }).click();
  const list = notes.getByRole('list', { name: 'Notes' });
  await expect.poll(() => list.getByRole('article').count()).toBe(2);
  const first = list.getByRole('article').first();
  expect(await first.textContent()).toContain('Great first interview, well done!');
  expect(await first.textContent()).toContain('Shared with the candidate');
  expect(await list.getByRole('article').nth(1).textContent()).toContain('Internal — staff only');
  const timeline = page.getByRole('list', { name: 'Timeline, newest first' });
  await timeline.getByText('Shared note: Great first interview, well done!').waitFor();
  await timeline.getByText('Note: Prefers morning calls; salary expectations are firm.').waitFor();
  // Done, undone, done again: the timeline tells it as it happened.
  expect(await timeline.getByText('Task done: Call Sam about the offer').count()).toBe(2);
  expect(await timeline.getByText('Task reopened: Call Sam about the offer').count()).toBe(1);
  expect(await timeline.textContent()).toContain('Rita Recruiter');
  await expectAccessible(page);

  // Editing one's own note.
  await list.getByRole('button', { name: /^Edit/ }).last().click();
  await notes.getByLabel('Note', { exact: true }).fill('Prefers morning calls.');
  await notes.getByRole('button', { name: 'Save note' }).click();
  await page.getByText('Your note was saved.').waitFor();
  await list.getByText('Prefers morning calls.', { exact: true }).waitFor();
});

it('My day, the record and the seeker’s notes fit a phone and stay accessible', async () => {
  const phone = await startJourney({ mobile: true });
  try {
    const { page } = phone;
    const rita = await signInAs(phone, 'recruiter', 'Rita Recruiter');
    const seeker = await createUser(phone.t, 'candidate', 'Sam Seeker');
    const api = (url: string, payload: Record<string, unknown>) =>
      request(phone.t, { method: 'POST', url, cookie: rita.cookie, payload });
    const candidateId = (
      await api('/api/v1/candidates', {
        name: 'Maximilian Alexander Wolfeschlegelsteinhausen',
        ownerId: rita.id,
      })
    ).json().candidate.id as number;
    await phone.t.ctx.db
      .updateTable('candidate')
      .set({ user_id: seeker.id })
      .where('id', '=', candidateId)
      .execute();
    const subject = { type: 'candidate', id: candidateId };
    await api('/api/v1/tasks', {
      title: 'Late one',
      dueAt: new Date(Date.now() - 86_400_000).toISOString(),
      subject,
    });
    await api('/api/v1/tasks', {
      title: 'Next week',
      dueAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    });
    await api('/api/v1/notes', {
      subjectType: 'candidate',
      subjectId: candidateId,
      body: 'INTERNAL only remark',
    });
    await api('/api/v1/notes', {
      subjectType: 'candidate',
      subjectId: candidateId,
      body: `Shared: ${'a-very-long-unbroken-word'.repeat(8)}`,
      visibility: 'shared',
    });

    await page.goto(`${phone.base}/app/my-day`);
    await heading(page, 'My day');
    await page.getByRole('region', { name: 'Overdue (1)' }).getByText('Late one').waitFor();
    await page.getByRole('region', { name: 'Upcoming (1)' }).getByText('Next week').waitFor();
    await page.getByRole('button', { name: 'New task' }).click();
    await page.getByLabel('Due time').waitFor();
    await expectNoHorizontalOverflow(page);
    await expectAccessible(page);

    // Enough history for a second page of the timeline.
    for (let i = 1; i <= 52; i++)
      await api('/api/v1/notes', { subjectType: 'candidate', subjectId: candidateId, body: `Call log ${i}` });
    await page.goto(`${phone.base}/app/candidates/${candidateId}`);
    const entries = page.getByRole('list', { name: 'Timeline, newest first' }).getByRole('listitem');
    await expect.poll(() => entries.count()).toBe(50);
    await page.getByRole('button', { name: 'Show more' }).click();
    await expect.poll(() => entries.count()).toBe(56); // created, a task, 2 + 52 notes
    expect(await page.getByRole('button', { name: 'Show more' }).count()).toBe(0);
    await page.getByText('INTERNAL only remark', { exact: true }).waitFor();
    await expectNoHorizontalOverflow(page);
    await expectAccessible(page);

    // The job seeker sees the shared note on their home, never the internal one.
    await page.context().clearCookies();
    const url = new URL(phone.base);
    await page.context().addCookies(
      seeker.cookie.split('; ').map((pair) => {
        const [name, ...rest] = pair.split('=');
        return { name: name as string, value: rest.join('='), domain: url.hostname, path: '/' };
      }),
    );
    await page.goto(`${phone.base}/app`);
    const shared = page.getByRole('region', { name: 'Notes from your recruiter' });
    await shared.getByText(/^Shared: a-very-long/).waitFor();
    expect(await page.getByText('INTERNAL only remark').count()).toBe(0);
    await expectNoHorizontalOverflow(page);
    await expectAccessible(page);
  } finally {
    await phone.close();
  }
});
