import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CandidateFollowThrough, FollowThroughReport } from '../../../shared/follow-through.ts';
import { createUser, request, type TestUser } from '../../testing/harness.ts';
import { type Board, setupBoard } from '../openings/fixture.ts';
import { addApplicant, future, INTERVIEW_BASICS, timesInThePast } from './fixture.ts';

// Follow-through over HTTP: interviews set up, booked, cancelled and attended through the API,
// then counted by the report and the candidate's own figures. Each file has its own database,
// so the agency's totals here are exactly what this file made.

let b: Board;
let admin: TestUser;
let other: TestUser;
let openingId: number;

const as = (user: TestUser | null, method: string, url: string, payload?: unknown) =>
  request(b.t, { method, url, cookie: user?.cookie, payload: payload as Record<string, unknown> });

async function ok(user: TestUser | null, method: string, url: string, payload?: unknown) {
  const res = await as(user, method, url, payload);
  expect(res.statusCode, `${method} ${url}: ${res.body}`).toBeLessThan(300);
  return res.json();
}

/** An interview at one fixed time (which books the candidate), or at several proposed ones. */
const setUp = (applicationId: number, extra: Record<string, unknown> = {}) =>
  ok(b.recruiter, 'POST', `/api/v1/applications/${applicationId}/interviews`, {
    ...INTERVIEW_BASICS,
    times: [{ startsAt: future(3) }],
    ...extra,
  });

const pastTimes = (interviewId: number) => timesInThePast(b, interviewId);

const attend = (interviewId: number, outcome: string, candidateId?: number) =>
  ok(b.recruiter, 'POST', `/api/v1/interviews/${interviewId}/attendance`, {
    outcome,
    ...(candidateId ? { candidateId } : {}),
  });

/** A one-person interview that has happened, with the outcome recorded. */
async function happened(name: string, outcome: string) {
  const a = await addApplicant(b, openingId, name);
  const iv = await setUp(a.applicationId);
  await pastTimes(iv.id);
  await attend(iv.id, outcome);
  return a;
}

const report = async (user: TestUser, query = '') =>
  (await ok(user, 'GET', `/api/v1/reports/follow-through${query}`)) as FollowThroughReport;
const candidate = async (user: TestUser, id: number) =>
  (await ok(user, 'GET', `/api/v1/candidates/${id}/follow-through`)) as CandidateFollowThrough;
const setAccess = (recruiterAccess: string) =>
  ok(admin, 'PUT', '/api/v1/settings/access', { recruiterAccess });

const people: Record<string, number> = {};

beforeAll(async () => {
  b = await setupBoard();
  admin = await createUser(b.t, 'admin', 'Ada Admin');
  other = await createUser(b.t, 'recruiter', 'Otto Other');
  openingId = (await b.createOpening({ title: 'Teller' })).id;

  people.ann = (await happened('Ann Attended', 'attended')).candidateId;
  people.ned = (await happened('Ned Noshow', 'no-show')).candidateId;

  // The candidate calls it off after booking: against them.
  const calUser = await createUser(b.t, 'candidate');
  const cal = await addApplicant(b, openingId, 'Cal Cancelled', { seeker: calUser });
  const calIv = await setUp(cal.applicationId);
  await ok(calUser, 'POST', `/api/v1/me/interviews/${calIv.id}/cancel`, { reason: 'not-interested' });
  await pastTimes(calIv.id);
  people.cal = cal.candidateId;

  // The agency and the client call theirs off: not counted.
  for (const [name, by] of [
    ['Aggie Agency', 'agency'],
    ['Cliff Client', 'client'],
  ] as const) {
    const a = await addApplicant(b, openingId, name);
    const iv = await setUp(a.applicationId);
    await ok(b.recruiter, 'POST', `/api/v1/interviews/${iv.id}/cancel`, { by, reason: 'Position frozen' });
    await pastTimes(iv.id);
    people[by] = a.candidateId;
  }

  // Times proposed and never taken up: never committed.
  const pia = await addApplicant(b, openingId, 'Pia Proposed');
  const proposed = await setUp(pia.applicationId, {
    times: [{ startsAt: future(4) }, { startsAt: future(5) }],
  });
  await pastTimes(proposed.id);
  people.pia = pia.candidateId;

  // Booked, the time has passed, nothing recorded yet: pending.
  const pen = await addApplicant(b, openingId, 'Pen Pending');
  await pastTimes((await setUp(pen.applicationId)).id);
  people.pen = pen.candidateId;

  // A group session: each member's booking is its own commitment.
  const [g1, g2] = [await createUser(b.t, 'candidate'), await createUser(b.t, 'candidate')];
  const first = await addApplicant(b, openingId, 'Gus Group', { seeker: g1 });
  const second = await addApplicant(b, openingId, 'Gia Group', { seeker: g2 });
  const group = await setUp(first.applicationId, {
    format: 'group',
    capacity: 2,
    alsoInvite: [second.applicationId],
    times: [{ startsAt: future(6) }, { startsAt: future(7) }],
  });
  for (const seeker of [g1, g2])
    await ok(seeker, 'POST', `/api/v1/me/interviews/${group.id}/book`, { slotId: group.slots[0].id });
  await pastTimes(group.id);
  await attend(group.id, 'attended', first.candidateId);
  await attend(group.id, 'no-show', second.candidateId);
  people.gus = first.candidateId;
  people.gia = second.candidateId;

  // Another recruiter's candidate, in their own opening, who came.
  const theirs = (await b.createOpening({ title: 'Vault clerk', ownerId: other.id })).id;
  const { candidate: oscar } = await ok(other, 'POST', '/api/v1/candidates', {
    name: 'Oscar Others',
    source: 'sourced',
    ownerId: other.id,
  });
  const app = await ok(other, 'POST', '/api/v1/applications', { candidateId: oscar.id, openingId: theirs });
  const oscarIv = await setUp(app.id);
  await pastTimes(oscarIv.id);
  await attend(oscarIv.id, 'attended');
  people.oscar = oscar.id;
});
afterAll(async () => b?.t.close());

