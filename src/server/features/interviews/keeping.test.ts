import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, request, type TestUser } from '../../testing/harness.ts';
import { type Board, setupBoard } from '../openings/fixture.ts';
import { addApplicant, DAY, future, INTERVIEW_BASICS } from './fixture.ts';
import { daysUntil } from './reasons-query.ts';
import { UNCONFIRMED_FLAG } from './reminders.ts';

// Keeping an interview instead of dropping it: the reasons shown before cancelling, moving to
// another offered time, asking for another time, the portal reminder, the recruiter's flag for
// an unconfirmed booking, and the agency's reminder settings.

let b: Board;
let admin: TestUser;
let openingId: number;
let seen = 0;

const as = (user: TestUser | null, method: string, url: string, payload?: unknown) =>
  request(b.t, { method, url, cookie: user?.cookie, payload: payload as Record<string, unknown> });

async function newMail() {
  const all = await b.t.deliverMail();
  const fresh = all.slice(seen);
  seen = all.length;
  return fresh;
}

/** A fresh seeker with an application and an interview offering `times`. */
async function proposed(times: string[], seekerName = 'Sam Seeker') {
  const seeker = await createUser(b.t, 'candidate', seekerName);
  const { applicationId, candidateId } = await addApplicant(b, openingId, seekerName, {
    email: seeker.email,
    seeker,
  });
  const res = await as(b.recruiter, 'POST', `/api/v1/applications/${applicationId}/interviews`, {
    ...INTERVIEW_BASICS,
    times: times.map((startsAt) => ({ startsAt })),
  });
  expect(res.statusCode, res.body).toBe(201);
  return { seeker, applicationId, candidateId, iv: res.json() as { id: number; slots: { id: number }[] } };
}

beforeAll(async () => {
  b = await setupBoard();
  admin = await createUser(b.t, 'admin', 'Ada Admin');
  openingId = (await b.createOpening({ title: 'Teller' })).id;
  await b.createOpening({ title: 'Branch Analyst' });
  await b.createOpening({ title: 'Closed Role', status: 'closed' });
});
afterAll(async () => b?.t.close());

describe('before you cancel', () => {
  it('names the other open openings at the company, never the closed ones or one applied to', async () => {
    const { seeker, iv } = await proposed([future(4), future(5)]);
    await as(seeker, 'POST', `/api/v1/me/interviews/${iv.id}/book`, { slotId: iv.slots[0]?.id });
    const res = await as(seeker, 'GET', `/api/v1/me/interviews/${iv.id}/reasons`);
    expect(res.statusCode, res.body).toBe(200);
    const reasons = res.json().reasons as { key: string; detail: string; openings?: { label: string }[] }[];
    expect(reasons.map((r) => r.key)).toEqual([
      'better-than-described',
      'other-openings',
      'practice',
      'what-employers-ask',
      'reschedule',
    ]);
    const others = reasons.find((r) => r.key === 'other-openings');
    expect(others?.openings?.map((o) => o.label)).toEqual(['Branch Analyst']);
    expect(JSON.stringify(reasons)).not.toContain('Closed Role');
    expect(JSON.stringify(reasons)).not.toContain('Teller');
  });

  it('is a 404 for someone else’s interview and for staff', async () => {
    const { iv } = await proposed([future(4), future(5)], 'Owen Owner');
    const stranger = await createUser(b.t, 'candidate', 'Nosy Neighbour');
    expect((await as(stranger, 'GET', `/api/v1/me/interviews/${iv.id}/reasons`)).statusCode).toBe(404);
    expect((await as(b.recruiter, 'GET', `/api/v1/me/interviews/${iv.id}/reasons`)).statusCode).toBe(403);
    expect((await as(null, 'GET', `/api/v1/me/interviews/${iv.id}/reasons`)).statusCode).toBe(401);
  });

  it('counts days to go in the interview’s zone', () => {
    const now = new Date('2026-03-07T23:30:00Z'); // 19:30 in Halifax on the 7th
    expect(daysUntil('2026-03-08T14:00:00Z', 'America/Halifax', now)).toBe(1);
    expect(daysUntil('2026-03-08T03:00:00Z', 'America/Halifax', now)).toBe(0); // 23:00 on the 7th
    expect(daysUntil('2026-03-08T03:00:00Z', 'Asia/Kolkata', now)).toBe(0);
    expect(daysUntil('2026-03-01T03:00:00Z', 'Asia/Kolkata', now)).toBe(0); // past: never negative
  });
});

