import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, request, type TestUser } from '../../testing/harness.ts';
import { type Board, setupBoard } from '../openings/fixture.ts';
import { addApplicant, DAY, future, INTERVIEW_BASICS, timesInThePast } from './fixture.ts';
import { signInterviewLink } from './tokens.ts';

let b: Board;
let admin: TestUser;
let other: TestUser;
let openingId: number;
let interviewerId: number;
let strangerContactId: number;

const as = (user: TestUser | null, method: string, url: string, payload?: unknown) =>
  request(b.t, { method, url, cookie: user?.cookie, payload: payload as Record<string, unknown> });

const applicant = (name: string, seeker?: TestUser, opening = openingId) =>
  addApplicant(b, opening, name, { seeker });

const basics = INTERVIEW_BASICS;
async function setUp(applicationId: number, extra: Record<string, unknown>, by = b.recruiter) {
  return as(by, 'POST', `/api/v1/applications/${applicationId}/interviews`, { ...basics, ...extra });
}

const pastTimes = (interviewId: number) => timesInThePast(b, interviewId);

beforeAll(async () => {
  b = await setupBoard();
  admin = await createUser(b.t, 'admin', 'Ada Admin');
  other = await createUser(b.t, 'recruiter', 'Otto Other');
  openingId = (await b.createOpening({ title: 'Teller' })).id;
  const contact = await as(b.recruiter, 'POST', `/api/v1/companies/${b.companyId}/contacts`, {
    name: 'Dana Interviewer',
    title: 'Branch manager',
    email: 'dana@harbour.example',
  });
  expect(contact.statusCode, contact.body).toBe(201);
  interviewerId = contact.json().id;
  const otherCompany = await as(b.recruiter, 'POST', '/api/v1/companies', { name: 'Elsewhere Ltd' });
  const stranger = await as(b.recruiter, 'POST', `/api/v1/companies/${otherCompany.json().id}/contacts`, {
    name: 'Sam Stranger',
  });
  strangerContactId = stranger.json().id;
});
afterAll(async () => b?.t.close());

