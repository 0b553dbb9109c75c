import { describe, expect, it } from 'vitest';
import {
  byGroup,
  type FollowThroughRecord,
  finalRecords,
  followThrough,
  overTime,
  verdict,
} from './follow-through.ts';

let nextId = 1;
/** A committed, scheduled interview with no outcome yet, unless told otherwise. */
function rec(over: Partial<FollowThroughRecord> = {}): FollowThroughRecord {
  return {
    interviewId: nextId++,
    candidateId: 1,
    recruiterId: 'r1',
    scheduledAt: '2026-05-12T14:00:00Z',
    committedAt: '2026-05-01T10:00:00Z',
    state: 'scheduled',
    cancelledBy: null,
    outcome: null,
    ...over,
  };
}
const attended = (over: Partial<FollowThroughRecord> = {}) =>
  rec({ state: 'completed', outcome: 'attended', ...over });
const noShow = (over: Partial<FollowThroughRecord> = {}) =>
  rec({ state: 'completed', outcome: 'no-show', ...over });

describe('verdict', () => {
  it('follows the written definitions', () => {
    expect(verdict(attended())).toBe('kept');
    expect(verdict(noShow())).toBe('not-kept');
    expect(verdict(rec({ outcome: 'cancelled-late' }))).toBe('not-kept');
    expect(verdict(rec({ state: 'cancelled', cancelledBy: 'candidate' }))).toBe('not-kept');
    expect(verdict(rec({ state: 'cancelled', cancelledBy: 'agency' }))).toBe('excluded');
    expect(verdict(rec({ state: 'cancelled', cancelledBy: 'client' }))).toBe('excluded');
    expect(verdict(rec({ state: 'cancelled', cancelledBy: null }))).toBe('excluded');
    expect(verdict(rec())).toBe('pending');
    expect(verdict(rec({ outcome: 'rescheduled' }))).toBe('pending');
  });

  it('does not count an interview the candidate never committed to', () => {
    expect(verdict(rec({ state: 'proposed', committedAt: null, scheduledAt: null }))).toBe('excluded');
    // Declining proposed times is not breaking a commitment.
    expect(verdict(rec({ state: 'cancelled', cancelledBy: 'candidate', committedAt: null }))).toBe(
      'excluded',
    );
  });

  it('lets a client cancellation win over a late-cancel mark', () => {
    expect(verdict(rec({ state: 'cancelled', cancelledBy: 'client', outcome: 'cancelled-late' }))).toBe(
      'excluded',
    );
  });
});

describe('followThrough', () => {
  it('gives a null rate and zeros with no data', () => {
    expect(followThrough([])).toEqual({ committed: 0, kept: 0, rate: null, pending: 0 });
  });

  it('gives a null rate when everything is still pending', () => {
    expect(followThrough([rec(), rec(), rec({ outcome: 'rescheduled' })])).toEqual({
      committed: 0,
      kept: 0,
      rate: null,
      pending: 3,
    });
  });

  it('counts kept of committed, by hand: 3 kept, 1 no-show, 1 late, 1 candidate cancel', () => {
    const records = [
      attended(),
      attended(),
      attended(),
      noShow(),
      rec({ outcome: 'cancelled-late' }),
      rec({ state: 'cancelled', cancelledBy: 'candidate' }),
      rec(), // pending
      rec({ state: 'cancelled', cancelledBy: 'agency' }),
      rec({ state: 'cancelled', cancelledBy: 'client' }),
      rec({ state: 'proposed', committedAt: null }),
    ];
    // committed = 3 + 1 + 1 + 1 = 6; 3 of 6 kept.
    expect(followThrough(records)).toEqual({ committed: 6, kept: 3, rate: 0.5, pending: 1 });
  });

  it('leaves agency and client cancellations out entirely', () => {
    const records = [attended(), rec({ state: 'cancelled', cancelledBy: 'agency' })];
    expect(followThrough(records)).toEqual({ committed: 1, kept: 1, rate: 1, pending: 0 });
  });

  it('counts a rescheduled-then-attended interview once, as kept', () => {
    const id = 900;
    const history = [
      rec({ interviewId: id, scheduledAt: '2026-05-12T14:00:00Z', outcome: 'rescheduled' }),
      attended({ interviewId: id, scheduledAt: '2026-05-19T14:00:00Z' }),
    ];
    expect(followThrough(history)).toEqual({ committed: 1, kept: 1, rate: 1, pending: 0 });
    // The order of the rows does not let the moved time win.
    expect(followThrough([...history].reverse())).toEqual({ committed: 1, kept: 1, rate: 1, pending: 0 });
  });

  it('keeps a rescheduled interview pending until its new time has an outcome', () => {
    const id = 901;
    const history = [
      rec({ interviewId: id, outcome: 'rescheduled' }),
      rec({ interviewId: id, scheduledAt: '2026-06-01T14:00:00Z' }),
    ];
    expect(followThrough(history)).toEqual({ committed: 0, kept: 0, rate: null, pending: 1 });
  });
});

describe('finalRecords', () => {
  it('keeps the last record of an interview when none was moved', () => {
    const a = rec({ interviewId: 7, outcome: null });
    const b = noShow({ interviewId: 7 });
    expect(finalRecords([a, b])).toEqual([b]);
  });
});

