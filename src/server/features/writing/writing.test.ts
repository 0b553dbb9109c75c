import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, request, type TestUser } from '../../testing/harness.ts';
import { addApplicant } from '../interviews/fixture.ts';
import { type Board, setupBoard } from '../openings/fixture.ts';
import { WRITING_PROMPTS } from '../practice/content/index.ts';

// Timed writing tests over HTTP: starting, autosaving, handing in, the deadline kept by the
// server, and a recruiter's feedback; a running test is its writer's alone.

let b: Board;
let sam: TestUser;
let nia: TestUser;
let otto: TestUser;
let admin: TestUser;
let seen = 0;

const as = (user: TestUser | null, method: string, url: string, payload?: unknown) =>
  request(b.t, { method, url, cookie: user?.cookie, payload: payload as Record<string, unknown> });
const key = WRITING_PROMPTS[0]?.key as string;

/** Moves an attempt's deadline, as if time had passed. */
async function deadline(id: number, msFromNow: number) {
  await b.t.ctx.db
    .updateTable('writing_attempt')
    .set({ deadline_at: new Date(Date.now() + msFromNow).toISOString() })
    .where('id', '=', id)
    .execute();
}

beforeAll(async () => {
  b = await setupBoard();
  sam = b.candidate;
  nia = await createUser(b.t, 'candidate', 'Nia Other');
  otto = await createUser(b.t, 'recruiter', 'Otto Other');
  admin = await createUser(b.t, 'admin', 'Ada Admin');
  const opening = await b.createOpening({ title: 'Clerk' });
  await addApplicant(b, opening.id, 'Sam Seeker', { seeker: sam });
});
afterAll(async () => b?.t.close());