describe('setting up interviews', () => {
  it('fixes one time and books the candidate, recording activity', async () => {
    const { applicationId, candidateId } = await applicant('Fiona Fixed', b.candidate);
    const startsAt = future(3);
    const res = await setUp(applicationId, { interviewerIds: [interviewerId], times: [{ startsAt }] });
    expect(res.statusCode, res.body).toBe(201);
    const iv = res.json();
    expect(iv).toMatchObject({
      state: 'scheduled',
      sequence: 0,
      capacity: 1,
      zone: 'America/Halifax',
      interviewers: [{ id: interviewerId, name: 'Dana Interviewer', title: 'Branch manager' }],
      slots: [{ startsAt, endsAt: new Date(Date.parse(startsAt) + 45 * 60_000).toISOString(), seatsLeft: 0 }],
      bookings: [{ candidateId, state: 'booked', confirmedAt: null }],
    });
    expect(iv.uid).toMatch(/@followthrough$/);
    const list = await as(b.recruiter, 'GET', `/api/v1/applications/${applicationId}/interviews`);
    expect(list.json().map((i: { id: number }) => i.id)).toEqual([iv.id]);
    const activity = await as(b.recruiter, 'GET', `/api/v1/candidates/${candidateId}/activity`);
    expect(JSON.stringify(activity.json())).toContain('Set up a first interview (video)');
  });

  it('offers several times for the candidate to choose from', async () => {
    const { applicationId } = await applicant('Pat Proposed');
    const res = await setUp(applicationId, {
      times: [{ startsAt: future(4) }, { startsAt: future(5) }, { startsAt: future(6) }],
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ state: 'proposed', bookings: [] });
    expect(res.json().slots.map((s: { seatsLeft: number }) => s.seatsLeft)).toEqual([1, 1, 1]);
  });

  it('gives a written test a window and the test its own length', async () => {
    const { applicationId } = await applicant('Wren Written');
    const window = { startsAt: future(2, 8), endsAt: future(4, 20) };
    const ok = await setUp(applicationId, { format: 'written-test', durationMinutes: 90, times: [window] });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().slots[0]).toMatchObject(window);
    const noWindow = await setUp(applicationId, { format: 'written-test', times: [{ startsAt: future(2) }] });
    expect(noWindow.json().error.fields).toHaveProperty(['times.0.endsAt']);
  });

  it('refuses bad input, naming the field, and changes nothing', async () => {
    const { applicationId } = await applicant('Val Invalid');
    const twice = future(3);
    const cases: [Record<string, unknown>, string][] = [
      [{ times: [{ startsAt: new Date(Date.now() - DAY).toISOString() }] }, 'times.0.startsAt'],
      [{ times: [] }, 'times'],
      [{ times: Array.from({ length: 11 }, (_, n) => ({ startsAt: future(n + 1) })) }, 'times'],
      [{ times: [{ startsAt: 'next tuesday' }] }, 'times.0.startsAt'],
      [{ times: [{ startsAt: twice }, { startsAt: twice }] }, 'times.1.startsAt'],
      [{ times: [{ startsAt: future(3), endsAt: future(4) }] }, 'times.0.endsAt'],
      [{ times: [{ startsAt: future(3) }], interviewerIds: [strangerContactId] }, 'interviewerIds'],
      [{ times: [{ startsAt: future(3) }], zone: 'Mars/Olympus' }, 'zone'],
      [{ times: [{ startsAt: future(3) }], format: "'; DROP TABLE interview; --" }, 'format'],
      [{ times: [{ startsAt: future(3) }], videoUrl: 'javascript:alert(1)' }, 'videoUrl'],
      [{ times: [{ startsAt: future(3) }], alsoInvite: [applicationId], capacity: 1, extra: 1 }, ''],
    ];
    for (const [extra, field] of cases) {
      const res = await setUp(applicationId, extra);
      expect(res.statusCode, `${JSON.stringify(extra)} ${res.body}`).toBe(400);
      if (field) expect(res.json().error.fields, res.body).toHaveProperty([field]);
    }
    const list = await as(b.recruiter, 'GET', `/api/v1/applications/${applicationId}/interviews`);
    expect(list.json()).toEqual([]);
    expect((await setUp(999_999, { times: [{ startsAt: future(3) }] })).statusCode).toBe(404);
  });
});