describe('moving to another offered time', () => {
  it('keeps the interview and its UID, raises the sequence, keeps history and asks for a new yes', async () => {
    const [first, second] = [future(6, 13), future(7, 15)];
    const { seeker, iv } = await proposed([first, second], 'Maya Mover');
    const [a, bSlot] = iv.slots as [{ id: number }, { id: number }];
    await as(seeker, 'POST', `/api/v1/me/interviews/${iv.id}/book`, { slotId: a.id });
    await as(seeker, 'POST', `/api/v1/me/interviews/${iv.id}/confirm`);
    const before = (await as(b.recruiter, 'GET', `/api/v1/interviews/${iv.id}`)).json();
    await newMail();

    const res = await as(seeker, 'POST', `/api/v1/me/interviews/${iv.id}/move`, { slotId: bSlot.id });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().myBooking).toMatchObject({ slotId: bSlot.id, state: 'booked', confirmedAt: null });

    const after = (await as(b.recruiter, 'GET', `/api/v1/interviews/${iv.id}`)).json();
    expect(after.uid).toBe(before.uid);
    expect(after.sequence).toBe(before.sequence + 1);
    expect(after.history).toMatchObject([{ fromStartsAt: first, toStartsAt: second }]);
    expect(after.slots.map((s: { seatsLeft: number }) => s.seatsLeft)).toEqual([1, 0]);
    const mails = await newMail();
    const moved = mails.filter((m) => m.subject.startsWith('Moved'));
    expect(moved.length).toBeGreaterThanOrEqual(2); // the candidate and the recruiter
    expect(moved.every((m) => m.calendar?.content.includes(`SEQUENCE:${after.sequence}`))).toBe(true);
  });

  it('refuses a full, past, unknown or same time, and changes nothing', async () => {
    const { seeker, iv } = await proposed([future(6), future(7), future(8)], 'Rex Refused');
    const [a, bSlot, c] = iv.slots as [{ id: number }, { id: number }, { id: number }];
    // Someone else's group is not needed: fill slot c by hand, as if another person took it.
    await b.t.ctx.db.updateTable('interview_slot').set({ seats_taken: 1 }).where('id', '=', c.id).execute();
    await b.t.ctx.db
      .updateTable('interview_slot')
      .set({ starts_at: new Date(Date.now() - DAY).toISOString() })
      .where('id', '=', bSlot.id)
      .execute();
    const notBooked = await as(seeker, 'POST', `/api/v1/me/interviews/${iv.id}/move`, { slotId: a.id });
    expect(notBooked.statusCode).toBe(409);
    await as(seeker, 'POST', `/api/v1/me/interviews/${iv.id}/book`, { slotId: a.id });
    const before = (await as(b.recruiter, 'GET', `/api/v1/interviews/${iv.id}`)).json();
    for (const [slotId, status, code] of [
      [c.id, 409, 'slot_full'],
      [bSlot.id, 409, 'time_passed'],
      [a.id, 409, 'same_time'],
      [999_999, 404, 'not_found'],
    ] as const) {
      const res = await as(seeker, 'POST', `/api/v1/me/interviews/${iv.id}/move`, { slotId });
      expect(res.statusCode, res.body).toBe(status);
      expect(res.json().error.code).toBe(code);
    }
    const bad = await as(seeker, 'POST', `/api/v1/me/interviews/${iv.id}/move`, { slotId: 'soon' });
    expect(bad.statusCode).toBe(400);
    const after = (await as(b.recruiter, 'GET', `/api/v1/interviews/${iv.id}`)).json();
    expect(after).toEqual(before);
  });
});

