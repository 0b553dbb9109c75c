import { describe, expect, it } from 'vitest';
import { planTime, planTimes } from './plan.ts';
import { signInterviewLink, verifyInterviewLink } from './tokens.ts';

const now = new Date('2026-03-08T12:00:00Z');

describe('planning interview times', () => {
  it('ends a spoken interview its duration after the start, whatever the offset given', () => {
    expect(planTime({ startsAt: '2026-03-09T10:30:00-03:30' }, 'phone', 30, now)).toEqual({
      ok: true,
      slot: { startsAt: '2026-03-09T14:00:00.000Z', endsAt: '2026-03-09T14:30:00.000Z' },
    });
  });

  it('refuses the past, the present, duplicates and misplaced windows', () => {
    expect(planTime({ startsAt: now.toISOString() }, 'video', 30, now)).toMatchObject({
      ok: false,
      field: 'startsAt',
    });
    expect(
      planTimes(
        [{ startsAt: '2026-03-09T14:00:00Z' }, { startsAt: '2026-03-09T10:30:00-03:30' }],
        'video',
        30,
        now,
      ),
    ).toEqual({
      ok: false,
      fields: { 'times.1.startsAt': 'This time is already proposed' },
    });
    expect(
      planTime({ startsAt: '2026-03-09T14:00:00Z', endsAt: '2026-03-09T18:00:00Z' }, 'panel', 30, now),
    ).toMatchObject({
      ok: false,
      field: 'endsAt',
    });
  });

  it('needs a written test’s window to hold the whole test', () => {
    const startsAt = '2026-03-09T14:00:00Z';
    expect(planTime({ startsAt, endsAt: '2026-03-09T15:00:00Z' }, 'written-test', 90, now)).toMatchObject({
      ok: false,
      field: 'endsAt',
    });
    expect(planTime({ startsAt, endsAt: '2026-03-09T15:30:00Z' }, 'written-test', 90, now)).toMatchObject({
      ok: true,
    });
  });
});

describe('signed interview links', () => {
  const claims = { interviewId: 7, candidateId: 9, expiresAt: now.getTime() + 1000 };
  const token = signInterviewLink('secret', claims);

  it('round-trips, and expires only a genuine link', () => {
    expect(verifyInterviewLink('secret', token, now.getTime())).toEqual({ ok: true, claims });
    expect(verifyInterviewLink('secret', token, now.getTime() + 1000)).toEqual({ ok: false, why: 'expired' });
    expect(verifyInterviewLink('other', token, now.getTime() + 5000)).toEqual({ ok: false, why: 'invalid' });
  });

  it('rejects a body edited to point at someone else', () => {
    const [, sig] = token.split('.');
    const body = Buffer.from(JSON.stringify({ i: 7, c: 10, e: claims.expiresAt })).toString('base64url');
    expect(verifyInterviewLink('secret', `${body}.${sig}`, now.getTime())).toEqual({
      ok: false,
      why: 'invalid',
    });
    expect(verifyInterviewLink('secret', `${token}.extra`, now.getTime())).toEqual({
      ok: false,
      why: 'invalid',
    });
  });
});
