import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MailMessage } from '../../platform/mail.ts';
import { createUser, request, type TestUser } from '../../testing/harness.ts';
import { type Board, setupBoard } from '../openings/fixture.ts';
import { addApplicant, future, INTERVIEW_BASICS } from './fixture.ts';

let b: Board;
let openingId: number;
let interviewerIds: number[];
let seen = 0;

const as = (user: TestUser | null, method: string, url: string, payload?: unknown) =>
  request(b.t, { method, url, cookie: user?.cookie, payload: payload as Record<string, unknown> });

/** The mails delivered since the last call. */
async function newMails(): Promise<MailMessage[]> {
  const all = await b.t.deliverMail();
  const fresh = all.slice(seen);
  seen = all.length;
  return fresh;
}

function parse(m: MailMessage) {
  if (!m.calendar) throw new Error(`no calendar in mail to ${m.to}`);
  const cal = new ICAL.Component(ICAL.parse(m.calendar.content));
  const vevent = cal.getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no VEVENT');
  const attendees = vevent
    .getAllProperties('attendee')
    .map((p) => String(p.getFirstValue()).replace(/^mailto:/i, ''))
    .sort();
  const start = vevent.getFirstPropertyValue('dtstart') as ICAL.Time;
  return {
    method: cal.getFirstPropertyValue('method'),
    uid: vevent.getFirstPropertyValue('uid'),
    sequence: vevent.getFirstPropertyValue('sequence'),
    status: vevent.getFirstPropertyValue('status'),
    organizer: String(vevent.getFirstPropertyValue('organizer')).replace(/^mailto:/i, ''),
    attendees,
    start: start.toJSDate().toISOString(),
    utc: start.zone?.tzid === 'UTC',
  };
}

const applicant = (name: string, email: string, seeker?: TestUser) =>
  addApplicant(b, openingId, name, { email, seeker });

const basics = INTERVIEW_BASICS;

beforeAll(async () => {
  b = await setupBoard();
  openingId = (await b.createOpening({ title: 'Teller' })).id;
  interviewerIds = [];
  for (const [name, email] of [
    ['Dana Interviewer', 'dana@harbour.example'],
    ['Eli Panel', 'eli@harbour.example'],
  ]) {
    const res = await as(b.recruiter, 'POST', `/api/v1/companies/${b.companyId}/contacts`, { name, email });
    expect(res.statusCode, res.body).toBe(201);
    interviewerIds.push(res.json().id);
  }
  await newMails();
});
afterAll(async () => b?.t.close());

