import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { companyInsight, fieldInsight, myGaps } from '../../../shared/insights.ts';
import type { buildApp } from '../../app.ts';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/connect.ts';
import { cookieHeader } from '../../testing/harness.ts';
import { DEBRIEF_FIELDS, PROFILES } from './content/debriefs.ts';
import { chosen, planSittings } from './debrief-plan.ts';
import { type SeededDemo, seededDemo } from './fixture.ts';
import { DEMO_PASSWORD, demoEmail, RECRUITERS } from './people.ts';
import { seedDemo } from './seed.ts';

// The demo's debriefs as the insight pages show them: enough people in two fields for a job
// seeker to see rows, trends against the previous 13 weeks, and gaps for the demo seeker.

describe('demo debrief plan', () => {
  it('spreads an item over exactly its share of people', () => {
    expect([...chosen(10, 0.5, 3)].sort((a, b) => a - b)).toEqual([1, 3, 5, 7, 9]);
    expect(chosen(4, 0, 0).size).toBe(0);
    expect(chosen(4, 1, 2).size).toBe(4);
  });

  it('dates each sitting after its round was posted, in the right period', () => {
    for (const f of DEBRIEF_FIELDS) {
      const rounds = f.rounds.map((r, i) => ({ id: i + 1, postedDaysAgo: r.daysAgo, filled: true }));
      const plan = planSittings(f, rounds);
      expect(plan).toHaveLength(f.recent.length + f.previous.length);
      for (const s of plan) {
        const posted = rounds.find((r) => r.id === s.openingId)?.postedDaysAgo ?? 0;
        expect(s.daysAgo + 14).toBeLessThanOrEqual(posted);
        expect(s.daysAgo).toBeGreaterThan(s.period === 'recent' ? 3 : 91);
        expect(s.daysAgo).toBeLessThan(s.period === 'recent' ? 84 : 175);
      }
      expect(plan.filter((s) => s.outcome === 'placed')).toHaveLength(rounds.length);
    }
  });
});

