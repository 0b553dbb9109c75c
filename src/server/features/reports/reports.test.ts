import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Stage } from '../../../shared/pipeline.ts';
import type {
  FunnelReport,
  OpenPositionsReport,
  PlacementsBySourceReport,
  TimeToPlacementReport,
} from '../../../shared/reports.ts';
import { createUser, request, type TestApp, type TestUser, testApp } from '../../testing/harness.ts';

// Reports over data built through the API, with the moves' times then fixed in the database so
// every figure is exact on both databases. One company holds the whole story; each query
// filters on it, so nothing else in this file's database can change the figures.

let t: TestApp;
let admin: TestUser;
let rita: TestUser;
let bob: TestUser;
let stages: Stage[];
let companyId: number;
const openings: Record<string, number> = {};

const Q = () => `companyId=${companyId}&from=2026-01-01&to=2026-03-31`;
const get = (url: string, user: TestUser = admin) => request(t, { method: 'GET', url, cookie: user.cookie });
async function json<T>(url: string, user: TestUser = admin): Promise<T> {
  const res = await get(url, user);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as T;
}
async function post(url: string, payload: Record<string, unknown>, user: TestUser = rita) {
  const res = await request(t, { method: 'POST', url, cookie: user.cookie, payload });
  expect(res.statusCode, res.body).toBeLessThan(300);
  return res.json();
}
const stageId = (name: string) => {
  const s = stages.find((x) => x.name === name);
  if (!s) throw new Error(`no stage ${name}`);
  return s.id;
};

async function opening(title: string, o: { positions: number; status?: string; owner?: TestUser }) {
  openings[title] = (
    await post('/api/v1/openings', {
      companyId,
      title,
      field: 'Software',
      description: 'Do the work.',
      city: 'Halifax',
      country: 'Canada',
      workplaceType: 'on-site',
      employmentType: 'full-time',
      status: o.status ?? 'open',
      positions: o.positions,
      ownerId: (o.owner ?? rita).id,
    })
  ).id;
}

/**
 * A candidate (with a source and an owner) applies to an opening on `created` and moves
 * through stages; each move's time is then set to the time given with it.
 */
async function story(
  name: string,
  source: string,
  owner: TestUser | null,
  openingTitle: string,
  created: string,
  moves: [stage: string, at: string][],
) {
  const candidate = (await post('/api/v1/candidates', { name, source, ownerId: owner?.id ?? null }))
    .candidate;
  const app = await post('/api/v1/applications', {
    candidateId: candidate.id,
    openingId: openings[openingTitle],
  });
  for (const [stage] of moves)
    await post(`/api/v1/applications/${app.id}/moves`, { stageId: stageId(stage) });
  const rows = await t.ctx.db
    .selectFrom('stage_move')
    .select('id')
    .where('application_id', '=', app.id)
    .orderBy('id')
    .execute();
  const times = [created, ...moves.map(([, at]) => at)].map((d) => new Date(d).toISOString());
  expect(rows).toHaveLength(times.length);
  for (const [i, row] of rows.entries())
    await t.ctx.db.updateTable('stage_move').set({ created_at: times[i] }).where('id', '=', row.id).execute();
  await t.ctx.db
    .updateTable('application')
    .set({ created_at: times[0] as string })
    .where('id', '=', app.id)
    .execute();
}

