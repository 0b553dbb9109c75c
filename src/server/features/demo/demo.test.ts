import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { openingInput } from '../../../shared/openings.ts';
import { board, seekerApplication } from '../../../shared/pipeline.ts';
import { FIELDS } from '../../../shared/vocabulary.ts';
import type { buildApp } from '../../app.ts';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/connect.ts';
import { cookieHeader } from '../../testing/harness.ts';
import { datesFor, describeOpening, openingBody, seededRandom } from './compose.ts';
import { CANDIDATES } from './content/candidates.ts';
import { COMPANIES } from './content/companies.ts';
import { DEBRIEF_PEOPLE } from './content/debriefs.ts';
import { NOTES, TASKS } from './content/follow-ups.ts';
import { PROGRESS } from './content/moves.ts';
import { OPENINGS } from './content/openings.ts';
import { PLACES } from './content/places.ts';
import { PRACTICE, WRITING } from './content/practice.ts';
import { type SeededDemo, seededDemo } from './fixture.ts';
import { ADMIN, APPLICATIONS, DEMO_PASSWORD, demoEmail, RECRUITERS, SEEKERS } from './people.ts';
import { seedDemo } from './seed.ts';

describe('demo content', () => {
  it('points every application at an open opening and a known seeker', () => {
    const open = new Set(OPENINGS.filter((o) => (o.status ?? 'open') === 'open').map((o) => o.key));
    const seekers = new Set(SEEKERS.map((s) => s.email));
    for (const a of APPLICATIONS) {
      expect(open.has(a.opening), a.opening).toBe(true);
      expect(seekers.has(a.seeker), a.seeker).toBe(true);
    }
    const pairs = APPLICATIONS.map((a) => `${a.seeker} ${a.opening}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it('has unique keys and builds a valid, distinct description for every opening', () => {
    expect(new Set(OPENINGS.map((o) => o.key)).size).toBe(OPENINGS.length);
    const rng = seededRandom(1);
    const descriptions = OPENINGS.map((o) => {
      const owner = COMPANIES.find((c) => c.key === o.company);
      if (!owner) throw new Error(`${o.key}: unknown company`);
      const text = describeOpening(o, owner, 'Followthrough Staffing', rng);
      const body = openingBody(o, 1, text, datesFor(o, 3, Date.now(), rng));
      expect(openingInput.safeParse(body).success, o.key).toBe(true);
      return text;
    });
    expect(new Set(descriptions).size).toBe(descriptions.length);
    // Each starts with its own paragraph, which the job board shows as the summary.
    for (const [i, d] of descriptions.entries()) expect(d.startsWith(OPENINGS[i]?.about ?? '?')).toBe(true);
    // Several layouts and headings appear, so descriptions do not share one skeleton.
    const skeletons = descriptions.map((d) => (d.match(/^## .*$|^\*\*.*?:\*\*/gm) ?? []).join('|'));
    expect(new Set(skeletons).size).toBeGreaterThan(20);
  });

  it('covers every employment and workplace type and pays in the local currency', () => {
    expect(new Set(OPENINGS.map((o) => o.employment)).size).toBe(5);
    expect(new Set(OPENINGS.map((o) => o.workplace)).size).toBe(3);
    expect(OPENINGS.filter((o) => o.pay === null).length).toBeGreaterThanOrEqual(3);
    const gbp = OPENINGS.find((o) => o.key === 'log-inventory-manchester');
    expect(gbp && openingBody(gbp, 1, 'x', { postedAt: null, validThrough: null }).salary).toEqual({
      min: 2_700_000,
      max: 3_100_000,
      currency: 'GBP',
      period: 'year',
    });
    expect(PLACES.manchester.currency).toBe('GBP');
  });
});

describe('seedDemo', () => {
  let database: Db;
  let config: Config;
  let app: Awaited<ReturnType<typeof buildApp>>['app'];
  const log = vi.spyOn(console, 'log').mockImplementation(() => {});

  let demo: SeededDemo;

  beforeAll(async () => {
    demo = await seededDemo('ft-demo-');
    ({ config, database, app } = demo);
  }, 120_000);

  afterAll(async () => {
    log.mockRestore();
    await demo?.close();
  });

  type Counted =
    | 'opening'
    | 'company'
    | 'application'
    | 'user'
    | 'candidate'
    | 'stage_move'
    | 'note'
    | 'task'
    | 'contact'
    | 'interview'
    | 'prepared_answer'
    | 'prepared_answer_version'
    | 'story'
    | 'practice_session'
    | 'practice_item'
    | 'writing_attempt'
    | 'mock_interview'
    | 'group_run';
  const count = async (table: Counted) => {
    const row = await database.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };
  const everything = () =>
    Promise.all(
      (
        [
          'opening',
          'company',
          'application',
          'user',
          'candidate',
          'stage_move',
          'note',
          'task',
          'contact',
          'interview',
          'prepared_answer',
          'prepared_answer_version',
          'story',
          'practice_session',
          'practice_item',
          'writing_attempt',
          'mock_interview',
          'group_run',
        ] as const
      ).map(count),
    );

  /** A session cookie for a demo account, signed in the way the web app does it. */
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
  const mineOf = (json: unknown) => z.array(seekerApplication).parse(json);
  const get = async (url: string, cookie: string) => {
    const res = await app.inject({ method: 'GET', url, headers: { cookie } });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  it('fills every page with something to show', async () => {
    expect(await count('opening')).toBeGreaterThanOrEqual(60);
    expect(await count('company')).toBeGreaterThanOrEqual(10);
    expect(await count('application')).toBeGreaterThanOrEqual(15);
    expect(await count('user')).toBe(12);

    const openFields = await database.db
      .selectFrom('opening')
      .select('field')
      .distinct()
      .where('status', '=', 'open')
      .execute();
    expect(openFields.map((r) => r.field).sort()).toEqual([...FIELDS].sort());

    const cities = await database.db
      .selectFrom('opening')
      .select('city')
      .distinct()
      .where('city', '!=', '')
      .execute();
    expect(cities.length).toBeGreaterThanOrEqual(12);

    const statuses = await database.db.selectFrom('opening').select('status').distinct().execute();
    expect(statuses.map((r) => r.status).sort()).toEqual(['closed', 'draft', 'filled', 'on-hold', 'open']);

    const users = await database.db.selectFrom('user').select(['email', 'emailVerified', 'role']).execute();
    expect(users.every((u) => Boolean(u.emailVerified))).toBe(true);
    expect(users.filter((u) => u.role === 'candidate')).toHaveLength(8);

    const printed = log.mock.calls.flat().join('\n');
    expect(printed).toContain(DEMO_PASSWORD);
    expect(printed).toContain('admin@demo.followthrough.example');
  });

  it('fills the pipeline: records, submissions, moves, notes and tasks', async () => {
    const submissions = CANDIDATES.flatMap((c) => c.submissions).length;
    // The people behind the demo's past debriefs each have a record and one application.
    expect(await count('candidate')).toBe(SEEKERS.length + CANDIDATES.length + DEBRIEF_PEOPLE);
    expect(await count('application')).toBe(APPLICATIONS.length + submissions + DEBRIEF_PEOPLE);
    expect(await count('note')).toBe(NOTES.length);
    expect(await count('task')).toBe(TASKS.length);
    const printed = log.mock.calls.flat().join('\n');
    expect(printed).toContain(
      `Pipeline: ${CANDIDATES.length} candidate records (2 flagged as possible duplicates, ready to merge), ` +
        `${submissions} agency submissions`,
    );
    // Every application starts with one stage_move row; each later move adds one.
    const moves = Number(/(\d+) stage moves/.exec(printed)?.[1]);
    expect(moves).toBeGreaterThan(submissions);
    // Each debrief person's application has its entry row and three moves.
    expect(await count('stage_move')).toBe(APPLICATIONS.length + submissions + moves + 4 * DEBRIEF_PEOPLE);
  });

  it('shows cards in every stage of the board', async () => {
    const cookie = await signIn(RECRUITERS[0].email);
    const open = board.parse(await get('/api/v1/board', cookie));
    const active = open.columns.filter((c) => c.stage.kind === 'active' && !c.stage.retired);
    expect(active.map((c) => c.stage.name)).toEqual([
      'Applied',
      'Screening',
      'Submitted to client',
      'Interviewing',
      'Offer',
    ]);
    for (const c of active) expect(c.total, c.stage.name).toBeGreaterThanOrEqual(1);
    const all = board.parse(await get('/api/v1/board?closed=true', cookie));
    for (const c of all.columns.filter((x) => !x.stage.retired))
      expect(c.total, c.stage.name).toBeGreaterThanOrEqual(1);

    const day = await get('/api/v1/tasks/my-day?tz=America%2FSt_Johns', cookie);
    expect(day.overdue.length).toBeGreaterThanOrEqual(1);
    expect(day.upcoming.length).toBeGreaterThanOrEqual(1);
  });

  it('never places more people than an opening has positions', async () => {
    const rows = await database.db
      .selectFrom('application as a')
      .innerJoin('pipeline_stage as s', 's.id', 'a.stage_id')
      .innerJoin('opening as o', 'o.id', 'a.opening_id')
      .select(['o.title', 'o.positions', (e) => e.fn.countAll().as('placed')])
      .where('s.kind', '=', 'placed')
      .groupBy(['o.id', 'o.title', 'o.positions'])
      .execute();
    expect(rows.reduce((n, r) => n + Number(r.placed), 0)).toBeGreaterThanOrEqual(5);
    for (const r of rows) expect(Number(r.placed), r.title).toBeLessThanOrEqual(r.positions);
  });

  it('flags the deliberate duplicates and nobody else', async () => {
    const cookie = await signIn(RECRUITERS[1].email);
    const idOf = async (key: string) => {
      const c = CANDIDATES.find((x) => x.key === key);
      if (!c) throw new Error(key);
      const row = await database.db
        .selectFrom('candidate')
        .select('id')
        .where('name', '=', c.name)
        .where('email', '=', demoEmail(c.mailbox))
        .executeTakeFirstOrThrow();
      return row.id;
    };
    for (const c of CANDIDATES.filter((x) => x.duplicateOf)) {
      const found = await get(`/api/v1/candidates/${await idOf(c.key)}`, cookie);
      expect(found.duplicates.map((d: { id: number }) => d.id)).toEqual([await idOf(c.duplicateOf ?? '')]);
    }
    expect((await get(`/api/v1/candidates/${await idOf('fatima')}`, cookie)).duplicates).toEqual([]);
  });

  it('shows a demo seeker their moved applications in plain words', async () => {
    const amara = PROGRESS.find((p) => p.seeker.startsWith('amara'));
    const cookie = await signIn(amara?.seeker ?? '');
    const mine = mineOf(await get('/api/v1/me/applications', cookie));
    const rn = mine.find((a) => a.openingTitle === 'Registered Nurse, Community Clinic');
    expect(rn?.stage).toMatchObject({ label: 'Interviewing', kind: 'active' });
    expect(rn?.history.map((h) => h.label)).toEqual([
      'Received',
      'Being reviewed by your recruiter',
      'Sent to the employer',
      'Interviewing',
    ]);
    const times = rn?.history.map((h) => Date.parse(h.at)) ?? [];
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(rn?.notes.map((n) => n.author)).toEqual(['Priya Raman']);
    // Staff stage names and internal notes never reach the portal.
    const text = JSON.stringify(mine);
    expect(text).not.toContain('Submitted to client');
    expect(text).not.toContain('HOOPP');

    const arjun = await signIn(demoEmail('arjun.mehta'));
    const his = mineOf(await get('/api/v1/me/applications', arjun));
    expect(his.find((a) => a.openingTitle === 'FP&A Analyst')?.stage.label).toBe('Not going ahead');
  });

  it('dates the pipeline in the recent past, after each opening was posted', async () => {
    const rows = await database.db
      .selectFrom('application as a')
      .innerJoin('opening as o', 'o.id', 'a.opening_id')
      .select(['a.created_at', 'a.stage_entered_at', 'o.posted_at'])
      .execute();
    const now = Date.now();
    const ms = (v: Date | string) => new Date(v).getTime();
    for (const r of rows) {
      expect(ms(r.stage_entered_at)).toBeGreaterThanOrEqual(ms(r.created_at));
      expect(ms(r.stage_entered_at)).toBeLessThan(now);
      if (r.posted_at) expect(ms(r.created_at)).toBeGreaterThan(ms(r.posted_at));
    }
    const days = new Set(rows.map((r) => new Date(r.stage_entered_at).toISOString().slice(0, 10)));
    expect(days.size).toBeGreaterThanOrEqual(5);
  });

  it('sets up interviews for every interview screen and the follow-through report', async () => {
    const rows = await database.db
      .selectFrom('interview')
      .select(['state', (eb) => eb.fn.countAll().as('n')])
      .groupBy('state')
      .execute();
    const byState = Object.fromEntries(rows.map((r) => [r.state, Number(r.n)]));
    expect(byState.proposed).toBe(1);
    expect(byState.scheduled).toBeGreaterThanOrEqual(6);
    expect(byState.completed).toBeGreaterThanOrEqual(8);
    expect(byState.cancelled).toBeGreaterThanOrEqual(3);
    expect(await count('contact')).toBe(COMPANIES.length * 2);

    const bookings = await database.db
      .selectFrom('interview_booking')
      .select(['attendance', 'cancel_reason', 'state'])
      .execute();
    const outcomes = (a: string) => bookings.filter((b) => b.attendance === a).length;
    expect(outcomes('attended')).toBeGreaterThan(outcomes('no-show') + outcomes('cancelled-late'));
    expect(outcomes('no-show')).toBeGreaterThanOrEqual(2);
    expect(outcomes('cancelled-late')).toBe(1);
    expect(bookings.filter((b) => b.cancel_reason !== null).length).toBeGreaterThanOrEqual(2);
    const byClient = await database.db
      .selectFrom('interview')
      .select('id')
      .where('cancelled_by', '=', 'client')
      .execute();
    expect(byClient).toHaveLength(1);
    expect(await database.db.selectFrom('interview_time_change').select('id').execute()).toHaveLength(1);
    expect((await database.db.selectFrom('interview_checklist_tick').selectAll().execute()).length).toBe(3);

    // Past interviews are dated inside their card's history; upcoming ones in the next ten days.
    const now = Date.now();
    const slots = await database.db
      .selectFrom('interview_slot as s')
      .innerJoin('interview as i', 'i.id', 's.interview_id')
      .innerJoin('application as a', 'a.id', 'i.application_id')
      .select(['s.starts_at', 'i.state', 'i.created_at', 'a.created_at as applied_at'])
      .execute();
    const ms = (v: Date | string) => new Date(v).getTime();
    for (const s of slots) {
      if (s.state === 'completed' || s.state === 'cancelled') expect(ms(s.starts_at)).toBeLessThan(now);
      else {
        expect(ms(s.starts_at)).toBeGreaterThan(now);
        expect(ms(s.starts_at)).toBeLessThan(now + 10 * 86_400_000);
      }
      expect(ms(s.created_at)).toBeGreaterThan(ms(s.applied_at));
    }
    // Interviewers work at the opening's company; the recruiter is the opening's owner.
    const people = await database.db
      .selectFrom('interview as i')
      .innerJoin('application as a', 'a.id', 'i.application_id')
      .innerJoin('opening as o', 'o.id', 'a.opening_id')
      .leftJoin('interview_interviewer as x', 'x.interview_id', 'i.id')
      .leftJoin('contact as c', 'c.id', 'x.contact_id')
      .select(['o.company_id', 'c.company_id as contact_company', 'o.owner_id', 'i.created_by', 'i.format'])
      .execute();
    for (const p of people) {
      expect(p.created_by).toBe(p.owner_id);
      if (p.format !== 'written-test') expect(p.contact_company).toBe(p.company_id);
    }

    const cookie = await signIn(ADMIN.email);
    const unconfirmed = await get('/api/v1/interviews/unconfirmed', cookie);
    expect(unconfirmed).toHaveLength(1);
    const report = await get('/api/v1/reports/follow-through', cookie);
    expect(report.agency.committed).toBeGreaterThan(0);
    expect(report.agency.kept).toBeGreaterThan(0);
    expect(report.agency.rate).toBeLessThan(1);
    expect(report.agency.pending).toBeGreaterThan(0);
    const group = await database.db
      .selectFrom('interview')
      .select('id')
      .where('format', '=', 'group')
      .executeTakeFirstOrThrow();
    const session = await get(`/api/v1/interviews/${group.id}`, cookie);
    expect(session.capacity).toBe(4);
    expect(session.slots[0].seatsLeft).toBe(2);
    expect(session.bookings).toHaveLength(2);
    const test = await database.db
      .selectFrom('interview')
      .select('id')
      .where('format', '=', 'written-test')
      .executeTakeFirstOrThrow();
    const window = (await get(`/api/v1/interviews/${test.id}`, cookie)).slots[0];
    expect(ms(window.endsAt) - ms(window.startsAt)).toBeGreaterThan(60 * 60_000);

    // The job seeker who ticked their checklist sees the interview, confirmed, in the portal.
    const seeker = await database.db
      .selectFrom('interview_checklist_tick as t')
      .innerJoin('interview_booking as b', 'b.id', 't.booking_id')
      .innerJoin('candidate as c', 'c.id', 'b.candidate_id')
      .innerJoin('user as u', 'u.id', 'c.user_id')
      .select(['u.email', 'b.interview_id'])
      .executeTakeFirstOrThrow();
    const mine = await get('/api/v1/me/interviews', await signIn(seeker.email));
    const booked = mine.find((i: { id: number }) => i.id === seeker.interview_id);
    expect(booked?.myBooking?.confirmedAt).not.toBeNull();

    // No interview mail or reminder was queued for the demo's addresses.
    const outbox = await database.db.selectFrom('outbox').select(['kind', 'payload']).execute();
    for (const o of outbox) {
      expect(o.kind.startsWith('interview'), o.kind).toBe(false);
      expect(o.payload.toLowerCase()).not.toContain('interview');
    }
  });

  it('fills the practice pages: answers, stories, weeks of sessions, writing and feedback', async () => {
    const answers = await database.db.selectFrom('prepared_answer').select(['star', 'shared']).execute();
    expect(answers.length).toBe(PRACTICE.flatMap((p) => p.answers).length);
    expect(answers.filter((a) => a.star !== null)).toHaveLength(1);
    expect(answers.filter((a) => a.shared === 1).length).toBeGreaterThanOrEqual(2);
    expect(await count('prepared_answer_version')).toBe(1);
    expect(await count('story')).toBeGreaterThanOrEqual(2);
    const links = await database.db.selectFrom('story_question').select('story_id').execute();
    expect(new Set(links.map((l) => l.story_id)).size).toBe(await count('story'));

    // Sessions spread over six weeks or more, all in the past, rated worse early than late.
    const now = Date.now();
    const ms = (v: Date | string) => new Date(v).getTime();
    const sessions = await database.db.selectFrom('practice_session').select('started_at').execute();
    const weeks = new Set(sessions.map((s) => Math.floor((now - ms(s.started_at)) / (7 * 86_400_000))));
    expect(weeks.size).toBeGreaterThanOrEqual(6);
    const items = await database.db
      .selectFrom('practice_item')
      .select(['rating', 'rated_at'])
      .where('rating', 'is not', null)
      .orderBy('rated_at')
      .execute();
    for (const i of items) expect(ms(i.rated_at ?? '')).toBeLessThan(now);
    const weak = (part: typeof items) =>
      part.filter((i) => i.rating === 'again' || i.rating === 'hard').length / part.length;
    const half = Math.floor(items.length / 2);
    expect(weak(items.slice(0, half))).toBeGreaterThan(weak(items.slice(half)));
    expect(new Set(items.map((i) => i.rating))).toEqual(new Set(['again', 'hard', 'good', 'easy']));

    // The practice page and its chart, as the first demo seeker sees them.
    const jordan = await signIn(PRACTICE[0]?.seeker ?? '');
    const home = await get('/api/v1/me/practice?tz=America%2FToronto', jordan);
    expect(home.dueToday).toBeGreaterThan(0);
    expect(home.sessions.length).toBe(PRACTICE[0]?.sessions.length);
    const progress = await get('/api/v1/me/practice/progress?tz=America%2FToronto', jordan);
    expect(progress.weeks.filter((w: { sessions: number }) => w.sessions > 0).length).toBeGreaterThanOrEqual(
      6,
    );
    const mine = await get('/api/v1/me/answers', jordan);
    expect(mine.length).toBe(PRACTICE[0]?.answers.length);
    expect((await get('/api/v1/me/stories', jordan)).length).toBe(2);

    // One writing test with the recruiter's feedback, one still waiting for it.
    const writing = await database.db
      .selectFrom('writing_attempt')
      .select(['feedback', 'submitted_at', 'feedback_by'])
      .execute();
    expect(writing).toHaveLength(WRITING.length);
    expect(writing.every((w) => w.submitted_at !== null)).toBe(true);
    expect(writing.filter((w) => w.feedback !== '' && w.feedback_by !== null)).toHaveLength(1);
    const tests = await get('/api/v1/me/writing', jordan);
    expect(tests.map((t: { state: string; hasFeedback: boolean }) => [t.state, t.hasFeedback])).toEqual([
      ['submitted', true],
    ]);
  });

  it('shares a scored mock interview and closes a group exercise with self-reviews', async () => {
    const jordan = await signIn(PRACTICE[0]?.seeker ?? '');
    const mocks = await get('/api/v1/me/mock-interviews', jordan);
    expect(mocks).toHaveLength(1);
    expect(mocks[0].overall).toBeGreaterThan(0);
    expect(mocks[0].sharedAt).not.toBeNull();
    const mock = await get(`/api/v1/me/mock-interviews/${mocks[0].id}`, jordan);
    expect(mock.feedback).not.toBe('');

    const runs = await get('/api/v1/me/group-runs', jordan);
    expect(runs.map((r: { state: string }) => r.state)).toEqual(['finished']);
    const staff = await get(`/api/v1/group-runs/${runs[0].id}`, await signIn(ADMIN.email));
    expect(staff.members).toHaveLength(2);
    for (const m of staff.members) {
      expect(m.selfReview).not.toBe('');
      expect(new Date(m.reviewedAt).getTime()).toBeGreaterThan(new Date(staff.finishedAt).getTime());
    }
    expect(new Date(staff.finishedAt).getTime()).toBeLessThan(Date.now() - 86_400_000);

    // Nothing about practice was mailed: no writing feedback, mock interview or group exercise.
    const outbox = await database.db.selectFrom('outbox').select(['kind', 'payload']).execute();
    for (const o of outbox)
      for (const word of ['writing test', 'mock interview', 'group exercise', 'practice'])
        expect(o.payload.toLowerCase(), o.kind).not.toContain(word);
  });

  it('adds nothing when run a second time', async () => {
    const before = await everything();
    log.mockClear();
    await seedDemo(config);
    expect(await everything()).toEqual(before);
    expect(log.mock.calls.flat().join('\n')).toContain('already in place');
  }, 60_000);
});
