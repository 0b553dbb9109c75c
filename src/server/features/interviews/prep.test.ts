import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, request, type TestUser } from '../../testing/harness.ts';
import { type Board, setupBoard } from '../openings/fixture.ts';
import { checklistFor } from './checklist.ts';

let b: Board;
let seeker2: TestUser;
let other: TestUser;

const as = (user: TestUser | null, method: string, url: string, payload?: unknown) =>
  request(b.t, { method, url, cookie: user?.cookie, payload: payload as Record<string, unknown> });
const HOUR = 3_600_000;
const inHours = (h: number) => {
  const d = new Date(Date.now() + h * HOUR);
  d.setUTCMinutes(0, 0, 0);
  return d.toISOString();
};

/** The candidate record of each seeker: a seeker has one, so later interviews reuse it. */
const seekerRecords = new Map<string, number>();

async function bookedInterview(
  name: string,
  seeker: TestUser | undefined,
  startsAt: string,
  format = 'video',
) {
  let candidateId = seeker ? seekerRecords.get(seeker.id) : undefined;
  if (candidateId === undefined) {
    const c = await as(b.recruiter, 'POST', '/api/v1/candidates', {
      name,
      source: 'sourced',
      ownerId: b.recruiter.id,
    });
    expect(c.statusCode, c.body).toBe(201);
    candidateId = c.json().candidate.id as number;
    if (seeker) {
      await b.t.ctx.db
        .updateTable('candidate')
        .set({ user_id: seeker.id })
        .where('id', '=', candidateId)
        .execute();
      seekerRecords.set(seeker.id, candidateId);
    }
  }
  // A fresh opening each time, so the same seeker can have several applications.
  const opening = (await b.createOpening({ title: 'Teller' })).id;
  const a = await as(b.recruiter, 'POST', '/api/v1/applications', { candidateId, openingId: opening });
  expect(a.statusCode, a.body).toBe(201);
  const iv = await as(b.recruiter, 'POST', `/api/v1/applications/${a.json().id}/interviews`, {
    round: 'first',
    format,
    durationMinutes: 45,
    videoUrl: 'https://meet.example/abc',
    zone: 'Europe/London',
    times: [{ startsAt }],
  });
  expect(iv.statusCode, iv.body).toBe(201);
  return { id: iv.json().id as number, candidateId };
}

beforeAll(async () => {
  b = await setupBoard();
  seeker2 = await createUser(b.t, 'candidate', 'Sid Second');
  other = await createUser(b.t, 'recruiter', 'Otto Other');
});
afterAll(async () => b?.t.close());

