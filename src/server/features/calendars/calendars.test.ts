import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, request, type TestUser } from '../../testing/harness.ts';
import { addApplicant, DAY, future } from '../interviews/fixture.ts';
import { type Board, setupBoard } from '../openings/fixture.ts';

let b: Board;
let otherSeeker: TestUser;
let otherRecruiter: TestUser;
let openingId: number;
let interviewerId: number;
let spareContactId: number;

const as = (user: TestUser | null, method: string, url: string, payload?: unknown) =>
  request(b.t, { method, url, cookie: user?.cookie, payload: payload as Record<string, unknown> });

/** A Monday at 00:00 UTC, 8 to 14 days ahead, so every suggested time is in the future. */
function nextMonday(): Date {
  const d = new Date(Date.now() + 8 * DAY);
  d.setUTCHours(0, 0, 0, 0);
  while (d.getUTCDay() !== 1) d.setTime(d.getTime() + DAY);
  return d;
}

const applicant = (name: string, seeker?: TestUser) => addApplicant(b, openingId, name, { seeker });

async function interviewAt(applicationId: number, startsAt: string, interviewerIds: number[] = []) {
  const res = await as(b.recruiter, 'POST', `/api/v1/applications/${applicationId}/interviews`, {
    round: 'first',
    format: 'video',
    durationMinutes: 45,
    videoUrl: 'https://meet.example/abc',
    zone: 'Europe/London',
    interviewerIds,
    times: [{ startsAt }],
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: number; uid: string };
}

/** Makes a feed and returns its path (without the origin) for app.inject. */
async function makeFeed(user: TestUser): Promise<string> {
  const res = await as(user, 'POST', '/api/v1/me/calendar-feed');
  expect(res.statusCode, res.body).toBe(201);
  const url = res.json().url as string;
  expect(url.startsWith(`${b.t.config.publicUrl}/calendar/`)).toBe(true);
  expect(url).toMatch(/\.ics$/);
  return url.slice(b.t.config.publicUrl.length);
}

async function readFeed(path: string) {
  const res = await request(b.t, { method: 'GET', url: path });
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
  expect(String(res.headers['cache-control'])).toContain('private');
  const calendar = new ICAL.Component(ICAL.parse(res.body));
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  return { body: res.body, calendar, events };
}

let seekerInterview: { id: number; uid: string };
/** The seeker's interview time, kept: the fixture hands out a fresh hour on every call. */
let seekerTime: string;
let otherInterview: { id: number; uid: string };

beforeAll(async () => {
  b = await setupBoard();
  otherSeeker = await createUser(b.t, 'candidate', 'Olive Otherseeker');
  otherRecruiter = await createUser(b.t, 'recruiter', 'Rita Elsewhere');
  openingId = (await b.createOpening({ title: 'Teller' })).id;
  const contact = await as(b.recruiter, 'POST', `/api/v1/companies/${b.companyId}/contacts`, {
    name: 'Dana Interviewer',
  });
  expect(contact.statusCode, contact.body).toBe(201);
  interviewerId = contact.json().id;
  const spare = await as(b.recruiter, 'POST', `/api/v1/companies/${b.companyId}/contacts`, {
    name: 'Sam Spare',
  });
  spareContactId = spare.json().id;

  const mine = await applicant('Fiona Feed', b.candidate);
  seekerTime = future(3);
  seekerInterview = await interviewAt(mine.applicationId, seekerTime);
  const theirs = await applicant('Olive Otherseeker', otherSeeker);
  otherInterview = await interviewAt(theirs.applicationId, future(4));
});
afterAll(async () => b?.t.close());

describe('private calendar feed', () => {
  it("lists the seeker's own booked interview and nobody else's", async () => {
    const path = await makeFeed(b.candidate);
    const { events, body, calendar } = await readFeed(path);
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(events.map((e) => e.uid)).toEqual([seekerInterview.uid]);
    expect(events[0]?.summary).toContain('Teller');
    expect(events[0]?.startDate.toJSDate().toISOString()).toBe(seekerTime);
    expect(body).not.toContain(otherInterview.uid);
    expect(body).not.toContain('Olive');
    expect(body).not.toContain('Fiona Feed'); // the seeker's feed lists no candidate names at all
  });

  it('reports whether a feed exists without repeating the token, and replaces and revokes it', async () => {
    const first = await makeFeed(otherSeeker);
    const status = await as(otherSeeker, 'GET', '/api/v1/me/calendar-feed');
    expect(status.json()).toMatchObject({ exists: true });
    const token = first.slice('/calendar/'.length, -'.ics'.length);
    expect(status.body).not.toContain(token);
    const stored = await b.t.ctx.db
      .selectFrom('calendar_token')
      .select('token_hash')
      .where('user_id', '=', otherSeeker.id)
      .executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toBe(token);
    expect(stored.token_hash).toMatch(/^[0-9a-f]{64}$/);

    expect((await readFeed(first)).events.map((e) => e.uid)).toEqual([otherInterview.uid]);
    const second = await makeFeed(otherSeeker);
    expect(second).not.toBe(first);
    expect((await request(b.t, { method: 'GET', url: first })).statusCode).toBe(404);
    expect((await readFeed(second)).events).toHaveLength(1);

    expect((await as(otherSeeker, 'DELETE', '/api/v1/me/calendar-feed')).statusCode).toBe(204);
    expect((await request(b.t, { method: 'GET', url: second })).statusCode).toBe(404);
    expect((await as(otherSeeker, 'GET', '/api/v1/me/calendar-feed')).json()).toMatchObject({
      exists: false,
    });
  });

  it('404s for unknown or malformed tokens and needs a session to make one', async () => {
    expect((await request(b.t, { method: 'GET', url: `/calendar/${'x'.repeat(43)}.ics` })).statusCode).toBe(
      404,
    );
    expect((await request(b.t, { method: 'GET', url: '/calendar/nope' })).statusCode).toBe(404);
    expect((await as(null, 'POST', '/api/v1/me/calendar-feed')).statusCode).toBe(401);
  });

  it("gives staff the interviews they set up, with candidates' names, and not to other recruiters", async () => {
    const { events, body } = await readFeed(await makeFeed(b.recruiter));
    expect(events.map((e) => e.uid).sort()).toEqual([seekerInterview.uid, otherInterview.uid].sort());
    expect(body).toContain('Fiona Feed');
    const other = await readFeed(await makeFeed(otherRecruiter));
    expect(other.events).toEqual([]);
  });
  it('shows a group session to each member without naming the others', async () => {
    const [s0, s1] = [await createUser(b.t, 'candidate'), await createUser(b.t, 'candidate')];
    const first = await applicant('Gemma Groupone', s0);
    const second = await applicant('Gus Grouptwo', s1);
    const groupTime = future(5);
    const res = await as(b.recruiter, 'POST', `/api/v1/applications/${first.applicationId}/interviews`, {
      round: 'first',
      format: 'group',
      durationMinutes: 60,
      location: 'Harbour Bank, 1 Quay St',
      zone: 'Europe/London',
      capacity: 3,
      alsoInvite: [second.applicationId],
      times: [{ startsAt: groupTime }, { startsAt: future(6) }],
    });
    expect(res.statusCode, res.body).toBe(201);
    const iv = res.json();
    for (const s of [s0, s1]) {
      const booked = await as(s, 'POST', `/api/v1/me/interviews/${iv.id}/book`, { slotId: iv.slots[0].id });
      expect(booked.statusCode, booked.body).toBe(201);
    }
    const feed = await readFeed(await makeFeed(s0));
    expect(feed.events.map((e) => [e.uid, e.startDate.toJSDate().toISOString()])).toEqual([
      [iv.uid, groupTime],
    ]);
    expect(feed.body).not.toContain('Gus');
    expect(feed.body).not.toContain('Grouptwo');
    // The recruiter's feed names both, and leaves out the time nobody took.
    const staff = await readFeed(await makeFeed(b.recruiter));
    const session = staff.events.filter((e) => e.uid === iv.uid);
    expect(session).toHaveLength(1);
    expect(session[0]?.description).toContain('Gemma Groupone, Gus Grouptwo');
  });
});

describe('availability', () => {
  const week = {
    zone: 'Europe/London',
    weekly: [{ weekday: 1, start: '09:00', end: '17:00' }],
    exceptions: [],
  };

  it('refuses bad input naming the field, and changes nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ ...week, zone: 'Mars/Olympus' }, 'zone'],
      [{ ...week, weekly: [{ weekday: 8, start: '09:00', end: '17:00' }] }, 'weekly.0.weekday'],
      [{ ...week, weekly: [{ weekday: 1, start: '17:00', end: '09:00' }] }, 'weekly.0.end'],
      [{ ...week, exceptions: [{ date: '2026-02-30x', hours: [] }] }, 'exceptions.0.date'],
    ];
    for (const [body, field] of cases) {
      const res = await as(otherRecruiter, 'PUT', '/api/v1/me/availability', body);
      expect(res.statusCode, field).toBe(400);
      expect(res.json().error.fields, field).toHaveProperty([field]);
    }
    const after = await as(otherRecruiter, 'GET', '/api/v1/me/availability');
    expect(after.json()).toMatchObject({ saved: false });
  });

  it("saves a recruiter's own hours and a contact's hours", async () => {
    const put = await as(otherRecruiter, 'PUT', '/api/v1/me/availability', week);
    expect(put.statusCode, put.body).toBe(200);
    expect((await as(otherRecruiter, 'GET', '/api/v1/me/availability')).json()).toMatchObject({
      ...week,
      saved: true,
    });
    // Someone else's own hours are theirs alone.
    expect((await as(b.recruiter, 'GET', '/api/v1/me/availability')).json()).toMatchObject({ saved: false });

    const c = await as(b.recruiter, 'PUT', `/api/v1/contacts/${spareContactId}/availability`, week);
    expect(c.statusCode, c.body).toBe(200);
    expect(
      (await as(otherRecruiter, 'GET', `/api/v1/contacts/${spareContactId}/availability`)).json(),
    ).toMatchObject(week);
    expect((await as(b.recruiter, 'GET', '/api/v1/contacts/999999/availability')).statusCode).toBe(404);
    expect((await as(b.recruiter, 'PUT', '/api/v1/contacts/999999/availability', week)).statusCode).toBe(404);
    // Put the spare contact back to "never saved" for the suggestion tests below.
    await b.t.ctx.db.deleteFrom('availability').where('owner_type', '=', 'contact').execute();
  });
});

