import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, request, type TestUser } from '../../testing/harness.ts';
import { type Board, setupBoard } from '../openings/fixture.ts';
import { clashesOf } from './clashes.ts';
import { addApplicant, DAY, INTERVIEW_BASICS } from './fixture.ts';

// No one is booked twice: times that overlap the recruiter's or an interviewer's other
// interviews are refused, naming who is busy, on setting up and on moving.

describe('clashesOf', () => {
  const t = (from: string, to: string) => ({
    startsAt: `2026-03-08T${from}:00Z`,
    endsAt: `2026-03-08T${to}:00Z`,
  });
  it('names everyone busy during each time, and lets times touch end to start', () => {
    const busy = [
      { name: 'Dana', times: [t('10:00', '11:00')] },
      { name: 'Eli', times: [t('10:30', '11:30'), t('14:00', '15:00')] },
    ];
    const found = clashesOf(
      [t('09:00', '10:00'), t('10:45', '11:15'), t('11:30', '12:00'), t('14:59', '15:30')],
      busy,
    );
    expect([...found]).toEqual([
      [1, ['Dana', 'Eli']],
      [3, ['Eli']],
    ]);
  });
});

describe('refusing clashing times', () => {
  let b: Board;
  let danaId: number;
  let other: TestUser;
  const as = (user: TestUser, method: string, url: string, payload?: unknown) =>
    request(b.t, { method, url, cookie: user.cookie, payload: payload as Record<string, unknown> });
  const at = (hoursAhead: number) => {
    const d = new Date(Date.now() + 9 * DAY);
    d.setUTCHours(10, 0, 0, 0);
    return new Date(d.getTime() + hoursAhead * 3_600_000).toISOString();
  };
  let openingId: number;
  const setUp = async (by: TestUser, name: string, extra: Record<string, unknown>) => {
    const { applicationId } = await addApplicant(b, openingId, name);
    return as(by, 'POST', `/api/v1/applications/${applicationId}/interviews`, {
      ...INTERVIEW_BASICS,
      ...extra,
    });
  };

  beforeAll(async () => {
    b = await setupBoard();
    other = await createUser(b.t, 'recruiter', 'Olga Other');
    openingId = (await b.createOpening({ title: 'Teller' })).id;
    const dana = await as(b.recruiter, 'POST', `/api/v1/companies/${b.companyId}/contacts`, {
      name: 'Dana Panel',
    });
    danaId = dana.json().id;
  });
  afterAll(async () => b?.t.close());

  it('refuses a time when an interviewer sits on another interview then, and changes nothing', async () => {
    const first = await setUp(b.recruiter, 'Ann First', {
      interviewerIds: [danaId],
      times: [{ startsAt: at(0) }],
    });
    expect(first.statusCode, first.body).toBe(201);
    const before = await b.t.ctx.db.selectFrom('interview').select('id').execute();
    // Another recruiter, the same interviewer, 30 minutes later: overlaps the 45-minute interview.
    const clash = await setUp(other, 'Bo Second', {
      interviewerIds: [danaId],
      times: [{ startsAt: at(3) }, { startsAt: at(0.5) }],
    });
    expect(clash.statusCode, clash.body).toBe(409);
    expect(clash.json().error).toMatchObject({
      code: 'time_clash',
      fields: { 'times.1.startsAt': 'Dana Panel has another interview then' },
    });
    expect(await b.t.ctx.db.selectFrom('interview').select('id').execute()).toEqual(before);
    // Right after it ends is fine; so is the same time without Dana for someone else.
    const after = await setUp(other, 'Cy Third', {
      interviewerIds: [danaId],
      times: [{ startsAt: at(0.75) }],
    });
    expect(after.statusCode, after.body).toBe(201);
    const free = await setUp(other, 'Di Fourth', { times: [{ startsAt: at(0) }] });
    expect(free.statusCode, free.body).toBe(201);
  });

  it('counts the recruiter’s own interviews and offered times, not cancelled ones or written tests', async () => {
    const offered = await setUp(b.recruiter, 'Eve Offered', {
      times: [{ startsAt: at(5) }, { startsAt: at(6) }],
    });
    expect(offered.statusCode, offered.body).toBe(201);
    const mine = await setUp(b.recruiter, 'Fay Mine', { times: [{ startsAt: at(6) }] });
    expect(mine.statusCode).toBe(409);
    expect(mine.json().error.fields['times.0.startsAt']).toMatch(/\(you\) has another interview then$/);
    const test = await setUp(b.recruiter, 'Gil Written', {
      format: 'written-test',
      durationMinutes: 60,
      times: [{ startsAt: at(5), endsAt: at(8) }],
    });
    expect(test.statusCode, test.body).toBe(201);
    await as(b.recruiter, 'POST', `/api/v1/interviews/${offered.json().id}/cancel`, {
      by: 'client',
      reason: 'Filled',
    });
    const again = await setUp(b.recruiter, 'Hal Again', { times: [{ startsAt: at(6) }] });
    expect(again.statusCode, again.body).toBe(201);
  });

  it('refuses moving an interview onto another, but not onto its own old time', async () => {
    const a = await setUp(b.recruiter, 'Ian Moves', {
      interviewerIds: [danaId],
      times: [{ startsAt: at(24) }],
    });
    const c = await setUp(b.recruiter, 'Jo Stays', { times: [{ startsAt: at(26) }] });
    expect([a.statusCode, c.statusCode]).toEqual([201, 201]);
    const onto = await as(b.recruiter, 'PUT', `/api/v1/interviews/${a.json().id}/time`, {
      startsAt: at(26.25),
    });
    expect(onto.statusCode, onto.body).toBe(409);
    expect(onto.json().error.fields.startsAt).toMatch(/has another interview then$/);
    const later = await as(b.recruiter, 'PUT', `/api/v1/interviews/${a.json().id}/time`, {
      startsAt: at(24.25),
    });
    expect(later.statusCode, later.body).toBe(200);
  });
});