describe('access', () => {
  it('hides interviews from other recruiters under own-only, and staff routes from seekers', async () => {
    const { applicationId } = await applicant('Olive Owned');
    const iv = (await setUp(applicationId, { times: [{ startsAt: future(3) }] })).json();
    const seeker = await createUser(b.t, 'candidate');
    expect((await as(seeker, 'GET', `/api/v1/interviews/${iv.id}`)).statusCode).toBe(403);
    expect((await setUp(applicationId, { times: [{ startsAt: future(3) }] }, seeker)).statusCode).toBe(403);
    expect((await as(null, 'GET', `/api/v1/interviews/${iv.id}`)).statusCode).toBe(401);
    expect((await as(other, 'GET', `/api/v1/interviews/${iv.id}`)).statusCode).toBe(200);

    expect(
      (await as(admin, 'PUT', '/api/v1/settings/access', { recruiterAccess: 'own-only' })).statusCode,
    ).toBe(200);
    try {
      for (const [method, url, body] of [
        ['GET', `/api/v1/interviews/${iv.id}`, undefined],
        ['GET', `/api/v1/applications/${applicationId}/interviews`, undefined],
        [
          'POST',
          `/api/v1/applications/${applicationId}/interviews`,
          { ...basics, times: [{ startsAt: future(3) }] },
        ],
        ['PUT', `/api/v1/interviews/${iv.id}/time`, { startsAt: future(8) }],
        ['POST', `/api/v1/interviews/${iv.id}/cancel`, { by: 'agency', reason: 'Nope' }],
        ['POST', `/api/v1/interviews/${iv.id}/attendance`, { outcome: 'attended' }],
      ] as const) {
        const res = await as(other, method, url, body);
        expect(res.statusCode, `${method} ${url}`).toBe(404);
      }
      expect((await as(admin, 'GET', `/api/v1/interviews/${iv.id}`)).statusCode).toBe(200);
    } finally {
      await as(admin, 'PUT', '/api/v1/settings/access', { recruiterAccess: 'all' });
    }
    expect((await as(b.recruiter, 'GET', `/api/v1/interviews/${iv.id}`)).json().state).toBe('scheduled');
  });

  it('shows a seeker only their own interviews', async () => {
    const mine = await createUser(b.t, 'candidate');
    const theirs = await createUser(b.t, 'candidate');
    const a = await applicant('Mina Mine', mine);
    await applicant('Theo Theirs', theirs);
    const iv = (
      await setUp(a.applicationId, { times: [{ startsAt: future(4) }, { startsAt: future(5) }] })
    ).json();
    expect((await as(mine, 'GET', '/api/v1/me/interviews')).json().map((i: { id: number }) => i.id)).toEqual([
      iv.id,
    ]);
    expect((await as(theirs, 'GET', '/api/v1/me/interviews')).json()).toEqual([]);
    const slotId = iv.slots[0].id;
    for (const [method, url, body] of [
      ['GET', `/api/v1/me/interviews/${iv.id}`, undefined],
      ['POST', `/api/v1/me/interviews/${iv.id}/book`, { slotId }],
      ['POST', `/api/v1/me/interviews/${iv.id}/confirm`, undefined],
      ['POST', `/api/v1/me/interviews/${iv.id}/cancel`, { reason: 'not-interested' }],
    ] as const) {
      expect((await as(theirs, method, url, body)).statusCode, `${method} ${url}`).toBe(404);
    }
    expect((await as(b.recruiter, 'GET', '/api/v1/me/interviews')).statusCode).toBe(403);
    expect((await as(b.recruiter, 'GET', `/api/v1/interviews/${iv.id}`)).json().bookings).toEqual([]);
  });
});

