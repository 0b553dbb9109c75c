import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Application, Board, Stage } from '../../../shared/pipeline.ts';
import { createUser, request, type TestApp, type TestUser, testApp } from '../../testing/harness.ts';

// The board and the list: filters, sorting, paging and who sees what. Moves and stages are
// tested in pipeline.test.ts.

let t: TestApp;
let admin: TestUser;
let rita: TestUser;
let bob: TestUser;
let stages: Stage[];
const ids = { acme: 0, globex: 0, backend: 0, analyst: 0 };
const apps: Record<string, number> = {};

const get = (url: string, user: TestUser = admin) => request(t, { method: 'GET', url, cookie: user.cookie });
const boardOf = async (qs = '', user: TestUser = admin): Promise<Board> => {
  const res = await get(`/api/v1/board${qs ? `?${qs}` : ''}`, user);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const listOf = async (qs = '', user: TestUser = admin) => {
  const res = await get(`/api/v1/applications${qs ? `?${qs}` : ''}`, user);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { total: number; page: number; pageSize: number; results: Application[] };
};
const names = (rows: { candidateName: string }[]) => rows.map((r) => r.candidateName);
const stageId = (name: string) => {
  const s = stages.find((x) => x.name === name);
  if (!s) throw new Error(`no stage ${name}`);
  return s.id;
};
/** Names on the board, column by column (only columns with cards). */
const boardNames = (b: Board) =>
  Object.fromEntries(b.columns.filter((c) => c.total > 0).map((c) => [c.stage.name, names(c.cards)]));

async function post(url: string, payload: Record<string, unknown>, user: TestUser) {
  const res = await request(t, { method: 'POST', url, cookie: user.cookie, payload });
  expect(res.statusCode, res.body).toBeLessThan(300);
  return res.json();
}

async function opening(title: string, companyId: number, owner: TestUser) {
  return (
    await post(
      '/api/v1/openings',
      {
        companyId,
        title,
        field: 'Software',
        description: 'Build things.',
        city: 'Halifax',
        country: 'Canada',
        workplaceType: 'hybrid',
        employmentType: 'full-time',
        status: 'open',
        positions: 3,
      },
      owner,
    )
  ).id as number;
}

/** A candidate submitted to an opening, moved to a stage, in it since a fixed time. */
async function place(name: string, openingId: number, owner: TestUser, stage: string, since: string) {
  const candidate = (await post('/api/v1/candidates', { name, headline: `${name}, engineer` }, owner))
    .candidate;
  const app = await post('/api/v1/applications', { candidateId: candidate.id, openingId }, owner);
  if (stage !== 'Applied')
    await post(`/api/v1/applications/${app.id}/moves`, { stageId: stageId(stage), note: '' }, owner);
  // Fixed times, so ordering by time is the same on every run and both databases.
  await t.ctx.db
    .updateTable('application')
    .set({ stage_entered_at: since, created_at: since })
    .where('id', '=', app.id)
    .execute();
  apps[name] = app.id;
}

beforeAll(async () => {
  t = await testApp();
  admin = await createUser(t, 'admin', 'Ada Admin');
  rita = await createUser(t, 'recruiter', 'Rita Recruiter');
  bob = await createUser(t, 'recruiter', 'Bob Recruiter');
  stages = (await get('/api/v1/stages')).json();
  ids.acme = (await post('/api/v1/companies', { name: 'Acme Tools' }, rita)).id;
  ids.globex = (await post('/api/v1/companies', { name: 'Globex 100%_Real' }, bob)).id;
  ids.backend = await opening('Backend Developer', ids.acme, rita);
  ids.analyst = await opening('Data Analyst', ids.globex, bob);
  await place('Priya Patel', ids.backend, rita, 'Applied', '2026-01-05T10:00:00.000Z');
  await place('amir Khan', ids.backend, rita, 'Applied', '2026-01-02T10:00:00.000Z');
  await place('Zoe Young', ids.backend, rita, 'Interviewing', '2026-01-04T10:00:00.000Z');
  await place('Carl Moss', ids.analyst, bob, 'Screening', '2026-01-03T10:00:00.000Z');
  await place('Dana Fox', ids.analyst, bob, 'Rejected by client', '2026-01-01T10:00:00.000Z');
});
afterAll(async () => t?.close());

describe('the board', () => {
  it('has a column per current stage, closed outcomes only when asked, oldest in stage first', async () => {
    const b = await boardOf();
    expect(b.columns.map((c) => c.stage.name)).toEqual(
      stages.filter((s) => s.kind !== 'closed').map((s) => s.name),
    );
    expect(boardNames(b)).toEqual({
      Applied: ['amir Khan', 'Priya Patel'],
      Screening: ['Carl Moss'],
      Interviewing: ['Zoe Young'],
    });
    const applied = b.columns.find((c) => c.stage.name === 'Applied');
    expect(applied?.total).toBe(2);
    expect(applied?.cards[0]).toMatchObject({
      candidateHeadline: 'amir Khan, engineer',
      openingId: ids.backend,
      openingTitle: 'Backend Developer',
      companyName: 'Acme Tools',
      stageEnteredAt: '2026-01-02T10:00:00.000Z',
    });
    const withClosed = await boardOf('closed=true');
    expect(withClosed.columns.map((c) => c.stage.name)).toEqual(stages.map((s) => s.name));
    expect(boardNames(withClosed)['Rejected by client']).toEqual(['Dana Fox']);
  });

  it('filters by opening, company, owner and words', async () => {
    expect(boardNames(await boardOf(`openingId=${ids.analyst}`))).toEqual({ Screening: ['Carl Moss'] });
    expect(boardNames(await boardOf(`companyId=${ids.acme}`))).toEqual({
      Applied: ['amir Khan', 'Priya Patel'],
      Interviewing: ['Zoe Young'],
    });
    expect(boardNames(await boardOf(`ownerId=${bob.id}&closed=true`))).toEqual({
      Screening: ['Carl Moss'],
      'Rejected by client': ['Dana Fox'],
    });
    // Words match the candidate, the opening or the company, in any case, all of them.
    expect(boardNames(await boardOf('q=PATEL'))).toEqual({ Applied: ['Priya Patel'] });
    expect(boardNames(await boardOf('q=analyst'))).toEqual({ Screening: ['Carl Moss'] });
    expect(boardNames(await boardOf('q=acme+zoe'))).toEqual({ Interviewing: ['Zoe Young'] });
    expect(boardNames(await boardOf(`q=nobody&openingId=${ids.backend}`))).toEqual({});
  });

  it('treats LIKE wildcards and quotes in the search as plain text', async () => {
    expect(boardNames(await boardOf(`q=${encodeURIComponent('100%_')}`))).toEqual({
      Screening: ['Carl Moss'],
    });
    for (const q of ['%', '_', '"', "'; DROP TABLE application; --", 'NEAR(', '*', '\\']) {
      const b = await boardOf(`q=${encodeURIComponent(q)}`);
      const shown = Object.values(boardNames(b)).flat();
      expect(shown, q).toEqual(q === '%' || q === '_' ? ['Carl Moss'] : []);
    }
  });

  it('rejects bad filters with a 400 naming the parameter', async () => {
    for (const qs of ['openingId=abc', 'companyId=-3', 'closed=yes', `q=${'x'.repeat(201)}`]) {
      const res = await get(`/api/v1/board?${qs}`);
      expect(res.statusCode, qs).toBe(400);
      expect(res.json().error.code, qs).toBe('invalid_input');
    }
  });
});

describe('the list', () => {
  it('sorts by each column both ways, ties broken the same way every time', async () => {
    const order = async (sort: string, dir: string) =>
      names((await listOf(`sort=${sort}&dir=${dir}`)).results);
    // Sorting by name ignores case, so "amir" sits with the A's on both databases.
    expect(await order('candidate', 'asc')).toEqual(['amir Khan', 'Carl Moss', 'Priya Patel', 'Zoe Young']);
    expect(await order('candidate', 'desc')).toEqual(['Zoe Young', 'Priya Patel', 'Carl Moss', 'amir Khan']);
    expect(await order('entered', 'asc')).toEqual(['amir Khan', 'Carl Moss', 'Zoe Young', 'Priya Patel']);
    expect(await order('entered', 'desc')).toEqual(['Priya Patel', 'Zoe Young', 'Carl Moss', 'amir Khan']);
    expect(await order('created', 'desc')).toEqual(['Priya Patel', 'Zoe Young', 'Carl Moss', 'amir Khan']);
    expect(await order('stage', 'asc')).toEqual(['Priya Patel', 'amir Khan', 'Carl Moss', 'Zoe Young']);
    expect((await order('stage', 'desc'))[0]).toBe('Zoe Young');
    // Ties (the same opening) go by when the application was made.
    expect(await order('opening', 'asc')).toEqual(['Priya Patel', 'amir Khan', 'Zoe Young', 'Carl Moss']);
    // The default: the most recent arrivals in a stage first.
    expect(names((await listOf()).results)).toEqual(await order('entered', 'desc'));
  });

  it('filters like the board, plus by stage', async () => {
    const applied = await listOf(`stageId=${stageId('Applied')}&sort=candidate&dir=asc`);
    expect(applied.total).toBe(2);
    expect(names(applied.results)).toEqual(['amir Khan', 'Priya Patel']);
    expect(applied.results[0]).toMatchObject({
      stage: { name: 'Applied', kind: 'active' },
      openingId: ids.backend,
    });
    // A closed outcome shows when asked for, with its stage or with the closed switch.
    expect((await listOf(`stageId=${stageId('Rejected by client')}`)).total).toBe(0);
    expect(names((await listOf(`stageId=${stageId('Rejected by client')}&closed=true`)).results)).toEqual([
      'Dana Fox',
    ]);
    expect((await listOf('closed=true')).total).toBe(5);
    expect(names((await listOf(`ownerId=${rita.id}&q=young`)).results)).toEqual(['Zoe Young']);
    expect((await listOf(`companyId=${ids.globex}&stageId=${stageId('Applied')}`)).total).toBe(0);
  });

  it('pages through fifty at a time', async () => {
    const manyId = await opening('Many Hands', ids.acme, rita);
    for (let i = 0; i < 52; i++) {
      const c = (await post('/api/v1/candidates', { name: `Bulk ${String(i).padStart(2, '0')}` }, rita))
        .candidate;
      await post('/api/v1/applications', { candidateId: c.id, openingId: manyId }, rita);
    }
    const first = await listOf(`openingId=${manyId}&sort=candidate&dir=asc`);
    expect(first).toMatchObject({ total: 52, page: 1, pageSize: 50 });
    expect(first.results).toHaveLength(50);
    const second = await listOf(`openingId=${manyId}&sort=candidate&dir=asc&page=2`);
    expect(names(second.results)).toEqual(['Bulk 50', 'Bulk 51']);
    expect((await listOf(`openingId=${manyId}&page=3`)).results).toEqual([]);
    // The board counts every card but shows each column's first hundred at most.
    const col = (await boardOf(`openingId=${manyId}`)).columns.find((c) => c.stage.name === 'Applied');
    expect(col?.total).toBe(52);
  });

  it('rejects bad sorting and paging with a 400', async () => {
    for (const qs of ['sort=salary', 'dir=up', 'page=0', 'page=abc', 'stageId=x']) {
      const res = await get(`/api/v1/applications?${qs}`);
      expect(res.statusCode, qs).toBe(400);
      expect(res.json().error.code, qs).toBe('invalid_input');
    }
  });
});

describe('who sees what', () => {
  it('is staff only', async () => {
    const seeker = await createUser(t, 'candidate');
    for (const url of [
      '/api/v1/board',
      '/api/v1/applications',
      `/api/v1/applications/${apps['Priya Patel']}`,
    ]) {
      expect((await get(url, seeker)).statusCode, url).toBe(403);
      expect((await request(t, { method: 'GET', url })).statusCode, url).toBe(401);
    }
  });

  it('shows a recruiter only their own records when an admin says so', async () => {
    const set = (recruiterAccess: string) =>
      request(t, {
        method: 'PUT',
        url: '/api/v1/settings/access',
        cookie: admin.cookie,
        payload: { recruiterAccess },
      });
    expect((await set('own-only')).statusCode).toBe(200);
    try {
      expect(
        Object.values(boardNames(await boardOf('closed=true', bob)))
          .flat()
          .sort(),
      ).toEqual(['Carl Moss', 'Dana Fox']);
      // Asking for someone else's opening or owner by id shows nothing of it.
      expect(boardNames(await boardOf(`openingId=${ids.backend}`, bob))).toEqual({});
      expect((await listOf(`ownerId=${rita.id}`, bob)).total).toBe(0);
      expect((await listOf(`q=priya`, bob)).total).toBe(0);
      expect((await get(`/api/v1/applications/${apps['Priya Patel']}`, bob)).statusCode).toBe(404);
      // The admin still sees everything.
      expect((await listOf('closed=true')).total).toBeGreaterThanOrEqual(5);
    } finally {
      expect((await set('all')).statusCode).toBe(200);
    }
    expect((await listOf(`ownerId=${rita.id}&q=priya`, bob)).total).toBe(1);
  });
});