describe('suggested times', () => {
  it("leaves out an interviewer's other interview and their day off", async () => {
    const monday = nextMonday();
    const at = (days: number, hour: number, minute = 0) =>
      new Date(monday.getTime() + days * DAY + (hour * 60 + minute) * 60_000).toISOString();
    const tuesday = at(1, 0).slice(0, 10);
    const put = await as(b.recruiter, 'PUT', `/api/v1/contacts/${interviewerId}/availability`, {
      zone: 'UTC',
      weekly: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '09:00', end: '17:00' })),
      exceptions: [{ date: tuesday, hours: [] }],
    });
    expect(put.statusCode, put.body).toBe(200);
    const { applicationId } = await applicant('Busy Bee');
    await interviewAt(applicationId, at(0, 10), [interviewerId]);

    const ask = (contactIds: number[]) =>
      as(b.recruiter, 'POST', '/api/v1/interviews/suggest-times', {
        userIds: [],
        contactIds,
        from: at(0, 0),
        to: at(2, 0),
        durationMinutes: 60,
        zone: 'UTC',
      });
    const res = await ask([interviewerId]);
    expect(res.statusCode, res.body).toBe(200);
    const starts = (res.json().slots as { startsAt: string }[]).map((s) =>
      new Date(s.startsAt).toISOString(),
    );
    expect(starts[0]).toBe(at(0, 9));
    expect(starts[1]).toBe(at(0, 10, 45));
    expect(starts.every((s) => s < at(1, 0))).toBe(true); // nothing on the day off
    expect(starts.at(-1)).toBe(at(0, 16));

    // A contact with no saved hours counts as free 09:00–17:00 on weekdays, Tuesday included.
    const spare = await ask([spareContactId]);
    const spareStarts = (spare.json().slots as { startsAt: string }[]).map((s) =>
      new Date(s.startsAt).toISOString(),
    );
    expect(spareStarts).toContain(at(0, 10));
    expect(spareStarts).toContain(at(1, 9));
    // Both together: only times both are free.
    const both = await ask([interviewerId, spareContactId]);
    expect(both.json().slots.map((s: { startsAt: string }) => new Date(s.startsAt).toISOString())).toEqual(
      starts,
    );
  });

  it('counts the recruiter as busy in their own interviews when asked for "me"', async () => {
    const allWeek = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '00:00', end: '24:00' }));
    const put = await as(b.recruiter, 'PUT', '/api/v1/me/availability', { zone: 'UTC', weekly: allWeek });
    expect(put.statusCode, put.body).toBe(200);
    const busyStart = Date.parse(seekerTime); // the seeker's interview, set up by this recruiter
    const res = await as(b.recruiter, 'POST', '/api/v1/interviews/suggest-times', {
      contactIds: [],
      from: new Date(busyStart - 2 * 3_600_000).toISOString(),
      to: new Date(busyStart + 3 * 3_600_000).toISOString(),
      durationMinutes: 30,
      zone: 'UTC',
    });
    expect(res.statusCode, res.body).toBe(200);
    const starts = (res.json().slots as { startsAt: string }[]).map((s) => Date.parse(s.startsAt));
    expect(starts).toContain(busyStart - 30 * 60_000);
    expect(starts).toContain(busyStart + 45 * 60_000);
    expect(starts.filter((t) => t > busyStart - 30 * 60_000 && t < busyStart + 45 * 60_000)).toEqual([]);
  });

  it('refuses bad requests naming the field', async () => {
    const base = {
      contactIds: [interviewerId],
      from: future(8, 0),
      to: future(9, 0),
      durationMinutes: 60,
      zone: 'UTC',
    };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...base, to: future(7, 0) }, 'to'],
      [{ ...base, durationMinutes: 0 }, 'durationMinutes'],
      [{ ...base, zone: 'Nowhere/Land' }, 'zone'],
      [{ ...base, contactIds: [999999] }, 'contactIds'],
      [{ ...base, userIds: [b.candidate.id] }, 'userIds'],
      [{ ...base, userIds: [], contactIds: [] }, 'contactIds'],
    ];
    for (const [body, field] of cases) {
      const res = await as(b.recruiter, 'POST', '/api/v1/interviews/suggest-times', body);
      expect(res.statusCode, field).toBe(400);
      expect(res.json().error.fields, field).toHaveProperty([field]);
    }
  });
});

describe('access', () => {
  it('keeps job seekers out of the staff routes', async () => {
    const week = { zone: 'UTC', weekly: [], exceptions: [] };
    const calls: [string, string, unknown?][] = [
      ['GET', '/api/v1/me/availability'],
      ['PUT', '/api/v1/me/availability', week],
      ['GET', `/api/v1/contacts/${interviewerId}/availability`],
      ['PUT', `/api/v1/contacts/${interviewerId}/availability`, week],
      [
        'POST',
        '/api/v1/interviews/suggest-times',
        { contactIds: [interviewerId], from: future(8), to: future(9), durationMinutes: 30, zone: 'UTC' },
      ],
    ];
    for (const [method, url, body] of calls) {
      expect((await as(b.candidate, method, url, body)).statusCode, `${method} ${url}`).toBe(403);
      expect((await as(null, method, url, body)).statusCode, `${method} ${url}`).toBe(401);
    }
  });
});