describe('booking, confirming and cancelling', () => {
  it('lets the candidate pick a proposed time, confirm it, and not take a second', async () => {
    const seeker = await createUser(b.t, 'candidate');
    const a = await applicant('Bea Booker', seeker);
    const iv = (
      await setUp(a.applicationId, {
        interviewerIds: [interviewerId],
        times: [{ startsAt: future(4) }, { startsAt: future(5) }],
      })
    ).json();
    const unbooked = await as(seeker, 'POST', `/api/v1/me/interviews/${iv.id}/confirm`);
    expect(unbooked.statusCode).toBe(409);
    const booked = await as(seeker, 'POST', `/api/v1/me/interviews/${iv.id}/book`, {
      slotId: iv.slots[1].id,
    });
    expect(booked.statusCode, booked.body).toBe(201);
    expect(booked.json()).toMatchObject({
      state: 'scheduled',
      interviewers: [{ name: 'Dana Interviewer', title: 'Branch manager' }],
      myBooking: { slotId: iv.slots[1].id, state: 'booked', confirmedAt: null },
    });
    expect(JSON.stringify(booked.json())).not.toContain('dana@harbour.example');
    const second = await as(seeker, 'POST', `/api/v1/me/interviews/${iv.id}/book`, {
      slotId: iv.slots[0].id,
    });
    expect(second.statusCode).toBe(409);
    const foreignSlot = await as(seeker, 'POST', `/api/v1/me/interviews/${iv.id}/book`, { slotId: 999_999 });
    expect(foreignSlot.statusCode).toBe(404);
    const confirmed = await as(seeker, 'POST', `/api/v1/me/interviews/${iv.id}/confirm`);
    expect(confirmed.json().myBooking.confirmedAt).toEqual(expect.any(String));
  });

  it('needs a reason to cancel, and a few words for "other"', async () => {
    const seeker = await createUser(b.t, 'candidate');
    const a = await applicant('Cal Canceller', seeker);
    const iv = (await setUp(a.applicationId, { times: [{ startsAt: future(4) }] })).json();
    const url = `/api/v1/me/interviews/${iv.id}/cancel`;
    expect((await as(seeker, 'POST', url, {})).json().error.fields).toHaveProperty('reason');
    expect((await as(seeker, 'POST', url, { reason: 'bored' })).json().error.fields).toHaveProperty('reason');
    expect((await as(seeker, 'POST', url, { reason: 'other' })).json().error.fields).toHaveProperty(
      'details',
    );
    expect((await as(b.recruiter, 'GET', `/api/v1/interviews/${iv.id}`)).json().state).toBe('scheduled');
    const res = await as(seeker, 'POST', url, { reason: 'other', details: 'Moving to another city' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      state: 'cancelled',
      cancelledBy: 'candidate',
      myBooking: { state: 'cancelled', cancelReason: 'other' },
    });
    const staff = (await as(b.recruiter, 'GET', `/api/v1/interviews/${iv.id}`)).json();
    expect(staff).toMatchObject({ cancelReason: 'other', cancelNote: 'Moving to another city', sequence: 1 });
    expect(staff.slots[0].seatsLeft).toBe(1);
    expect((await as(seeker, 'POST', url, { reason: 'not-interested' })).statusCode).toBe(409);
  });

  it('never overbooks a group session when two people take the last seat at once', async () => {
    const [s0, s1, s2] = [
      await createUser(b.t, 'candidate'),
      await createUser(b.t, 'candidate'),
      await createUser(b.t, 'candidate'),
    ];
    const first = await applicant('Group Member 0', s0);
    const rest = [await applicant('Group Member 1', s1), await applicant('Group Member 2', s2)];
    const res = await setUp(first.applicationId, {
      format: 'group',
      capacity: 2,
      alsoInvite: rest.map((r) => r.applicationId),
      times: [{ startsAt: future(6) }, { startsAt: future(7) }],
    });
    expect(res.statusCode, res.body).toBe(201);
    const iv = res.json();
    const slotId = iv.slots[0].id;
    const book = (s: TestUser) => as(s, 'POST', `/api/v1/me/interviews/${iv.id}/book`, { slotId });
    expect((await book(s0)).statusCode).toBe(201);
    const race = await Promise.all([book(s1), book(s2)]);
    expect(race.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const lost = race.find((r) => r.statusCode === 409);
    expect(lost?.json().error).toMatchObject({
      code: 'slot_full',
      message: 'That time was just taken. Please choose another.',
    });
    const slot = await b.t.ctx.db
      .selectFrom('interview_slot')
      .select('seats_taken')
      .where('id', '=', slotId)
      .executeTakeFirstOrThrow();
    expect(slot.seats_taken).toBe(2);
    const staff = (await as(b.recruiter, 'GET', `/api/v1/interviews/${iv.id}`)).json();
    expect(staff.bookings.filter((x: { state: string }) => x.state === 'booked')).toHaveLength(2);
    expect(staff.slots[0].seatsLeft).toBe(0);
    // Each member sees the session, never the others in it.
    const view = (await as(s0, 'GET', `/api/v1/me/interviews/${iv.id}`)).json();
    expect(view).toMatchObject({ group: true, capacity: 2 });
    expect(JSON.stringify(view)).not.toMatch(/Group Member [12]/);
    // A freed seat can be taken again.
    expect(
      (await as(s0, 'POST', `/api/v1/me/interviews/${iv.id}/cancel`, { reason: 'schedule-conflict' }))
        .statusCode,
    ).toBe(200);
    const loser = race[0]?.statusCode === 409 ? s1 : s2;
    expect((await book(loser)).statusCode).toBe(201);
  });
});

describe('following up', () => {
  it('moves a booked time: same uid, higher sequence, the history kept', async () => {
    const seeker = await createUser(b.t, 'candidate');
    const a = await applicant('Rory Rescheduled', seeker);
    const first = future(4);
    const iv = (await setUp(a.applicationId, { times: [{ startsAt: first }] })).json();
    await as(seeker, 'POST', `/api/v1/me/interviews/${iv.id}/confirm`);
    const past = await as(b.recruiter, 'PUT', `/api/v1/interviews/${iv.id}/time`, {
      startsAt: new Date(Date.now() - DAY).toISOString(),
    });
    expect(past.json().error.fields).toHaveProperty('startsAt');
    const second = future(9);
    const res = await as(b.recruiter, 'PUT', `/api/v1/interviews/${iv.id}/time`, { startsAt: second });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      uid: iv.uid,
      sequence: 1,
      slots: [{ startsAt: second }],
      bookings: [{ confirmedAt: null }],
      history: [{ fromStartsAt: first, toStartsAt: second, changedBy: { id: b.recruiter.id } }],
    });
    const again = await as(b.recruiter, 'PUT', `/api/v1/interviews/${iv.id}/time`, { startsAt: future(10) });
    expect(again.json()).toMatchObject({ uid: iv.uid, sequence: 2 });
    expect(again.json().history).toHaveLength(2);
  });

  it('cancels with a reason, and only what is still on', async () => {
    const a = await applicant('Cass Cancelled');
    const iv = (await setUp(a.applicationId, { times: [{ startsAt: future(4) }] })).json();
    const url = `/api/v1/interviews/${iv.id}/cancel`;
    expect((await as(b.recruiter, 'POST', url, { by: 'client' })).json().error.fields).toHaveProperty(
      'reason',
    );
    const res = await as(b.recruiter, 'POST', url, { by: 'client', reason: 'Position frozen' });
    expect(res.json()).toMatchObject({
      state: 'cancelled',
      cancelledBy: 'client',
      cancelNote: 'Position frozen',
      sequence: 1,
      bookings: [{ state: 'cancelled' }],
    });
    expect((await as(b.recruiter, 'POST', url, { by: 'client', reason: 'Again' })).statusCode).toBe(409);
    expect(
      (await as(b.recruiter, 'PUT', `/api/v1/interviews/${iv.id}/time`, { startsAt: future(5) })).statusCode,
    ).toBe(409);
  });

  it('records attendance only once the time has passed', async () => {
    const a = await applicant('Ada Attended');
    const iv = (await setUp(a.applicationId, { times: [{ startsAt: future(2) }] })).json();
    const url = `/api/v1/interviews/${iv.id}/attendance`;
    const early = await as(b.recruiter, 'POST', url, { outcome: 'attended' });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('too_early');
    await pastTimes(iv.id);
    expect((await as(b.recruiter, 'POST', url, { outcome: 'maybe' })).json().error.fields).toHaveProperty(
      'outcome',
    );
    const res = await as(b.recruiter, 'POST', url, { outcome: 'no-show' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ state: 'completed', bookings: [{ attendance: 'no-show' }] });
  });
});

