import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../platform/context.ts';
import type { MailMessage } from '../../platform/mail.ts';
import { Dispatcher } from '../../platform/outbox.ts';
import { request, type TestUser } from '../../testing/harness.ts';
import { type Board, setupBoard } from '../openings/fixture.ts';
import { future } from './fixture.ts';
import { INTERVIEW_REMINDER, registerInterviewReminders } from './reminders.ts';

let b: Board;
let openingId: number;
let interviewerIds: number[];
let seen = 0;

const as = (user: TestUser | null, method: string, url: string, payload?: unknown) =>
  request(b.t, { method, url, cookie: user?.cookie, payload: payload as Record<string, unknown> });
const HOUR = 3_600_000;

async function newReminders(): Promise<MailMessage[]> {
  const all = await b.t.deliverMail();
  const fresh = all.slice(seen);
  seen = all.length;
  return fresh.filter((m) => m.subject.startsWith('Reminder'));
}

/** The interview's reminder rows, with their payloads. */
async function rows(interviewId: number) {
  const all = await b.t.ctx.db
    .selectFrom('outbox')
    .select(['id', 'status', 'payload', 'run_after'])
    .where('kind', '=', INTERVIEW_REMINDER)
    .orderBy('id')
    .execute();
  return all
    .map((r) => ({
      ...r,
      p: JSON.parse(r.payload) as { interviewId: number; startsAt: string; offsetHours: number },
    }))
    .filter((r) => r.p.interviewId === interviewId);
}

/** Makes every waiting reminder due now, as if the time had come. */
async function makeDue() {
  await b.t.ctx.db
    .updateTable('outbox')
    .set({ run_after: new Date(Date.now() - 1000).toISOString() })
    .where('kind', '=', INTERVIEW_REMINDER)
    .where('status', '=', 'pending')
    .execute();
}

let n = 0;
async function bookedInterview(startsAt: string) {
  n += 1;
  const c = await as(b.recruiter, 'POST', '/api/v1/candidates', {
    name: `Rita Reminded ${n}`,
    email: `rita${n}@example.test`,
    source: 'sourced',
    ownerId: b.recruiter.id,
  });
  expect(c.statusCode, c.body).toBe(201);
  const a = await as(b.recruiter, 'POST', '/api/v1/applications', {
    candidateId: c.json().candidate.id,
    openingId,
  });
  expect(a.statusCode, a.body).toBe(201);
  const res = await as(b.recruiter, 'POST', `/api/v1/applications/${a.json().id}/interviews`, {
    round: 'first',
    format: 'video',
    durationMinutes: 45,
    videoUrl: 'https://meet.example/abc',
    instructions: 'Bring ID.',
    zone: 'Asia/Kolkata',
    interviewerIds,
    times: [{ startsAt }],
  });
  expect(res.statusCode, res.body).toBe(201);
  await newReminders(); // the invitations
  return { id: res.json().id as number, email: `rita${n}@example.test` };
}

beforeAll(async () => {
  b = await setupBoard();
  openingId = (await b.createOpening({ title: 'Teller' })).id;
  interviewerIds = [];
  for (const [name, email] of [
    ['Dana Interviewer', 'dana@harbour.example'],
    ['Eli Panel', 'eli@harbour.example'],
  ]) {
    const res = await as(b.recruiter, 'POST', `/api/v1/companies/${b.companyId}/contacts`, { name, email });
    expect(res.statusCode, res.body).toBe(201);
    interviewerIds.push(res.json().id);
  }
});
afterAll(async () => b?.t.close());

describe('interview reminders', () => {
  it('queues 2 days and 2 hours ahead for the candidate and each interviewer, and sends each once', async () => {
    const startsAt = future(5);
    const iv = await bookedInterview(startsAt);
    const queued = await rows(iv.id);
    expect(queued).toHaveLength(6);
    expect(queued.map((r) => new Date(r.run_after as string).getTime()).sort()).toEqual(
      [...[48, 48, 48], ...[2, 2, 2]].map((h) => Date.parse(startsAt) - h * HOUR).sort(),
    );
    expect(await newReminders()).toEqual([]); // not due yet
    await makeDue();
    const sent = await newReminders();
    expect(sent.map((m) => m.to).sort()).toEqual(
      [
        'dana@harbour.example',
        'dana@harbour.example',
        'eli@harbour.example',
        'eli@harbour.example',
        iv.email,
        iv.email,
      ].sort(),
    );
    expect(sent[0]?.text).toContain('(Asia/Kolkata)');
    await makeDue();
    expect(await newReminders()).toEqual([]);
    expect((await rows(iv.id)).map((r) => r.status)).toEqual(Array(6).fill('sent'));
  });

  it('skips reminders whose time has already passed at booking', async () => {
    const startsAt = new Date(Date.now() + 5 * HOUR);
    startsAt.setUTCMinutes(0, 0, 0);
    const iv = await bookedInterview(startsAt.toISOString());
    expect((await rows(iv.id)).map((r) => r.p.offsetHours)).toEqual([2, 2, 2]);
    await makeDue(); // out of the way of the next tests
    expect(await newReminders()).toHaveLength(3);
  });

  it('sends only the new time’s reminders after a reschedule', async () => {
    const iv = await bookedInterview(future(5));
    const moved = future(7);
    const r = await as(b.recruiter, 'PUT', `/api/v1/interviews/${iv.id}/time`, { startsAt: moved });
    expect(r.statusCode, r.body).toBe(200);
    await makeDue();
    const sent = await newReminders();
    expect(sent).toHaveLength(6);
    const after = await rows(iv.id);
    expect(after.filter((x) => x.status === 'sent').every((x) => x.p.startsAt === moved)).toBe(true);
    expect(after.filter((x) => x.status === 'skipped')).toHaveLength(6);
  });

  it('sends none for a cancelled interview', async () => {
    const iv = await bookedInterview(future(5));
    const c = await as(b.recruiter, 'POST', `/api/v1/interviews/${iv.id}/cancel`, {
      by: 'agency',
      reason: 'Filled',
    });
    expect(c.statusCode, c.body).toBe(200);
    await newReminders();
    await makeDue();
    expect(await newReminders()).toEqual([]);
    expect((await rows(iv.id)).map((x) => x.status)).toEqual(Array(6).fill('skipped'));
  });

  it('sends each reminder once with two dispatchers draining at once', async () => {
    const iv = await bookedInterview(future(5));
    await makeDue();
    const sent: string[] = [];
    const deliver = async (m: MailMessage, id: number) => {
      sent.push(`${id} ${m.to}`);
    };
    const quiet = { error: () => {} };
    const ds = [0, 1].map(() => {
      const d = new Dispatcher(b.t.ctx.db, b.t.ctx.dialect, deliver, quiet);
      registerInterviewReminders({ ...b.t.ctx, dispatcher: d } as AppContext);
      return d;
    });
    await Promise.all([ds[0]?.drain(), ds[1]?.drain(), ds[0]?.drain(), ds[1]?.drain()]);
    const ids = new Set((await rows(iv.id)).map((r) => r.id));
    const mine = sent.filter((s) => ids.has(Number(s.split(' ')[0])));
    expect(mine).toHaveLength(6);
    expect(new Set(mine).size).toBe(6);
    expect((await rows(iv.id)).map((x) => x.status)).toEqual(Array(6).fill('sent'));
  });
});