describe('demo insight', () => {
  let database: Db;
  let config: Config;
  let app: Awaited<ReturnType<typeof buildApp>>['app'];
  const log = vi.spyOn(console, 'log').mockImplementation(() => {});

  let demo: SeededDemo;

  beforeAll(async () => {
    demo = await seededDemo('ft-demo-insight-');
    ({ config, database, app } = demo);
  }, 120_000);

  afterAll(async () => {
    log.mockRestore();
    await demo?.close();
  });

  const signIn = async (email: string) => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      headers: { origin: config.publicUrl },
      payload: { email, password: DEMO_PASSWORD },
    });
    expect(res.statusCode, res.body).toBe(200);
    return cookieHeader(res.headers['set-cookie']);
  };
  const get = async (url: string, cookie: string) => {
    const res = await app.inject({ method: 'GET', url, headers: { cookie } });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const fieldPage = async (field: string, cookie: string) =>
    fieldInsight.parse(await get(`/api/v1/insights/fields/${encodeURIComponent(field)}`, cookie));

  it('shows staff each field with eight or more people and rising and falling trends', async () => {
    const staff = await signIn(RECRUITERS[0].email);
    for (const f of DEBRIEF_FIELDS) {
      const page = await fieldPage(f.field, staff);
      expect(page.people, f.field).toBeGreaterThanOrEqual(8);
      expect(page.interviews).toBe(f.recent.length);
      expect(
        page.questions.some((q) => q.trend === 'rising' || q.trend === 'new'),
        f.field,
      ).toBe(true);
      expect(
        page.skills.some((s) => s.trend === 'rising'),
        f.field,
      ).toBe(true);
      expect(
        page.skills.some((s) => s.trend === 'falling'),
        f.field,
      ).toBe(true);
      // The previous 13 weeks have debriefs too, so the volume chart has two halves.
      const weeks = page.weeks.filter((w) => w.week < page.period.from);
      expect(weeks.reduce((n, w) => n + w.interviews, 0)).toBe(f.previous.length);
      expect(page.difficulty?.ratings).toBe(f.recent.length);
      expect(page.betterThanExpected?.share).toBeGreaterThan(0.3);
    }
    const software = await fieldPage('Software', staff);
    expect(software.questions.find((q) => q.text.startsWith('How do you use AI coding'))?.trend).toBe(
      'rising',
    );
    expect(software.skills.find((s) => s.name === 'Software architecture')?.trend).toBe('rising');
    expect(software.skills.find((s) => s.name === 'CSS')?.trend).toBe('falling');
  });

  /** What each profiled demo seeker should be shown: skills they lack, and where they applied. */
  const expected: Record<string, { missing: string[]; company: string; other: string }> = {
    'jordan.lee': {
      missing: ['Software architecture', 'Amazon Web Services'],
      company: 'Fernway',
      other: 'Bluefinch Home Goods',
    },
    'siobhan.byrne': {
      missing: ['Live chat support', 'Zendesk'],
      company: 'Bluefinch Home Goods',
      other: 'Fernway',
    },
  };

  it('shows a job seeker several questions and skills each reported by five people', async () => {
    const seeker = await signIn(demoEmail('jordan.lee'));
    for (const f of DEBRIEF_FIELDS) {
      const page = await fieldPage(f.field, seeker);
      expect(page.enough, f.field).toBe(true);
      expect(page.questions.length, f.field).toBeGreaterThanOrEqual(3);
      expect(page.skills.length, f.field).toBeGreaterThanOrEqual(3);
      for (const row of [...page.questions, ...page.skills]) expect(row.people).toBeGreaterThanOrEqual(5);
    }
  });

  it("lists the demo seekers' missing skills and unpractised questions", async () => {
    for (const p of PROFILES) {
      const seeker = await signIn(demoEmail(p.mailbox));
      const gaps = myGaps.parse(await get('/api/v1/me/insights/gaps', seeker));
      expect(gaps.field).toBe(p.field);
      const missing = gaps.missingSkills.map((s) => s.name);
      expect(missing).toEqual(expect.arrayContaining(expected[p.mailbox]?.missing ?? ['?']));
      for (const name of p.skills) expect(missing).not.toContain(name);
      expect(gaps.unpractised.length, p.mailbox).toBeGreaterThanOrEqual(2);
      expect(gaps.unpractised.some((q) => q.trend === 'rising' || q.trend === 'new')).toBe(true);
    }
  });

  it('shows the demo seekers the insight of the company they applied to, and no other', async () => {
    const staff = await signIn(RECRUITERS[0].email);
    const ids = new Map(
      (await database.db.selectFrom('company').select(['id', 'name']).execute()).map((c) => [c.name, c.id]),
    );
    for (const p of PROFILES) {
      const seeker = await signIn(demoEmail(p.mailbox));
      const want = expected[p.mailbox];
      const companies: Array<{ name: string }> = await get('/api/v1/me/insights/companies', seeker);
      expect(companies.map((c) => c.name)).toContain(want?.company);
      const id = ids.get(want?.company ?? '');
      const page = companyInsight.parse(await get(`/api/v1/insights/companies/${id}`, seeker));
      expect(page.enough).toBe(true);
      expect(page.people).toBeGreaterThanOrEqual(6);
      expect(page.notes).toEqual([]);
      const staffPage = companyInsight.parse(await get(`/api/v1/insights/companies/${id}`, staff));
      expect(staffPage.notes.length).toBeGreaterThan(0);
      // A company they never applied to stays hidden, as if it did not exist.
      const other = await app.inject({
        method: 'GET',
        url: `/api/v1/insights/companies/${ids.get(want?.other ?? '')}`,
        headers: { cookie: seeker },
      });
      expect(other.statusCode).toBe(404);
    }
  });

  it('adds no debriefs or counts when run a second time', async () => {
    const counts = async () =>
      Promise.all(
        (
          [
            'debrief',
            'debrief_question',
            'debrief_skill',
            'insight_count',
            'insight_person',
            'question',
          ] as const
        ).map(async (table) =>
          Number(
            (
              await database.db
                .selectFrom(table)
                .select((eb) => eb.fn.countAll().as('n'))
                .executeTakeFirstOrThrow()
            ).n,
          ),
        ),
      );
    const before = await counts();
    expect(before[0]).toBe(DEBRIEF_FIELDS.reduce((n, f) => n + f.recent.length + f.previous.length, 0));
    await seedDemo(config);
    expect(await counts()).toEqual(before);
  }, 60_000);
});