describe('signed links', () => {
  it('shows the proposed times and books one without signing in', async () => {
    const a = await applicant('Lin Link');
    const iv = (
      await setUp(a.applicationId, { times: [{ startsAt: future(4) }, { startsAt: future(5) }] })
    ).json();
    const token = signInterviewLink(b.t.config.secret, {
      interviewId: iv.id,
      candidateId: a.candidateId,
      expiresAt: Date.now() + DAY,
    });
    const view = await as(null, 'GET', `/api/v1/interview-links/${token}`);
    expect(view.statusCode, view.body).toBe(200);
    expect(view.json()).toMatchObject({ id: iv.id, state: 'proposed', myBooking: null });
    expect(view.json().slots).toHaveLength(2);
    const booked = await as(null, 'POST', `/api/v1/interview-links/${token}`, { slotId: iv.slots[0].id });
    expect(booked.statusCode, booked.body).toBe(201);
    expect(booked.json().myBooking).toMatchObject({ slotId: iv.slots[0].id, state: 'booked' });
    expect((await as(b.recruiter, 'GET', `/api/v1/interviews/${iv.id}`)).json().state).toBe('scheduled');
  });

  it('refuses tampered, foreign and expired links with a clear message', async () => {
    const a = await applicant('Tam Tampered');
    const someoneElse = await applicant('Sol Someone');
    const iv = (
      await setUp(a.applicationId, { times: [{ startsAt: future(4) }, { startsAt: future(5) }] })
    ).json();
    const claims = { interviewId: iv.id, candidateId: a.candidateId, expiresAt: Date.now() + DAY };
    const token = signInterviewLink(b.t.config.secret, claims);
    const [body, sig] = token.split('.');
    const forged = signInterviewLink('not-the-secret', { ...claims, candidateId: someoneElse.candidateId });
    const foreign = signInterviewLink(b.t.config.secret, { ...claims, candidateId: someoneElse.candidateId });
    for (const bad of [`${body}.${sig?.slice(0, -2)}xx`, `${body}x.${sig}`, forged, foreign, 'garbage']) {
      const res = await as(null, 'GET', `/api/v1/interview-links/${bad}`);
      expect(res.statusCode, bad).toBe(404);
      expect(res.json().error).toMatchObject({
        code: 'invalid_link',
        message: expect.stringContaining('not valid'),
      });
      expect(
        (await as(null, 'POST', `/api/v1/interview-links/${bad}`, { slotId: iv.slots[0].id })).statusCode,
      ).toBe(404);
    }
    const expired = signInterviewLink(b.t.config.secret, { ...claims, expiresAt: Date.now() - 1000 });
    const res = await as(null, 'POST', `/api/v1/interview-links/${expired}`, { slotId: iv.slots[0].id });
    expect(res.statusCode).toBe(410);
    expect(res.json().error).toMatchObject({
      code: 'link_expired',
      message: expect.stringContaining('expired'),
    });
    expect((await as(b.recruiter, 'GET', `/api/v1/interviews/${iv.id}`)).json().bookings).toEqual([]);
  });
});

