import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SuggestionOut } from '../../../shared/insights.ts';
import { createUser, request, type TestUser } from '../../testing/harness.ts';
import { future, INTERVIEW_BASICS, timesInThePast } from '../interviews/fixture.ts';
import { type Board, setupBoard } from '../openings/fixture.ts';

// Better-suited openings over HTTP on each database: the seeker's own after a debrief and on
// their home, staff's "consider for" without private skill lists, applied and closed openings
// left out, ids that are not the caller's, and the cancel flow naming the best-suited first.

let b: Board;
let admin: TestUser;
let quayId: number;
let ledgerId: number;
let payrollId: number;

const as = (user: TestUser | null, method: string, url: string, payload?: unknown) =>
  request(b.t, { method, url, cookie: user?.cookie, payload: payload as Record<string, unknown> });

async function ok(user: TestUser | null, method: string, url: string, payload?: unknown) {
  const res = await as(user, method, url, payload);
  expect(res.statusCode, `${method} ${url}: ${res.body}`).toBeLessThan(300);
  return res.json();
}

const titles = (list: SuggestionOut[]) => list.map((s) => s.opening.title);
const find = (list: SuggestionOut[], title: string) => list.find((s) => s.opening.title === title);

let n = 0;
/** A seeker with profile skills, applied to the Ledger Analyst opening (and more), with an interview. */
async function seekerWithInterview(
  opts: { skills?: string[]; field?: string; alsoApplied?: number[]; past?: boolean } = {},
) {
  n += 1;
  const seeker = await createUser(b.t, 'candidate', `Sue Gest ${n}`);
  const made = await ok(b.recruiter, 'POST', '/api/v1/candidates', {
    name: `Sue Gest ${n}`,
    email: seeker.email,
    field: opts.field ?? 'Finance',
    skills: opts.skills ?? ['Excel', 'Bookkeeping'],
    ownerId: b.recruiter.id,
  });
  const candidateId = made.candidate.id as number;
  await b.t.ctx.db
    .updateTable('candidate')
    .set({ user_id: seeker.id })
    .where('id', '=', candidateId)
    .execute();
  for (const openingId of opts.alsoApplied ?? [])
    await ok(b.recruiter, 'POST', '/api/v1/applications', { candidateId, openingId });
  const applied = await ok(b.recruiter, 'POST', '/api/v1/applications', { candidateId, openingId: ledgerId });
  const iv = await ok(b.recruiter, 'POST', `/api/v1/applications/${applied.id}/interviews`, {
    ...INTERVIEW_BASICS,
    times: [{ startsAt: future(3) }],
  });
  if (opts.past ?? true) await timesInThePast(b, iv.id);
  return { seeker, candidateId, interviewId: iv.id as number };
}

const debrief = (skills: string[], skillsVisibility = 'shared') => ({ skills, skillsVisibility });

beforeAll(async () => {
  b = await setupBoard();
  admin = await createUser(b.t, 'admin', 'Ada Admin');
  quayId = (await ok(b.recruiter, 'POST', '/api/v1/companies', { name: 'Quay Logistics' })).id;
  ledgerId = (await b.createOpening({ title: 'Ledger Analyst', skills: ['Excel'] })).id;
  payrollId = (await b.createOpening({ title: 'Payroll Clerk', skills: ['Excel'] })).id;
  await b.createOpening({ title: 'Data Analyst', skills: ['SQL', 'Stakeholder management', 'Python'] });
  await b.createOpening({ title: 'Branch Clerk', field: 'Administration', skills: ['Filing'] });
  await b.createOpening({ title: 'Risk Officer', skills: ['SQL'], status: 'closed' });
  await b.createOpening({ title: 'Finance Assistant', companyId: quayId, skills: ['Excel', 'Bookkeeping'] });
  await b.createOpening({ title: 'Driver', companyId: quayId, field: 'Logistics', skills: ['Excel'] });
});
afterAll(async () => b?.t.close());