beforeAll(async () => {
  t = await testApp();
  admin = await createUser(t, 'admin', 'Ada Admin');
  rita = await createUser(t, 'recruiter', 'Rita Recruiter');
  bob = await createUser(t, 'recruiter', 'Bob Recruiter');
  // A stage some applications passed through before it was retired, and one nobody used.
  const phone = await post(
    '/api/v1/stages',
    { name: 'Phone screen', kind: 'active', seekerLabel: 'Phone call' },
    admin,
  );
  const unused = await post(
    '/api/v1/stages',
    { name: 'Unused', kind: 'active', seekerLabel: 'Unused' },
    admin,
  );
  await post(`/api/v1/stages/${unused.id}/retire`, {}, admin);
  stages = await json<Stage[]>('/api/v1/stages');

  companyId = (await post('/api/v1/companies', { name: 'Acme, "Reports" Inc.' })).id;
  await opening('Welder', { positions: 2 });
  await opening('Nurse', { positions: 4 });
  await opening('Draft role', { positions: 5, status: 'draft' });
  await opening('Cook', { positions: 2 });
  await opening('Driver', { positions: 1, owner: bob });

  await story('Ann', 'referral', null, 'Welder', '2026-01-05T10:00:00Z', [
    ['Screening', '2026-01-06T10:00:00Z'],
    ['Submitted to client', '2026-01-08T10:00:00Z'],
    ['Placed', '2026-01-15T10:00:00Z'],
  ]);
  await story('Ben', 'job-board', null, 'Welder', '2026-02-02T00:00:00Z', [
    ['Screening', '2026-02-03T00:00:00Z'],
    ['Phone screen', '2026-02-04T00:00:00Z'],
    ['Rejected by client', '2026-02-05T00:00:00Z'],
  ]);
  await story('Cat', 'referral', null, 'Nurse', '2026-02-10T00:00:00Z', [
    ['Screening', '2026-02-11T00:00:00Z'],
    ['Interviewing', '2026-02-20T00:00:00Z'],
    ['Offer', '2026-02-25T00:00:00Z'],
    ['Placed', '2026-03-02T00:00:00Z'],
  ]);
  await story('Dan', 'event', bob, 'Nurse', '2026-03-01T12:00:00Z', [['Placed', '2026-03-31T12:00:00Z']]);
  // Applied before the period, placed in it: time to placement counts it, the funnel does not.
  await story('Eve', 'sourced', null, 'Nurse', '2025-12-20T00:00:00Z', [['Placed', '2026-01-09T00:00:00Z']]);
  await story('Fay', 'walk-in', bob, 'Welder', '2026-03-15T00:00:00Z', []);
  // Placed after the period: the funnel counts it as reaching Placed, time to placement does not.
  await story('Gus', 'walk-in', null, 'Welder', '2026-03-20T00:00:00Z', [['Placed', '2026-04-05T00:00:00Z']]);
  await story('Hal', 'job-board', null, 'Driver', '2026-02-20T00:00:00Z', []);
  await post(`/api/v1/stages/${phone.id}/retire`, {}, admin);
}, 60_000);
afterAll(async () => t?.close());

/** The funnel as { stage: reached } for the stages shown. */
const reachedOf = (f: FunnelReport, row?: { reached: number[] }) =>
  Object.fromEntries(f.stages.map((s, i) => [s.name, row ? row.reached[i] : s.reached]));