describe('preparation checklist', () => {
  it('lets the candidate tick and untick items, and shows progress to staff', async () => {
    const { id, candidateId } = await bookedInterview('Cara Checklist', b.candidate, inHours(72));
    const items = checklistFor('video');
    const first = await as(b.candidate, 'GET', `/api/v1/me/interviews/${id}/checklist`);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().items.map((i: { key: string }) => i.key)).toEqual(items.map((i) => i.key));
    expect(first.json().progress).toMatchObject({ done: 0, total: items.length, percent: 0 });

    const key0 = items[0]?.key as string;
    const key1 = items[1]?.key as string;
    expect(
      (await as(b.candidate, 'PUT', `/api/v1/me/interviews/${id}/checklist/${key0}`, { ticked: true }))
        .statusCode,
    ).toBe(200);
    // Ticking twice is harmless.
    await as(b.candidate, 'PUT', `/api/v1/me/interviews/${id}/checklist/${key0}`, { ticked: true });
    const two = await as(b.candidate, 'PUT', `/api/v1/me/interviews/${id}/checklist/${key1}`, {
      ticked: true,
    });
    expect(two.json().progress).toMatchObject({ done: 2, total: items.length });
    expect(two.json().items.filter((i: { ticked: boolean }) => i.ticked).length).toBe(2);

    const untick = await as(b.candidate, 'PUT', `/api/v1/me/interviews/${id}/checklist/${key0}`, {
      ticked: false,
    });
    expect(untick.json().progress).toMatchObject({ done: 1, next: { key: key0 } });

    const staff = await as(b.recruiter, 'GET', `/api/v1/interviews/${id}/checklist`);
    expect(staff.statusCode, staff.body).toBe(200);
    expect(staff.json()).toEqual([
      expect.objectContaining({
        candidateId,
        progress: expect.objectContaining({ done: 1, total: items.length }),
      }),
    ]);
  });

  it('rejects an unknown key, and hides the checklist from anyone else', async () => {
    const { id } = await bookedInterview('Kim Keys', b.candidate, inHours(96));
    const bad = await as(b.candidate, 'PUT', `/api/v1/me/interviews/${id}/checklist/not-a-step`, {
      ticked: true,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('key');
    // A real key that does not apply to a video interview is refused too.
    const offFormat = await as(b.candidate, 'PUT', `/api/v1/me/interviews/${id}/checklist/plan-route`, {
      ticked: true,
    });
    expect(offFormat.statusCode).toBe(400);
    const badBody = await as(b.candidate, 'PUT', `/api/v1/me/interviews/${id}/checklist/reread-job`, {
      ticked: 'yes',
    });
    expect(badBody.statusCode).toBe(400);
    const rows = await b.t.ctx.db.selectFrom('interview_checklist_tick').select('item_key').execute();
    expect(rows.map((r) => r.item_key)).not.toContain('not-a-step');

    expect((await as(seeker2, 'GET', `/api/v1/me/interviews/${id}/checklist`)).statusCode).toBe(404);
    expect(
      (await as(seeker2, 'PUT', `/api/v1/me/interviews/${id}/checklist/reread-job`, { ticked: true }))
        .statusCode,
    ).toBe(404);
    expect((await as(b.candidate, 'GET', `/api/v1/interviews/${id}/checklist`)).statusCode).toBe(403);
    expect((await as(null, 'GET', `/api/v1/me/interviews/${id}/checklist`)).statusCode).toBe(401);
  });
});

describe('unconfirmed interviews', () => {
  it('lists booked, unconfirmed interviews in the next day, and not confirmed or later ones', async () => {
    const soon = await bookedInterview('Una Unconfirmed', undefined, inHours(5));
    const confirmed = await bookedInterview('Connie Confirmed', b.candidate, inHours(6));
    const ok = await as(b.candidate, 'POST', `/api/v1/me/interviews/${confirmed.id}/confirm`);
    expect(ok.statusCode, ok.body).toBe(200);
    const later = await bookedInterview('Larry Later', undefined, inHours(60));

    const res = await as(b.recruiter, 'GET', '/api/v1/interviews/unconfirmed');
    expect(res.statusCode, res.body).toBe(200);
    const ids = res.json().map((r: { interviewId: number }) => r.interviewId);
    expect(ids).toContain(soon.id);
    expect(ids).not.toContain(confirmed.id);
    expect(ids).not.toContain(later.id);
    expect(res.json().find((r: { interviewId: number }) => r.interviewId === soon.id)).toMatchObject({
      candidateName: 'Una Unconfirmed',
      openingTitle: 'Teller',
    });

    expect((await as(b.candidate, 'GET', '/api/v1/interviews/unconfirmed')).statusCode).toBe(403);
  });

  it("hides other recruiters' interviews under the own-only setting", async () => {
    const mine = await bookedInterview('Oona Own', undefined, inHours(7));
    const admin = await createUser(b.t, 'admin', 'Ada Admin');
    const set = await as(admin, 'PUT', '/api/v1/settings/access', { recruiterAccess: 'own-only' });
    expect(set.statusCode, set.body).toBeLessThan(300);
    const theirs = await as(other, 'GET', '/api/v1/interviews/unconfirmed');
    expect(theirs.statusCode, theirs.body).toBe(200);
    expect(theirs.json().map((r: { interviewId: number }) => r.interviewId)).not.toContain(mine.id);
    expect((await as(other, 'GET', `/api/v1/interviews/${mine.id}/checklist`)).statusCode).toBe(404);
  });
});