describe('interview invitations', () => {
  it('invites, moves and cancels with one UID and a growing SEQUENCE', async () => {
    const { applicationId } = await applicant('Fiona Fixed', 'fiona@example.test');
    const startsAt = future(5);
    const res = await as(b.recruiter, 'POST', `/api/v1/applications/${applicationId}/interviews`, {
      ...basics,
      interviewerIds,
      times: [{ startsAt }],
    });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id as number;
    const recruiterEmail = (
      await b.t.ctx.db
        .selectFrom('user')
        .select('email')
        .where('id', '=', b.recruiter.id)
        .executeTakeFirstOrThrow()
    ).email;
    const everyone = ['dana@harbour.example', 'eli@harbour.example', 'fiona@example.test'];

    const invites = await newMails();
    expect(invites.map((m) => m.to).sort()).toEqual([...everyone, recruiterEmail].sort());
    const first = invites.map(parse);
    const uid = first[0]?.uid;
    expect(uid).toMatch(/@followthrough$/);
    for (const ics of first)
      expect(ics).toMatchObject({
        method: 'REQUEST',
        uid,
        sequence: 0,
        status: 'CONFIRMED',
        organizer: 'hello@followthrough.example',
        attendees: everyone,
        start: startsAt,
        utc: true,
      });

    const moved = future(6);
    const r = await as(b.recruiter, 'PUT', `/api/v1/interviews/${id}/time`, { startsAt: moved });
    expect(r.statusCode, r.body).toBeLessThan(300);
    const changes = (await newMails()).map(parse);
    expect(changes).toHaveLength(4);
    for (const ics of changes)
      expect(ics).toMatchObject({ method: 'REQUEST', uid, sequence: 1, status: 'CONFIRMED', start: moved });

    const c = await as(b.recruiter, 'POST', `/api/v1/interviews/${id}/cancel`, {
      by: 'client',
      reason: 'Filled',
    });
    expect(c.statusCode, c.body).toBeLessThan(300);
    const cancels = await newMails();
    expect(cancels.map((m) => m.calendar?.method)).toEqual(['CANCEL', 'CANCEL', 'CANCEL', 'CANCEL']);
    for (const ics of cancels.map(parse))
      expect(ics).toMatchObject({
        method: 'CANCEL',
        uid,
        sequence: 2,
        status: 'CANCELLED',
        attendees: everyone,
      });
  });

  it('sends proposed times in the candidate’s zone with a signed link, and no invite', async () => {
    const { applicationId } = await applicant('Petra Proposed', 'petra@example.test');
    const res = await as(b.recruiter, 'POST', `/api/v1/applications/${applicationId}/interviews`, {
      ...basics,
      interviewerIds,
      times: [{ startsAt: future(8) }, { startsAt: future(9) }],
    });
    expect(res.statusCode, res.body).toBe(201);
    const mails = await newMails();
    expect(mails.map((m) => m.to)).toEqual(['petra@example.test']);
    const [m] = mails;
    expect(m?.calendar).toBeUndefined();
    expect(m?.text).toContain('(America/Halifax)');
    const token = m?.text.match(/\/app\/interview-link\/(\S+)/)?.[1];
    expect(token).toBeTruthy();
    const link = await as(null, 'GET', `/api/v1/interview-links/${token}`);
    expect(link.statusCode, link.body).toBe(200);
  });

  it('sends the cancellation to everyone when the candidate cancels, and nothing when a cancel is refused', async () => {
    const seeker = await createUser(b.t, 'candidate');
    const { applicationId } = await applicant('Carl Cancels', 'carl@example.test', seeker);
    const res = await as(b.recruiter, 'POST', `/api/v1/applications/${applicationId}/interviews`, {
      ...basics,
      interviewerIds,
      times: [{ startsAt: future(4) }],
    });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id as number;
    const invites = (await newMails()).map(parse);
    const bad = await as(seeker, 'POST', `/api/v1/me/interviews/${id}/cancel`, { reason: 'bored' });
    expect(bad.statusCode).toBe(400);
    expect(await newMails()).toEqual([]);
    const ok = await as(seeker, 'POST', `/api/v1/me/interviews/${id}/cancel`, {
      reason: 'schedule-conflict',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const cancels = await newMails();
    expect(cancels.map((m) => m.to)).toContain('carl@example.test');
    expect(cancels).toHaveLength(4);
    for (const ics of cancels.map(parse))
      expect(ics).toMatchObject({ method: 'CANCEL', uid: invites[0]?.uid, sequence: 1, status: 'CANCELLED' });
  });

  it('never names the other candidates of a group session to a candidate', async () => {
    const [s0, s1] = [await createUser(b.t, 'candidate'), await createUser(b.t, 'candidate')];
    const one = await applicant('Gina Group', 'gina@example.test', s0);
    const two = await applicant('Hugo Group', 'hugo@example.test', s1);
    const res = await as(b.recruiter, 'POST', `/api/v1/applications/${one.applicationId}/interviews`, {
      ...basics,
      format: 'group',
      capacity: 2,
      interviewerIds,
      alsoInvite: [two.applicationId],
      times: [{ startsAt: future(10) }, { startsAt: future(11) }],
    });
    expect(res.statusCode, res.body).toBe(201);
    const iv = res.json();
    await newMails();
    for (const s of [s0, s1]) {
      const r = await as(s, 'POST', `/api/v1/me/interviews/${iv.id}/book`, { slotId: iv.slots[0].id });
      expect(r.statusCode, r.body).toBe(201);
    }
    const mails = await newMails();
    const toHugo = mails.filter((m) => m.to === 'hugo@example.test');
    expect(toHugo).toHaveLength(1);
    for (const m of toHugo) {
      const whole = `${m.subject}\n${m.text}\n${m.calendar?.content}`;
      expect(whole).not.toMatch(/gina/i);
      expect(parse(m).attendees).toContain('hugo@example.test');
    }
    // The interviewers' copy lists both.
    const toDana = mails.filter((m) => m.to === 'dana@harbour.example').at(-1);
    expect(toDana && parse(toDana).attendees).toEqual(
      expect.arrayContaining(['gina@example.test', 'hugo@example.test']),
    );
  });
});