describe('byGroup', () => {
  it('splits per candidate and per recruiter, by hand', () => {
    const records = [
      attended({ candidateId: 1, recruiterId: 'ann' }),
      noShow({ candidateId: 1, recruiterId: 'ann' }),
      attended({ candidateId: 2, recruiterId: 'ann' }),
      attended({ candidateId: 3, recruiterId: 'bob' }),
      rec({ candidateId: 3, recruiterId: 'bob' }),
      rec({ candidateId: 4, recruiterId: null, state: 'cancelled', cancelledBy: 'client' }),
    ];
    expect(byGroup(records, 'candidateId')).toEqual([
      { key: 1, committed: 2, kept: 1, rate: 0.5, pending: 0 },
      { key: 2, committed: 1, kept: 1, rate: 1, pending: 0 },
      { key: 3, committed: 1, kept: 1, rate: 1, pending: 1 },
      { key: 4, committed: 0, kept: 0, rate: null, pending: 0 },
    ]);
    expect(byGroup(records, 'recruiterId')).toEqual([
      { key: 'ann', committed: 3, kept: 2, rate: 2 / 3, pending: 0 },
      { key: 'bob', committed: 1, kept: 1, rate: 1, pending: 1 },
      { key: null, committed: 0, kept: 0, rate: null, pending: 0 },
    ]);
  });

  it('returns no groups for no data', () => {
    expect(byGroup([], 'recruiterId')).toEqual([]);
  });
});

describe('overTime', () => {
  const zone = 'America/St_Johns';

  it('returns an empty series for no data', () => {
    expect(overTime([], { bucket: 'month', zone })).toEqual([]);
  });

  it('puts 23:59 local on the last of the month in that month, not the next (UTC) one', () => {
    const records = [
      attended({ scheduledAt: '2026-02-01T03:29:00Z' }), // 23:59 on Jan 31 in St. John's (-03:30)
      noShow({ scheduledAt: '2026-02-01T03:30:00Z' }), // 00:00 on Feb 1
    ];
    expect(overTime(records, { bucket: 'month', zone })).toEqual([
      { start: '2026-01-01', committed: 1, kept: 1, rate: 1, pending: 0 },
      { start: '2026-02-01', committed: 1, kept: 0, rate: 0, pending: 0 },
    ]);
  });

  it('splits weeks at the real local midnight on the night clocks spring forward', () => {
    // Sunday 2026-03-08 St. John's moves from -03:30 to -02:30.
    const records = [
      attended({ scheduledAt: '2026-03-09T02:00:00Z' }), // Sun 23:30 NDT: week of Mon Mar 2
      attended({ scheduledAt: '2026-03-09T02:45:00Z' }), // Mon 00:15 NDT: week of Mar 9 (a fixed -03:30 says Sunday)
      noShow({ scheduledAt: '2026-03-09T03:15:00Z' }), // Mon 00:45 NDT
    ];
    expect(overTime(records, { bucket: 'week', zone })).toEqual([
      { start: '2026-03-02', committed: 1, kept: 1, rate: 1, pending: 0 },
      { start: '2026-03-09', committed: 2, kept: 1, rate: 0.5, pending: 0 },
    ]);
  });

  it('splits weeks at local midnight in the southern hemisphere across its spring change', () => {
    // Sydney moves from +10 to +11 on Sunday 2026-10-04.
    const records = [
      attended({ scheduledAt: '2026-10-04T12:30:00Z' }), // Sun 23:30 AEDT
      noShow({ scheduledAt: '2026-10-04T13:30:00Z' }), // Mon 00:30 AEDT
    ];
    expect(
      overTime(records, { bucket: 'week', zone: 'Australia/Sydney' }).map((p) => [p.start, p.kept]),
    ).toEqual([
      ['2026-09-28', 1],
      ['2026-10-05', 0],
    ]);
  });

  it('fills empty buckets, shows pending, and leaves excluded and out-of-range interviews out', () => {
    const records = [
      attended({ scheduledAt: '2026-01-15T15:00:00Z' }),
      rec({ scheduledAt: '2026-03-20T15:00:00Z' }), // pending
      rec({ scheduledAt: '2026-03-21T15:00:00Z', state: 'cancelled', cancelledBy: 'agency' }),
      noShow({ scheduledAt: '2026-05-02T15:00:00Z' }), // after `to`
    ];
    expect(overTime(records, { bucket: 'month', zone, from: '2026-01-01', to: '2026-04-30' })).toEqual([
      { start: '2026-01-01', committed: 1, kept: 1, rate: 1, pending: 0 },
      { start: '2026-02-01', committed: 0, kept: 0, rate: null, pending: 0 },
      { start: '2026-03-01', committed: 0, kept: 0, rate: null, pending: 1 },
      { start: '2026-04-01', committed: 0, kept: 0, rate: null, pending: 0 },
    ]);
  });

  it('buckets a rescheduled interview once, at its final time', () => {
    const history = [
      rec({ interviewId: 950, scheduledAt: '2026-01-20T15:00:00Z', outcome: 'rescheduled' }),
      attended({ interviewId: 950, scheduledAt: '2026-02-03T15:00:00Z' }),
    ];
    expect(overTime(history, { bucket: 'month', zone })).toEqual([
      { start: '2026-02-01', committed: 1, kept: 1, rate: 1, pending: 0 },
    ]);
  });

  it('starts weeks on Monday and returns nothing for a reversed range', () => {
    const records = [attended({ scheduledAt: '2026-05-14T15:00:00Z' })]; // a Thursday
    expect(overTime(records, { bucket: 'week', zone })[0]?.start).toBe('2026-05-11');
    expect(overTime(records, { bucket: 'week', zone, from: '2026-06-01', to: '2026-05-01' })).toEqual([]);
  });
});