describe('funnel', () => {
  it('counts applications created in the period and every stage they ever reached', async () => {
    const f = await json<FunnelReport>(`/api/v1/reports/funnel?${Q()}`);
    expect(f.period).toEqual({ from: '2026-01-01', to: '2026-03-31', timeZone: 'UTC' });
    expect(f.applications).toBe(7);
    // Current stages in pipeline order, then the retired stage that has data; never "Unused".
    expect(f.stages.map((s) => [s.name, s.reached, s.retired])).toEqual([
      ['Applied', 7, false],
      ['Screening', 3, false],
      ['Submitted to client', 1, false],
      ['Interviewing', 1, false],
      ['Offer', 1, false],
      ['Placed', 4, false],
      ['Rejected by client', 1, false],
      ['Withdrawn by candidate', 0, false],
      ['Not selected', 0, false],
      ['No response', 0, false],
      ['Phone screen', 1, true],
    ]);
    expect(f.groupBy).toBe('month');
    expect(f.periods.map((p) => [p.start, p.applications])).toEqual([
      ['2026-01-01', 1],
      ['2026-02-01', 3],
      ['2026-03-01', 3],
    ]);
    expect(reachedOf(f, f.periods[1])).toMatchObject({
      Applied: 3,
      Screening: 2,
      Interviewing: 1,
      Offer: 1,
      Placed: 1,
      'Rejected by client': 1,
      'Phone screen': 1,
    });
    expect(reachedOf(f, f.periods[2])).toMatchObject({ Applied: 3, Screening: 0, Placed: 2 });
    expect(f.openings).toEqual([]);
  });

  it('groups by week and splits by opening on request', async () => {
    const f = await json<FunnelReport>(`/api/v1/reports/funnel?${Q()}&groupBy=week&byOpening=true`);
    expect(f.periods).toHaveLength(14);
    expect(f.periods[0]?.start).toBe('2025-12-29');
    expect(f.periods.at(-1)?.start).toBe('2026-03-30');
    expect(f.periods.find((p) => p.start === '2026-01-05')).toMatchObject({ applications: 1 });
    expect(f.periods.reduce((n, p) => n + p.applications, 0)).toBe(7);
    expect(f.openings.map((o) => [o.title, o.companyName, o.applications, reachedOf(f, o).Placed])).toEqual([
      ['Welder', 'Acme, "Reports" Inc.', 4, 2],
      ['Nurse', 'Acme, "Reports" Inc.', 2, 2],
      ['Driver', 'Acme, "Reports" Inc.', 1, 0],
    ]);
  });

  it('filters by opening and period', async () => {
    const nurse = await json<FunnelReport>(`/api/v1/reports/funnel?${Q()}&openingId=${openings.Nurse}`);
    expect(nurse.applications).toBe(2);
    expect(reachedOf(nurse).Placed).toBe(2);
    const feb = await json<FunnelReport>(
      `/api/v1/reports/funnel?companyId=${companyId}&from=2026-02-01&to=2026-02-28`,
    );
    expect(feb.applications).toBe(3);
    expect(feb.periods.map((p) => p.start)).toEqual(['2026-02-01']);
  });

  it('writes the same figures as CSV', async () => {
    const res = await get(`/api/v1/reports/funnel.csv?${Q()}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="funnel-2026-01-01-to-2026-03-31.csv"',
    );
    expect(res.body.split('\r\n')).toEqual([
      '\ufeffMonth,Applications,Applied,Screening,Submitted to client,Interviewing,Offer,Placed,Rejected by client,Withdrawn by candidate,Not selected,No response,Phone screen (retired)',
      '2026-01,1,1,1,1,0,0,1,0,0,0,0,0',
      '2026-02,3,3,2,0,1,1,1,1,0,0,0,1',
      '2026-03,3,3,0,0,0,0,2,0,0,0,0,0',
      'Total,7,7,3,1,1,1,4,1,0,0,0,1',
      '',
    ]);
    const byOpening = await get(`/api/v1/reports/funnel.csv?${Q()}&byOpening=true`);
    expect(byOpening.body).toContain('\r\nWelder,"Acme, ""Reports"" Inc.",4,4,2,1,0,0,2,1,0,0,0,1\r\n');
  });
});

describe('time to placement', () => {
  it('measures days from application to placement for placements in the period', async () => {
    const r = await json<TimeToPlacementReport>(`/api/v1/reports/time-to-placement?${Q()}`);
    // Ann 10 days, Cat 20, Eve 20, Dan 30; Gus was placed after the period.
    expect(r).toMatchObject({ placements: 4, medianDays: 20, p25Days: 17.5, p75Days: 22.5 });
    expect(r.openings.map((o) => [o.title, o.placements, o.medianDays, o.p25Days, o.p75Days])).toEqual([
      ['Nurse', 3, 20, 20, 25],
      ['Welder', 1, 10, 10, 10],
    ]);
    const csv = await get(`/api/v1/reports/time-to-placement.csv?${Q()}`);
    expect(csv.body.split('\r\n')).toEqual([
      '\ufeffOpening,Company,Placements,Median days,25th percentile days,75th percentile days',
      'Nurse,"Acme, ""Reports"" Inc.",3,20,20,25',
      'Welder,"Acme, ""Reports"" Inc.",1,10,10,10',
      'All openings,,4,20,17.5,22.5',
      '',
    ]);
  });

  it('is empty, not an error, when nothing was placed', async () => {
    const r = await json<TimeToPlacementReport>(
      `/api/v1/reports/time-to-placement?companyId=${companyId}&from=2026-06-01&to=2026-06-30`,
    );
    expect(r).toEqual({
      period: { from: '2026-06-01', to: '2026-06-30', timeZone: 'UTC' },
      placements: 0,
      medianDays: null,
      p25Days: null,
      p75Days: null,
      openings: [],
    });
  });
});

describe('placements by source and open positions', () => {
  it('counts placements in the period by candidate source', async () => {
    const r = await json<PlacementsBySourceReport>(`/api/v1/reports/placements-by-source?${Q()}`);
    expect(r.placements).toBe(4);
    expect(r.sources.filter((s) => s.placements > 0)).toEqual([
      { source: 'referral', label: 'Referral', placements: 2 },
      { source: 'sourced', label: 'Sourced by us', placements: 1 },
      { source: 'event', label: 'Event', placements: 1 },
    ]);
    const csv = await get(`/api/v1/reports/placements-by-source.csv?${Q()}`);
    expect(csv.body).toMatch(/^\ufeffSource,Placements\r\nReferral,2\r\nSourced by us,1\r\nEvent,1\r\n/);
    expect(csv.body).toMatch(/\r\nTotal,4\r\n$/);
  });

  it('sums positions still to fill over open openings, per company', async () => {
    const r = await json<OpenPositionsReport>(`/api/v1/reports/open-positions?companyId=${companyId}`);
    // Welder 2 − 2 placed, Nurse 4 − 3, Cook 2, Driver 1; the draft does not count.
    expect(r).toMatchObject({
      openOpenings: 4,
      openPositions: 4,
      companies: [{ id: companyId, name: 'Acme, "Reports" Inc.', openOpenings: 4, openPositions: 4 }],
    });
    expect(Date.parse(r.asOf)).toBeGreaterThan(Date.now() - 60_000);
    const csv = await get(`/api/v1/reports/open-positions.csv?companyId=${companyId}`);
    expect(csv.body).toBe(
      '\ufeffCompany,Open openings,Open positions\r\n"Acme, ""Reports"" Inc.",4,4\r\nTotal,4,4\r\n',
    );
  });

  it('neutralises names a spreadsheet would run as formulas', async () => {
    const hostile = (await post('/api/v1/companies', { name: '=HYPERLINK("http://x.example")' })).id;
    await post('/api/v1/openings', {
      companyId: hostile,
      title: 'Clerk',
      field: 'Software',
      description: 'x',
      workplaceType: 'remote',
      employmentType: 'full-time',
      status: 'open',
    });
    const csv = await get(`/api/v1/reports/open-positions.csv?companyId=${hostile}`);
    expect(csv.body).toContain(`\r\n"'=HYPERLINK(""http://x.example"")",1,1\r\n`);
  });
});

describe('filters and access', () => {
  it('defaults to the last 90 days in UTC', async () => {
    const f = await json<FunnelReport>(`/api/v1/reports/funnel?companyId=${companyId}`);
    const today = new Date().toISOString().slice(0, 10);
    const from = new Date(Date.parse(today) - 89 * 86_400_000).toISOString().slice(0, 10);
    expect(f.period).toEqual({ from, to: today, timeZone: 'UTC' });
    expect(f.applications).toBe(0);
  });

  it('refuses bad filters with a 400 naming the field', async () => {
    const cases: [string, string][] = [
      ['from=2026-03-02&to=2026-03-01', 'to'],
      ['from=2026-02-30', 'from'],
      ['to=yesterday', 'to'],
      ['from=1990-01-01', 'from'],
      ['from=2000-01-01&to=2026-01-01', 'from'],
      ['groupBy=year', 'groupBy'],
      ['byOpening=maybe', 'byOpening'],
      ['openingId=abc', 'openingId'],
      ['companyId=-1', 'companyId'],
      ["companyId=1'%20OR%201=1", 'companyId'],
    ];
    for (const [qs, field] of cases) {
      for (const url of [`/api/v1/reports/funnel?${qs}`, `/api/v1/reports/open-positions.csv?${qs}`]) {
        const res = await get(url);
        expect(res.statusCode, `${url}: ${res.body}`).toBe(400);
        expect(res.json().error.code).toBe('invalid_input');
        expect(Object.keys(res.json().error.fields), url).toEqual([field]);
      }
    }
  });

  it('is for staff only', async () => {
    const seeker = await createUser(t, 'candidate');
    for (const name of ['funnel', 'time-to-placement', 'placements-by-source', 'open-positions']) {
      expect((await get(`/api/v1/reports/${name}`, seeker)).statusCode).toBe(403);
      expect((await get(`/api/v1/reports/${name}.csv`, seeker)).statusCode).toBe(403);
      expect((await request(t, { method: 'GET', url: `/api/v1/reports/${name}` })).statusCode).toBe(401);
    }
  });

  it("under 'own-only' covers only what the recruiter owns", async () => {
    const put = await request(t, {
      method: 'PUT',
      url: '/api/v1/settings/access',
      cookie: admin.cookie,
      payload: { recruiterAccess: 'own-only' },
    });
    expect(put.statusCode, put.body).toBe(200);
    try {
      // Bob owns the Driver opening (Hal) and the candidates Dan and Fay.
      const bobFunnel = await json<FunnelReport>(`/api/v1/reports/funnel?${Q()}&byOpening=true`, bob);
      expect(bobFunnel.applications).toBe(3);
      expect(reachedOf(bobFunnel)).toMatchObject({ Applied: 3, Screening: 0, Placed: 1 });
      expect(bobFunnel.openings.map((o) => [o.title, o.applications])).toEqual([
        ['Driver', 1],
        ['Nurse', 1],
        ['Welder', 1],
      ]);
      const bobTime = await json<TimeToPlacementReport>(`/api/v1/reports/time-to-placement?${Q()}`, bob);
      expect(bobTime).toMatchObject({ placements: 1, medianDays: 30 });
      const bobSources = await json<PlacementsBySourceReport>(
        `/api/v1/reports/placements-by-source?${Q()}`,
        bob,
      );
      expect(bobSources.sources.filter((s) => s.placements)).toEqual([
        { source: 'event', label: 'Event', placements: 1 },
      ]);
      const bobOpen = await json<OpenPositionsReport>(`/api/v1/reports/open-positions?${Q()}`, bob);
      expect(bobOpen.companies).toEqual([
        { id: companyId, name: 'Acme, "Reports" Inc.', openOpenings: 1, openPositions: 1 },
      ]);
      // Filtering on someone else's opening shows nothing of it.
      const other = await json<FunnelReport>(`/api/v1/reports/funnel?${Q()}&openingId=${openings.Cook}`, bob);
      expect(other.applications).toBe(0);
      const csv = await get(`/api/v1/reports/funnel.csv?${Q()}&byOpening=true`, bob);
      expect(csv.body).not.toContain('Driver,,');
      expect(csv.body.split('\r\n').filter(Boolean)).toHaveLength(5);

      // Rita owns every other opening but not Hal's; the admin still sees everything.
      expect((await json<FunnelReport>(`/api/v1/reports/funnel?${Q()}`, rita)).applications).toBe(6);
      expect(
        (await json<OpenPositionsReport>(`/api/v1/reports/open-positions?${Q()}`, rita)).openPositions,
      ).toBe(3);
      expect((await json<FunnelReport>(`/api/v1/reports/funnel?${Q()}`, admin)).applications).toBe(7);
    } finally {
      await request(t, {
        method: 'PUT',
        url: '/api/v1/settings/access',
        cookie: admin.cookie,
        payload: { recruiterAccess: 'all' },
      });
    }
    // Under the default rule a recruiter reads the agency's figures.
    expect((await json<FunnelReport>(`/api/v1/reports/funnel?${Q()}`, bob)).applications).toBe(7);
  });
});