describe('merging duplicate candidates', () => {
  it('keeps their interviews and bookings with the kept record', async () => {
    const seeker = await createUser(b.t, 'candidate');
    const kept = await applicant('Dee Duplicate');
    const other = await applicant('Dee Duplicate (portal)', seeker);
    const second = (await b.createOpening({ title: 'Head teller' })).id;
    const elsewhere = await b.t.ctx.db
      .insertInto('application')
      .values({
        opening_id: second,
        candidate_id: other.candidateId,
        origin: 'agency',
        submitted_by: b.recruiter.id,
        resume_file_id: null,
        stage_id: (
          await b.t.ctx.db
            .selectFrom('pipeline_stage')
            .select('id')
            .orderBy('position')
            .executeTakeFirstOrThrow()
        ).id,
        stage_entered_at: new Date().toISOString(),
        created_at: new Date().toISOString(),
        updated_at: new Date().toISOString(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    // One interview on the opening both records are in (its application is folded), one elsewhere.
    const folded = (await setUp(other.applicationId, { times: [{ startsAt: future(4) }] })).json();
    const moved = (await setUp(elsewhere.id, { times: [{ startsAt: future(5) }] })).json();
    const res = await as(b.recruiter, 'POST', `/api/v1/candidates/${kept.candidateId}/merge`, {
      otherId: other.candidateId,
    });
    expect(res.statusCode, res.body).toBe(200);
    const a = (await as(b.recruiter, 'GET', `/api/v1/interviews/${folded.id}`)).json();
    expect(a).toMatchObject({
      applicationId: kept.applicationId,
      candidateId: kept.candidateId,
      bookings: [{ candidateId: kept.candidateId, state: 'booked' }],
    });
    const c = (await as(b.recruiter, 'GET', `/api/v1/interviews/${moved.id}`)).json();
    expect(c.bookings).toMatchObject([{ candidateId: kept.candidateId }]);
    const mine = (await as(seeker, 'GET', '/api/v1/me/interviews')).json();
    expect(mine.map((i: { id: number }) => i.id).sort()).toEqual([folded.id, moved.id].sort());
  });
});
