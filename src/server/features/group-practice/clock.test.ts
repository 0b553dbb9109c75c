import { describe, expect, it } from 'vitest';
import { canReview, canWriteNotes, runState, startTimes } from './clock.ts';

// The run's shared clock: what state it is in and what a member may do, at a given instant.

const t0 = Date.parse('2026-03-08T05:30:00Z'); // the night St John's moves its clocks
const started = { ...startTimes(t0, 25), finishedAt: null };

describe('the group run clock', () => {
  it('waits until the recruiter starts it', () => {
    const waiting = { startedAt: null, endsAt: null, finishedAt: null };
    expect(runState(waiting, t0)).toBe('waiting');
    expect(canWriteNotes('waiting')).toBe(true);
    expect(canReview(waiting, t0)).toBe(false);
  });

  it('ends exactly the given minutes after the start, in UTC', () => {
    expect(started).toMatchObject({
      startedAt: '2026-03-08T05:30:00.000Z',
      endsAt: '2026-03-08T05:55:00.000Z',
    });
    expect(runState(started, t0 + 25 * 60_000 - 1)).toBe('running');
    expect(runState(started, t0 + 25 * 60_000)).toBe('time-up');
    expect(canReview(started, t0 + 60_000)).toBe(false);
    expect(canReview(started, t0 + 25 * 60_000)).toBe(true);
  });

  it('closes notes when finished, and a run closed before it started cannot be reviewed', () => {
    const finished = { ...started, finishedAt: new Date(t0 + 60_000).toISOString() };
    expect(runState(finished, t0 + 2 * 60_000)).toBe('finished');
    expect(canWriteNotes('finished')).toBe(false);
    expect(canReview(finished, t0 + 2 * 60_000)).toBe(true);
    const never = { startedAt: null, endsAt: null, finishedAt: new Date(t0).toISOString() };
    expect(canReview(never, t0)).toBe(false);
  });
});
