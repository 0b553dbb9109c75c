import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request, type TestApp, type TestUser } from '../../testing/harness.ts';
import { type Board, base, setupBoard } from './fixture.ts';

let board: Board;
let t: TestApp;
let recruiter: TestUser;
let candidate: TestUser;
let companyId: number;
const createOpening = (extra: Record<string, unknown> = {}) => board.createOpening(extra);

beforeAll(async () => {
  board = await setupBoard();
  ({ t, recruiter, candidate, companyId } = board);
});
afterAll(async () => board?.t.close());

describe('companies', () => {
  it('is staff only', async () => {
    expect((await request(t, { method: 'GET', url: '/api/v1/companies' })).statusCode).toBe(401);
    const asCandidate = await request(t, {
      method: 'GET',
      url: '/api/v1/companies',
      cookie: candidate.cookie,
    });
    expect(asCandidate.statusCode).toBe(403);
    expect(asCandidate.json().error.code).toBe('forbidden');
  });

  it('rejects bad input with field messages and changes nothing', async () => {
    const before = (
      await request(t, { method: 'GET', url: '/api/v1/companies', cookie: recruiter.cookie })
    ).json().length;
    const cases = [
      { name: '' },
      { name: 42 },
      { name: 'X', website: 'javascript:alert(1)' },
      { name: 'X', unknownField: 1 },
      {},
    ];
    for (const payload of cases) {
      const res = await request(t, {
        method: 'POST',
        url: '/api/v1/companies',
        cookie: recruiter.cookie,
        payload,
      });
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().error.code).toBe('invalid_input');
    }
    const malformed = await request(t, {
      method: 'POST',
      url: '/api/v1/companies',
      cookie: recruiter.cookie,
      headers: { 'content-type': 'application/json' },
      payload: '{"name": ',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.code).toBe('malformed_json');
    const huge = await request(t, {
      method: 'POST',
      url: '/api/v1/companies',
      cookie: recruiter.cookie,
      payload: { name: 'Big', description: 'x'.repeat(400_000) },
    });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.code).toBe('too_large');
    const after = (
      await request(t, { method: 'GET', url: '/api/v1/companies', cookie: recruiter.cookie })
    ).json().length;
    expect(after).toBe(before);
  });

  it('updates a company and answers 404 for an unknown id', async () => {
    const res = await request(t, {
      method: 'PUT',
      url: `/api/v1/companies/${companyId}`,
      cookie: recruiter.cookie,
      payload: {
        name: 'Harbour Bank',
        industry: 'Banking & Finance',
        internalNotes: 'Pays late; SECRET-NOTE',
      },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().industry).toBe('Banking & Finance');
    const missing = await request(t, {
      method: 'PUT',
      url: '/api/v1/companies/999999',
      cookie: recruiter.cookie,
      payload: { name: 'Nope' },
    });
    expect(missing.statusCode).toBe(404);
    const badId = await request(t, {
      method: 'GET',
      url: "/api/v1/companies/1'%20OR%201=1",
      cookie: recruiter.cookie,
    });
    expect(badId.statusCode).toBe(400);
  });
});

describe('openings', () => {
  it('creates, edits and lists openings for staff', async () => {
    const o = await createOpening();
    expect(o).toMatchObject({
      title: 'Data Analyst',
      companyName: 'Harbour Bank',
      status: 'open',
      applicationCount: 0,
    });
    expect(o.postedAt).toBeTruthy();
    const edited = await request(t, {
      method: 'PUT',
      url: `/api/v1/openings/${o.id}`,
      cookie: recruiter.cookie,
      payload: { ...base, companyId, title: 'Senior Data Analyst' },
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json().title).toBe('Senior Data Analyst');
    expect(edited.json().postedAt).toBe(o.postedAt);
    const list = await request(t, {
      method: 'GET',
      url: `/api/v1/openings?companyId=${companyId}`,
      cookie: recruiter.cookie,
    });
    expect(list.json().map((x: { id: number }) => x.id)).toContain(o.id);
  });

  it('rejects invalid openings', async () => {
    const bad: Record<string, unknown>[] = [
      { field: 'Astrology' },
      { workplaceType: 'moon' },
      { salary: { min: 9, max: 1, currency: 'CAD', period: 'year' } },
      { salary: { min: 1.5, max: null, currency: 'CAD', period: 'year' } },
      { salary: { min: 1, max: 2, currency: 'XXX', period: 'year' } },
      { companyId: 999999 },
      { companyId: 'abc' },
      { title: '' },
      { postedAt: 'yesterday' },
      { workplaceType: 'on-site', city: '', country: '' },
    ];
    for (const extra of bad) {
      const res = await request(t, {
        method: 'POST',
        url: '/api/v1/openings',
        cookie: recruiter.cookie,
        payload: { ...base, companyId, ...extra },
      });
      expect(res.statusCode, JSON.stringify(extra)).toBe(400);
      expect(res.json().error.message).toBeTruthy();
    }
    const forbidden = await request(t, {
      method: 'POST',
      url: '/api/v1/openings',
      cookie: candidate.cookie,
      payload: { ...base, companyId },
    });
    expect(forbidden.statusCode).toBe(403);
  });
});