describe('the seeker’s better-suited openings', () => {
  it('ranks the same company first, then the field, and says why in their words', async () => {
    const s = await seekerWithInterview({ alsoApplied: [payrollId] });
    await ok(
      s.seeker,
      'PUT',
      `/api/v1/me/interviews/${s.interviewId}/debrief`,
      debrief(['sql', 'Stakeholder management']),
    );
    const list = (await ok(
      s.seeker,
      'GET',
      `/api/v1/me/suggestions?interviewId=${s.interviewId}`,
    )) as SuggestionOut[];
    // Applied (Ledger Analyst, Payroll Clerk), closed (Risk Officer), other fields elsewhere
    // (Driver), and one at the company in another field matching nothing (Branch Clerk) are left out.
    expect(titles(list)).toEqual(['Data Analyst', 'Finance Assistant']);
    expect(find(list, 'Data Analyst')).toMatchObject({
      sameCompany: true,
      matched: { raised: ['SQL', 'Stakeholder management'], profile: [] },
      reason: 'Also at Harbour Bank: asks for SQL and Stakeholder management, both raised in your interview.',
      opening: { companyName: 'Harbour Bank', field: 'Finance' },
    });
    expect(find(list, 'Data Analyst')?.score).toBeCloseTo(4 / 6);
    expect(find(list, 'Finance Assistant')).toMatchObject({
      sameCompany: false,
      reason: 'In Finance: asks for Microsoft Excel and Bookkeeping, on your profile.',
      opening: { companyName: 'Quay Logistics' },
    });
    expect(find(list, 'Data Analyst')?.opening).not.toHaveProperty('skills');
    // The portal home (no interview named) goes by their latest application: the same here.
    expect(titles(await ok(s.seeker, 'GET', '/api/v1/me/suggestions'))).toEqual(titles(list));
  });

  it('uses their own private skill list, and of staff debriefs only what was shared', async () => {
    const s = await seekerWithInterview();
    await ok(s.seeker, 'PUT', `/api/v1/me/interviews/${s.interviewId}/debrief`, debrief(['SQL'], 'private'));
    await ok(
      b.recruiter,
      'PUT',
      `/api/v1/interviews/${s.interviewId}/debriefs/${s.candidateId}`,
      debrief(['Python'], 'agency'),
    );
    const mine = (await ok(s.seeker, 'GET', '/api/v1/me/suggestions')) as SuggestionOut[];
    expect(find(mine, 'Data Analyst')?.matched.raised).toEqual(['SQL']);

    const staff = (await ok(
      b.recruiter,
      'GET',
      `/api/v1/candidates/${s.candidateId}/suggestions`,
    )) as SuggestionOut[];
    expect(find(staff, 'Data Analyst')).toMatchObject({
      matched: { raised: ['Python'], profile: [] },
      reason: 'Also at Harbour Bank: asks for Python, raised in their interview.',
    });
    expect(JSON.stringify(staff)).not.toContain('SQL');
    expect(JSON.stringify(staff)).not.toMatch(/\byour?\b/);
    expect(find(staff, 'Finance Assistant')?.reason).toBe(
      'In Finance: asks for Microsoft Excel and Bookkeeping, on their profile.',
    );
  });

  it('falls back to the profile’s field for someone who has not applied anywhere', async () => {
    const made = await ok(b.recruiter, 'POST', '/api/v1/candidates', {
      name: 'Nora New',
      field: 'Finance',
      skills: ['SQL'],
      ownerId: b.recruiter.id,
    });
    const list = (await ok(
      admin,
      'GET',
      `/api/v1/candidates/${made.candidate.id}/suggestions`,
    )) as SuggestionOut[];
    expect(list.every((s) => !s.sameCompany && s.opening.field === 'Finance')).toBe(true);
    expect(titles(list)[0]).toBe('Data Analyst');
    expect(titles(list)).not.toContain('Risk Officer');
    const nothing = await ok(b.recruiter, 'POST', '/api/v1/candidates', {
      name: 'No Field',
      ownerId: b.recruiter.id,
    });
    expect(await ok(b.recruiter, 'GET', `/api/v1/candidates/${nothing.candidate.id}/suggestions`)).toEqual(
      [],
    );
    // A seeker with no candidate record yet gets nothing rather than an error.
    expect(
      await ok(await createUser(b.t, 'candidate', 'Brand New'), 'GET', '/api/v1/me/suggestions'),
    ).toEqual([]);
  });
});

describe('who may ask', () => {
  it('answers 404 for another seeker’s interview and 400 for bad input, never 500', async () => {
    const s = await seekerWithInterview();
    const other = await seekerWithInterview();
    const url = (q: string) => `/api/v1/me/suggestions?${q}`;
    expect((await as(other.seeker, 'GET', url(`interviewId=${s.interviewId}`))).statusCode).toBe(404);
    expect((await as(s.seeker, 'GET', url('interviewId=999999'))).statusCode).toBe(404);
    for (const q of [
      'interviewId=abc',
      'interviewId=0',
      'interviewId=-3',
      'interviewId=1.5',
      'interviewId=99999999999',
      'sort=1',
      "interviewId=1'%20OR%201=1",
    ]) {
      const res = await as(s.seeker, 'GET', url(q));
      expect(res.statusCode, q).toBe(400);
      expect(res.json().error.code).toBeTypeOf('string');
    }
    expect((await as(null, 'GET', url(''))).statusCode).toBe(401);
    expect((await as(b.recruiter, 'GET', url(''))).statusCode).toBe(403);
  });

  it('keeps staff to candidates they may see', async () => {
    const s = await seekerWithInterview();
    const path = `/api/v1/candidates/${s.candidateId}/suggestions`;
    expect((await as(s.seeker, 'GET', path)).statusCode).toBe(403);
    expect((await as(b.recruiter, 'GET', '/api/v1/candidates/999999/suggestions')).statusCode).toBe(404);
    expect((await as(b.recruiter, 'GET', '/api/v1/candidates/abc/suggestions')).statusCode).toBe(400);
    const rival = await createUser(b.t, 'recruiter', 'Rex Rival');
    await ok(admin, 'PUT', '/api/v1/settings/access', { recruiterAccess: 'own-only' });
    try {
      expect((await as(rival, 'GET', path)).statusCode).toBe(404);
      expect((await as(b.recruiter, 'GET', path)).statusCode).toBe(200);
    } finally {
      await ok(admin, 'PUT', '/api/v1/settings/access', { recruiterAccess: 'all' });
    }
    expect((await as(rival, 'GET', path)).statusCode).toBe(200);
  });
});

describe('before cancelling', () => {
  it('names the other openings at the company best-suited first', async () => {
    // Newest first would put Branch Clerk ahead; SQL on the profile puts Data Analyst there.
    const s = await seekerWithInterview({ skills: ['SQL'], past: false });
    const res = await ok(s.seeker, 'GET', `/api/v1/me/interviews/${s.interviewId}/reasons`);
    const others = (res.reasons as { key: string; openings?: { label: string }[] }[]).find(
      (r) => r.key === 'other-openings',
    );
    expect(others?.openings?.map((o) => o.label)).toEqual(['Data Analyst', 'Branch Clerk', 'Payroll Clerk']);
  });
});