describe('the follow-through report', () => {
  it('counts kept of committed for the agency, per recruiter and per candidate', async () => {
    const r = await report(admin);
    // Kept: Ann, Gus, Oscar. Not kept: Ned, Cal, Gia. Pending: Pen. Not counted: Aggie, Cliff, Pia.
    expect(r.agency).toEqual({ committed: 6, kept: 3, rate: 0.5, pending: 1 });
    expect(r.period).toMatchObject({ timeZone: 'UTC' });
    expect(r.bucket).toBe('month');
    const sum = (k: 'committed' | 'kept' | 'pending') => r.overTime.reduce((n, p) => n + p[k], 0);
    expect([sum('committed'), sum('kept'), sum('pending')]).toEqual([6, 3, 1]);

    expect(r.byRecruiter).toEqual([
      { recruiterId: other.id, name: 'Otto Other', committed: 1, kept: 1, rate: 1, pending: 0 },
      { recruiterId: b.recruiter.id, name: 'Test recruiter', committed: 5, kept: 2, rate: 0.4, pending: 1 },
    ]);
    const rows = r.byCandidate.map((c) => [c.candidateId, c.committed, c.kept]);
    expect(rows.slice(0, 3)).toEqual(
      expect.arrayContaining([
        [people.ned, 1, 0],
        [people.cal, 1, 0],
        [people.gia, 1, 0],
      ]),
    );
    expect(rows.slice(3)).toEqual(
      expect.arrayContaining([
        [people.ann, 1, 1],
        [people.gus, 1, 1],
        [people.oscar, 1, 1],
      ]),
    );
    expect(r.byCandidate).toHaveLength(6);
    expect(r.candidatesWithCommitments).toBe(6);
    expect(r.byCandidate.find((c) => c.candidateId === people.cal)?.name).toBe('Cal Cancelled');
  });

  it('buckets by week, and leaves out interviews outside the period', async () => {
    const weekly = await report(admin, '?bucket=week');
    expect(weekly.bucket).toBe('week');
    expect(weekly.overTime.length).toBeGreaterThanOrEqual(13);
    for (const p of weekly.overTime) expect(new Date(`${p.start}T00:00:00Z`).getUTCDay()).toBe(1);
    expect(weekly.overTime.reduce((n, p) => n + p.committed, 0)).toBe(6);

    const longAgo = await report(admin, '?from=2020-01-01&to=2020-03-31');
    expect(longAgo.agency).toEqual({ committed: 0, kept: 0, rate: null, pending: 0 });
    expect(longAgo.overTime.map((p) => p.start)).toEqual(['2020-01-01', '2020-02-01', '2020-03-01']);
    expect(longAgo.byRecruiter).toEqual([]);
    expect(longAgo.byCandidate).toEqual([]);
  });

  it('narrows to an opening', async () => {
    const r = await report(admin, `?openingId=${openingId}`);
    expect(r.agency).toMatchObject({ committed: 5, kept: 2 });
  });

  it('shows a recruiter only their own under own-only', async () => {
    await setAccess('own-only');
    try {
      const mine = await report(b.recruiter);
      expect(mine.agency).toEqual({ committed: 5, kept: 2, rate: 0.4, pending: 1 });
      expect(mine.byCandidate.map((c) => c.candidateId)).not.toContain(people.oscar);
      expect(mine.byRecruiter.map((x) => x.recruiterId)).toEqual([b.recruiter.id]);
      const theirs = await report(other);
      expect(theirs.agency).toEqual({ committed: 1, kept: 1, rate: 1, pending: 0 });
      expect(theirs.byCandidate.map((c) => c.candidateId)).toEqual([people.oscar]);
      expect((await report(admin)).agency.committed).toBe(6);
    } finally {
      await setAccess('all');
    }
  });

  it('refuses bad query fields with a clear 400, and anyone but staff', async () => {
    const cases: [string, string][] = [
      ['?bucket=year', 'bucket'],
      ['?from=2026-13-01', 'from'],
      ['?from=yesterday', 'from'],
      ['?to=2026-02-30', 'to'],
      ['?from=2026-03-10&to=2026-03-01', 'to'],
      ['?from=2000-01-01&to=2026-01-01', 'from'],
      ["?openingId=1'%20OR%201=1", 'openingId'],
      ['?groupBy=week', ''],
    ];
    for (const [query, field] of cases) {
      const res = await as(admin, 'GET', `/api/v1/reports/follow-through${query}`);
      expect(res.statusCode, `${query} ${res.body}`).toBe(400);
      expect(res.json().error.code).toBe('invalid_input');
      if (field) expect(res.json().error.fields, res.body).toHaveProperty([field]);
    }
    const seeker = await createUser(b.t, 'candidate');
    expect((await as(seeker, 'GET', '/api/v1/reports/follow-through')).statusCode).toBe(403);
    expect((await as(null, 'GET', '/api/v1/reports/follow-through')).statusCode).toBe(401);
  });
});