describe('asking for another time', () => {
  it('keeps the booking, gives the recruiter a task and a mail, and clears when staff move it', async () => {
    const { seeker, iv, candidateId } = await proposed([future(9)], 'Alex Asker');
    await newMail();
    const empty = await as(seeker, 'POST', `/api/v1/me/interviews/${iv.id}/ask-to-move`, { note: '  ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.fields.note).toBe('Tell your recruiter which days and times suit you');

    const res = await as(seeker, 'POST', `/api/v1/me/interviews/${iv.id}/ask-to-move`, {
      note: 'Any morning next week',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().myBooking.state).toBe('booked');
    expect(res.json().myBooking.moveRequestedAt).toEqual(expect.any(String));
    const staff = (await as(b.recruiter, 'GET', `/api/v1/interviews/${iv.id}`)).json();
    expect(staff.bookings[0].moveRequest).toMatchObject({ note: 'Any morning next week' });
    const mails = await newMail();
    expect(mails.find((m) => m.to === b.recruiter.email)?.subject).toBe(
      'Alex Asker asks to move their interview',
    );
    const day = (await as(b.recruiter, 'GET', '/api/v1/tasks/my-day')).json();
    expect(JSON.stringify(day)).toContain('Find a new interview time for Alex Asker');
    const activity = await as(b.recruiter, 'GET', `/api/v1/candidates/${candidateId}/activity`);
    expect(JSON.stringify(activity.json())).toContain('Asked to move their interview');

    const moved = await as(b.recruiter, 'PUT', `/api/v1/interviews/${iv.id}/time`, { startsAt: future(10) });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().bookings[0].moveRequest).toBeNull();
  });

  it('needs a booked time', async () => {
    const { seeker, iv } = await proposed([future(9), future(10)], 'Nora Nobooking');
    const res = await as(seeker, 'POST', `/api/v1/me/interviews/${iv.id}/ask-to-move`, { note: 'Later' });
    expect(res.statusCode).toBe(409);
  });
});

describe('reminders in the portal and the recruiter’s flag', () => {
  it('shows a reminder inside the agency’s earliest reminder window only', async () => {
    const soon = await proposed([new Date(Date.now() + 30 * 3_600_000).toISOString()], 'Sue Soon');
    const later = await proposed([future(8)], 'Larry Later');
    const list = async (who: TestUser) => (await as(who, 'GET', '/api/v1/me/interviews')).json();
    expect((await list(soon.seeker))[0].remind).toBe(true);
    expect((await list(later.seeker))[0].remind).toBe(false);
  });

  it('flags an unconfirmed booking to the recruiter a day before, and not once confirmed', async () => {
    const flags = async (interviewId: number) =>
      (
        await b.t.ctx.db
          .selectFrom('outbox')
          .select(['id', 'payload'])
          .where('kind', '=', UNCONFIRMED_FLAG)
          .execute()
      )
        .filter((r) => JSON.parse(r.payload).interviewId === interviewId)
        .map((r) => r.id);
    const quiet = await proposed([future(5)], 'Cara Confirms');
    const silent = await proposed([future(5)], 'Una Unconfirmed');
    expect(await flags(quiet.iv.id)).toHaveLength(1);
    expect(await flags(silent.iv.id)).toHaveLength(1);
    await as(quiet.seeker, 'POST', `/api/v1/me/interviews/${quiet.iv.id}/confirm`);
    await newMail();
    await b.t.ctx.db
      .updateTable('outbox')
      .set({ run_after: new Date(Date.now() - 1000).toISOString() })
      .where('id', 'in', [...(await flags(quiet.iv.id)), ...(await flags(silent.iv.id))])
      .execute();
    const subjects = (await newMail()).map((m) => m.subject);
    expect(subjects).toContain("Not confirmed yet: Una Unconfirmed's interview tomorrow");
    expect(subjects.join()).not.toContain('Cara Confirms');
  });
});

describe('the agency’s reminder settings', () => {
  it('lets an admin set the hours, which later bookings use', async () => {
    const bad = await as(admin, 'PUT', '/api/v1/settings/interviews', { reminderHours: [0, 2, 2] });
    expect(bad.statusCode).toBe(400);
    expect(
      (await as(b.recruiter, 'PUT', '/api/v1/settings/interviews', { reminderHours: [24] })).statusCode,
    ).toBe(403);
    expect((await as(b.recruiter, 'GET', '/api/v1/settings/interviews')).json()).toEqual({
      reminderHours: [48, 2],
    });
    const ok = await as(admin, 'PUT', '/api/v1/settings/interviews', { reminderHours: [3, 72] });
    expect(ok.json()).toEqual({ reminderHours: [72, 3] });

    const startsAt = future(6);
    const { iv } = await proposed([startsAt], 'Hana Hours');
    const rows = await b.t.ctx.db
      .selectFrom('outbox')
      .select(['payload', 'run_after'])
      .where('kind', '=', 'interview.reminder')
      .execute();
    const offsets = rows
      .map((r) => JSON.parse(r.payload) as { interviewId: number; offsetHours: number; role: string })
      .filter((p) => p.interviewId === iv.id && p.role === 'candidate')
      .map((p) => p.offsetHours)
      .sort((x, y) => x - y);
    expect(offsets).toEqual([3, 72]);
    await as(admin, 'PUT', '/api/v1/settings/interviews', { reminderHours: [48, 2] });
  });
});

describe('who hears of a cancellation', () => {
  it('tells the recruiter the candidate’s reason', async () => {
    const { seeker, iv } = await proposed([future(9)], 'Rhea Reason');
    await newMail();
    const res = await as(seeker, 'POST', `/api/v1/me/interviews/${iv.id}/cancel`, {
      reason: 'chose-another-offer',
      details: 'Signed with another bank',
    });
    expect(res.statusCode, res.body).toBe(200);
    const mails = await newMail();
    const recruiter = mails.find((m) => m.to === b.recruiter.email);
    expect(recruiter?.calendar?.method).toBe('CANCEL');
    expect(recruiter?.text).toContain(
      'Rhea Reason gave this reason: I accepted another offer (Signed with another bank)',
    );
    const candidate = mails.find((m) => m.to === seeker.email);
    expect(candidate?.text).not.toContain('gave this reason');
  });

  it('tells those asked to choose when staff call off an interview before anyone booked', async () => {
    const { seeker, iv } = await proposed([future(9), future(10)], 'Ivy Invited');
    await newMail();
    const res = await as(b.recruiter, 'POST', `/api/v1/interviews/${iv.id}/cancel`, {
      by: 'client',
      reason: 'Role put on hold',
    });
    expect(res.statusCode, res.body).toBe(200);
    const mails = await newMail();
    expect(mails.map((m) => [m.to, m.subject])).toEqual([
      [seeker.email, 'Cancelled: First interview for which you were asked to choose a time'],
    ]);
    expect(mails[0]?.calendar).toBeUndefined();
  });

  it('tells the recruiter, and only the recruiter, when someone leaves a group session', async () => {
    const host = await proposed([future(11)], 'Gail Group');
    const seeker = await createUser(b.t, 'candidate', 'Lena Leaver');
    const other = await addApplicant(b, openingId, 'Lena Leaver', { email: seeker.email, seeker });
    const group = await as(b.recruiter, 'POST', `/api/v1/applications/${host.applicationId}/interviews`, {
      ...INTERVIEW_BASICS,
      format: 'group',
      capacity: 4,
      alsoInvite: [other.applicationId],
      times: [{ startsAt: future(12) }, { startsAt: future(13) }],
    });
    expect(group.statusCode, group.body).toBe(201);
    const gid = group.json().id as number;
    const slot = group.json().slots[0].id as number;
    await as(seeker, 'POST', `/api/v1/me/interviews/${gid}/book`, { slotId: slot });
    await newMail();
    const res = await as(seeker, 'POST', `/api/v1/me/interviews/${gid}/cancel`, {
      reason: 'schedule-conflict',
      details: '',
    });
    expect(res.statusCode, res.body).toBe(200);
    const mails = await newMail();
    expect(mails).toHaveLength(1);
    expect(mails[0]?.to).toBe(b.recruiter.email);
    expect(mails[0]?.subject).toMatch(/^Lena Leaver cancelled their place: First interview/);
    expect(mails[0]?.text).toContain('I can no longer make this time');
    expect(mails[0]?.text).not.toContain('Gail Group');
  });
});
