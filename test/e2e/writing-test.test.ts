import { afterAll, beforeAll, expect, it } from 'vitest';
import { createUser, request, type TestUser } from '../../src/server/testing/harness.ts';
import {
  actAs,
  expectAccessible,
  expectNoHorizontalOverflow,
  type Journey,
  startJourney,
} from './support.ts';

// A timed writing test: the text survives a reload and a lost connection, it is handed in,
// a recruiter gives feedback and the writer reads it; when time runs out the page hands in.

const WAIT = { timeout: 10_000 };
let j: Journey;
let sam: TestUser;
let rita: TestUser;

beforeAll(async () => {
  j = await startJourney();
  rita = await createUser(j.t, 'recruiter', 'Rita Recruiter');
  sam = await createUser(j.t, 'candidate', 'Sam Seeker');
  const c = await request(j.t, {
    method: 'POST',
    url: '/api/v1/candidates',
    cookie: rita.cookie,
    payload: { name: 'Sam Seeker', email: sam.email, ownerId: rita.id },
  });
  await j.t.ctx.db
    .updateTable('candidate')
    .set({ user_id: sam.id })
    .where('id', '=', c.json().candidate.id)
    .execute();
});
afterAll(async () => j?.close());

async function attempt(id: number) {
  const res = await request(j.t, { method: 'GET', url: `/api/v1/me/writing/${id}`, cookie: sam.cookie });
  return res.json();
}

it('keeps the text through a reload and a lost connection, and brings back the recruiter’s feedback', async () => {
  const { page } = j;
  await actAs(j, sam);
  await page.goto(`${j.base}/app/practice/writing`);
  await page.getByRole('heading', { level: 1, name: 'Writing tests' }).waitFor(WAIT);
  await expectAccessible(page);
  await page
    .getByRole('button', { name: /^Start: / })
    .first()
    .click();
  await page.getByRole('heading', { name: 'The task' }).waitFor(WAIT);
  const id = Number(page.url().split('/').pop());
  await page.getByRole('timer').waitFor();

  const box = page.getByLabel('Your text', { exact: true });
  await box.fill('Dear Ms Patel, thank you for writing to us.');
  await page.getByText(/^9 words /).waitFor();
  await page.getByText(/^Saved at/).waitFor(WAIT);
  await page.reload();
  await expect
    .poll(() => page.getByLabel('Your text', { exact: true }).inputValue(), WAIT)
    .toBe('Dear Ms Patel, thank you for writing to us.');

  // The connection drops: typing goes on, kept on this device, and is saved once it is back.
  await page.context().setOffline(true);
  await page.getByLabel('Your text', { exact: true }).press('End');
  await page
    .getByLabel('Your text', { exact: true })
    .pressSequentially(' I am sorry the sofa did not arrive.');
  await page.getByText(/Cannot reach the server/).waitFor(WAIT);
  await page.context().setOffline(false);
  await page.getByText(/^Saved at/).waitFor({ timeout: 20_000 });
  expect((await attempt(id)).body).toBe(
    'Dear Ms Patel, thank you for writing to us. I am sorry the sofa did not arrive.',
  );
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Hand in now' }).click();
  await page.getByText(/^Handed in /).waitFor(WAIT);
  await page.getByText('Your recruiter has not read it yet.', { exact: false }).waitFor();

  // The recruiter reads it and gives feedback; an empty one is refused.
  await actAs(j, rita);
  await page.goto(`${j.base}/app/writing`);
  await page
    .getByRole('link', { name: /^Sam Seeker: / })
    .first()
    .click();
  await page.getByText('I am sorry the sofa did not arrive.', { exact: false }).waitFor(WAIT);
  await page.getByRole('button', { name: 'Send feedback' }).click();
  await page.getByText('Write your feedback').waitFor();
  await page
    .getByLabel('Your feedback')
    .fill('Warm and clear. Offer a new delivery date in the first paragraph.');
  await page.getByRole('button', { name: 'Send feedback' }).click();
  await page.getByText('Sent.').waitFor(WAIT);
  await expectAccessible(page);

  await actAs(j, sam);
  await page.goto(`${j.base}/app/practice/writing/${id}`);
  await page.getByText('Warm and clear. Offer a new delivery date in the first paragraph.').waitFor(WAIT);
  await page.getByText('Rita Recruiter', { exact: false }).waitFor();
});

it('hands in by itself when time runs out', async () => {
  const { page } = j;
  await actAs(j, sam);
  const started = await request(j.t, {
    method: 'POST',
    url: '/api/v1/me/writing',
    cookie: sam.cookie,
    payload: {
      promptKey: (
        await request(j.t, { method: 'GET', url: '/api/v1/writing/prompts', cookie: sam.cookie })
      ).json()[1].key,
    },
  });
  const id = started.json().id as number;
  await j.t.ctx.db
    .updateTable('writing_attempt')
    .set({ deadline_at: new Date(Date.now() + 6000).toISOString() })
    .where('id', '=', id)
    .execute();
  await page.goto(`${j.base}/app/practice/writing/${id}`);
  await page.getByLabel('Your text', { exact: true }).fill('Written against the clock.');
  await page.getByText(/^Handed in |^Time ran out/).waitFor({ timeout: 20_000 });
  const a = await attempt(id);
  expect(a).toMatchObject({ state: 'submitted', body: 'Written against the clock.' });
});

it('fits a phone', async () => {
  const phone = await startJourney({ mobile: true });
  try {
    const pat = await createUser(phone.t, 'candidate', 'Pat Phone');
    await actAs(phone, pat);
    await phone.page.goto(`${phone.base}/app/practice/writing`);
    await phone.page
      .getByRole('button', { name: /^Start: / })
      .first()
      .click();
    await phone.page.getByRole('heading', { name: 'The task' }).waitFor(WAIT);
    await expectNoHorizontalOverflow(phone.page);
  } finally {
    await phone.close();
  }
});