describe('a candidate’s follow-through', () => {
  it('lists each committed interview with its verdict', async () => {
    const cal = await candidate(b.recruiter, people.cal as number);
    expect(cal).toMatchObject({ committed: 1, kept: 0, rate: 0, pending: 0 });
    expect(cal.interviews).toMatchObject([
      {
        verdict: 'not-kept',
        state: 'cancelled',
        cancelledBy: 'candidate',
        openingTitle: 'Teller',
        companyName: 'Harbour Bank',
        round: 'first',
        format: 'video',
      },
    ]);
    expect((await candidate(b.recruiter, people.ann as number)).interviews[0]).toMatchObject({
      verdict: 'kept',
      outcome: 'attended',
    });
    const client = await candidate(b.recruiter, people.client as number);
    expect(client).toMatchObject({ committed: 0, rate: null });
    expect(client.interviews).toMatchObject([{ verdict: 'excluded', cancelledBy: 'client' }]);
    expect((await candidate(b.recruiter, people.pen as number)).interviews[0]?.verdict).toBe('pending');
    expect(await candidate(b.recruiter, people.pia as number)).toEqual({
      committed: 0,
      kept: 0,
      rate: null,
      pending: 0,
      interviews: [],
    });
  });

  it('links a group member to their own application', async () => {
    const gia = await candidate(b.recruiter, people.gia as number);
    expect(gia).toMatchObject({ committed: 1, kept: 0 });
    const apps = await ok(b.recruiter, 'GET', `/api/v1/candidates/${people.gia}/applications`);
    expect(gia.interviews[0]?.applicationId).toBe(apps[0].id);
  });

  it('is 404 for an unknown id, and for another recruiter’s candidate under own-only', async () => {
    expect((await as(b.recruiter, 'GET', '/api/v1/candidates/999999/follow-through')).statusCode).toBe(404);
    expect((await as(b.recruiter, 'GET', '/api/v1/candidates/abc/follow-through')).statusCode).toBe(400);
    expect((await as(other, 'GET', `/api/v1/candidates/${people.ann}/follow-through`)).statusCode).toBe(200);
    await setAccess('own-only');
    try {
      const hidden = await as(other, 'GET', `/api/v1/candidates/${people.ann}/follow-through`);
      expect(hidden.statusCode).toBe(404);
      expect(hidden.json().error.code).toBe('not_found');
      expect((await candidate(other, people.oscar as number)).kept).toBe(1);
    } finally {
      await setAccess('all');
    }
    const seeker = await createUser(b.t, 'candidate');
    expect((await as(seeker, 'GET', `/api/v1/candidates/${people.ann}/follow-through`)).statusCode).toBe(403);
  });
});