describe('writing tests', () => {
  it('lists prompts of every kind without giving the task away', async () => {
    const res = await as(sam, 'GET', '/api/v1/writing/prompts');
    expect(res.statusCode).toBe(200);
    const kinds = new Set(res.json().map((p: { kind: string }) => p.kind));
    expect([...kinds].sort()).toEqual(['cover-letter', 'customer-email', 'field-task', 'report', 'summary']);
    expect(res.json()[0]).not.toHaveProperty('prompt');
  });

  it('starts once per prompt, autosaves, and hands in with the text', async () => {
    const started = await as(sam, 'POST', '/api/v1/me/writing', { promptKey: key });
    expect(started.statusCode, started.body).toBe(201);
    const a = started.json();
    expect(a.state).toBe('writing');
    expect(a.prompt.prompt.length).toBeGreaterThan(20);
    const minutes = WRITING_PROMPTS[0]?.minutes as number;
    expect(Date.parse(a.deadlineAt) - Date.parse(a.startedAt)).toBe(minutes * 60_000);
    // Starting again resumes the same test rather than resetting the clock.
    expect((await as(sam, 'POST', '/api/v1/me/writing', { promptKey: key })).json().id).toBe(a.id);

    const saved = await as(sam, 'PUT', `/api/v1/me/writing/${a.id}`, {
      body: 'Dear hiring manager, I am writing',
    });
    expect(saved.json()).toMatchObject({
      body: 'Dear hiring manager, I am writing',
      words: 6,
      state: 'writing',
    });
    const handed = await as(sam, 'POST', `/api/v1/me/writing/${a.id}/submit`, {
      body: 'Dear hiring manager, I am writing to apply.',
    });
    expect(handed.json()).toMatchObject({ state: 'submitted', autoSubmitted: false, words: 8 });
    const late = await as(sam, 'PUT', `/api/v1/me/writing/${a.id}`, { body: 'changed after' });
    expect(late.statusCode).toBe(409);
    expect((await as(sam, 'GET', `/api/v1/me/writing/${a.id}`)).json().body).toBe(
      'Dear hiring manager, I am writing to apply.',
    );
  });

  it('hands in what was saved when time runs out, even with the page closed', async () => {
    const second = WRITING_PROMPTS[1]?.key as string;
    const a = (await as(sam, 'POST', '/api/v1/me/writing', { promptKey: second })).json();
    await as(sam, 'PUT', `/api/v1/me/writing/${a.id}`, { body: 'Saved in time.' });
    // Within the grace after the deadline a save still counts (it may have been on its way).
    await deadline(a.id, -10_000);
    expect(
      (await as(sam, 'PUT', `/api/v1/me/writing/${a.id}`, { body: 'Saved in time, just.' })).statusCode,
    ).toBe(200);
    await deadline(a.id, -120_000);
    const refused = await as(sam, 'PUT', `/api/v1/me/writing/${a.id}`, { body: 'Too late.' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('time_up');
    const after = (await as(sam, 'GET', `/api/v1/me/writing/${a.id}`)).json();
    expect(after).toMatchObject({ state: 'submitted', autoSubmitted: true, body: 'Saved in time, just.' });
    const list = (await as(sam, 'GET', '/api/v1/me/writing')).json();
    expect(list.map((x: { id: number }) => x.id)).toContain(a.id);
  });

  it('keeps a running test private: other seekers and staff get 404', async () => {
    const third = WRITING_PROMPTS[2]?.key as string;
    const a = (await as(sam, 'POST', '/api/v1/me/writing', { promptKey: third })).json();
    expect((await as(nia, 'GET', `/api/v1/me/writing/${a.id}`)).statusCode).toBe(404);
    expect((await as(nia, 'PUT', `/api/v1/me/writing/${a.id}`, { body: 'mine now' })).statusCode).toBe(404);
    expect((await as(b.recruiter, 'GET', `/api/v1/writing/submissions/${a.id}`)).statusCode).toBe(404);
    expect((await as(nia, 'GET', '/api/v1/me/writing')).json()).toEqual([]);
  });

  it('lets a recruiter read a submission and give feedback, which the writer reads and is emailed', async () => {
    const list = (await as(b.recruiter, 'GET', '/api/v1/writing/submissions')).json();
    const first = list.find((s: { writer: string; hasFeedback: boolean }) => !s.hasFeedback);
    expect(first).toMatchObject({ candidate: { name: 'Sam Seeker' } });
    const empty = await as(b.recruiter, 'PUT', `/api/v1/writing/submissions/${first.id}/feedback`, {
      feedback: ' ',
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.fields.feedback).toBe('Write your feedback');
    await b.t.deliverMail();
    seen = (await b.t.deliverMail()).length;
    const res = await as(b.recruiter, 'PUT', `/api/v1/writing/submissions/${first.id}/feedback`, {
      feedback: 'Clear opening. Say which role you want in the first line.',
    });
    expect(res.statusCode, res.body).toBe(200);
    const mails = (await b.t.deliverMail()).slice(seen);
    expect(mails.map((m) => m.to)).toEqual([sam.email]);
    const mine = (await as(sam, 'GET', `/api/v1/me/writing/${first.id}`)).json();
    expect(mine).toMatchObject({
      feedback: 'Clear opening. Say which role you want in the first line.',
      feedbackBy: b.recruiter.email ? expect.any(String) : null,
    });
  });

  it('hides submissions of another recruiter’s candidates under own-only', async () => {
    await as(admin, 'PUT', '/api/v1/settings/access', { recruiterAccess: 'own-only' });
    try {
      expect((await as(otto, 'GET', '/api/v1/writing/submissions')).json()).toEqual([]);
      const any = (await as(b.recruiter, 'GET', '/api/v1/writing/submissions')).json()[0];
      expect((await as(otto, 'GET', `/api/v1/writing/submissions/${any.id}`)).statusCode).toBe(404);
      expect(
        (await as(otto, 'PUT', `/api/v1/writing/submissions/${any.id}/feedback`, { feedback: 'Hi' }))
          .statusCode,
      ).toBe(404);
    } finally {
      await as(admin, 'PUT', '/api/v1/settings/access', { recruiterAccess: 'all' });
    }
  });

  it('refuses bad input clearly', async () => {
    expect((await as(sam, 'POST', '/api/v1/me/writing', { promptKey: 'no-such-test' })).statusCode).toBe(404);
    expect((await as(sam, 'POST', '/api/v1/me/writing', {})).statusCode).toBe(400);
    expect((await as(sam, 'PUT', '/api/v1/me/writing/1', { body: 'x'.repeat(50_001) })).statusCode).toBe(400);
    expect((await as(sam, 'PUT', '/api/v1/me/writing/abc', { body: 'x' })).statusCode).toBe(400);
    expect((await as(b.recruiter, 'POST', '/api/v1/me/writing', { promptKey: key })).statusCode).toBe(403);
    expect((await as(sam, 'GET', '/api/v1/writing/submissions')).statusCode).toBe(403);
  });
});
