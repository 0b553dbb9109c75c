import { describe, expect, it } from 'vitest';
import {
  DAY,
  DEMO_ZONE,
  daysToFuture,
  HOUR,
  localAt,
  nextBusinessHour,
  pastTimeBetween,
  shiftQuotedTimes,
} from './interview-times.ts';

const torontoHour = (ms: number) =>
  Number(
    new Intl.DateTimeFormat('en-CA', { timeZone: DEMO_ZONE, hour: 'numeric', hourCycle: 'h23' }).format(ms),
  );

describe('demo interview times', () => {
  it('puts local times at the wall-clock hour in Toronto, across a clock change', () => {
    // 2026-11-01 is the autumn change in Toronto; a week on each side.
    const now = Date.parse('2026-10-28T16:00:00Z');
    for (let days = 0; days < 10; days++) expect(torontoHour(localAt(now, days, 10))).toBe(10);
    expect(localAt(now, 1, 10) - localAt(now, 0, 10)).toBe(DAY);
    expect(localAt(now, 4, 10) - localAt(now, 3, 10)).toBe(DAY + HOUR);
  });

  it('always finds a business hour between two and twenty-four hours ahead', () => {
    const start = Date.parse('2026-03-06T00:00:00Z');
    for (let now = start; now < start + 4 * DAY; now += 20 * 60_000) {
      const at = nextBusinessHour(now, 2 * HOUR);
      expect(at - now).toBeGreaterThanOrEqual(2 * HOUR);
      expect(at - now).toBeLessThan(DAY);
      expect([10, 15]).toContain(torontoHour(at));
    }
  });

  it('keeps a past time inside its window, at a business hour when one fits', () => {
    const from = Date.parse('2026-11-10T12:00:00Z');
    const to = from + 4 * DAY;
    const at = pastTimeBetween(from, to, 0.5, [11]);
    expect(torontoHour(at)).toBe(11);
    expect(at).toBeGreaterThan(from);
    expect(at).toBeLessThan(to);
    // A window of two hours has no business hour to spare: the point itself, on a quarter hour.
    const short = pastTimeBetween(from, from + 2 * HOUR, 0.5, [9]);
    expect(short).toBe(from + HOUR);
  });

  it('sets a past time up whole days ahead and shifts only the future times quoted', () => {
    const now = Date.parse('2026-11-26T00:00:00Z');
    const past = Date.parse('2026-11-20T19:00:00Z');
    const days = daysToFuture(past, now);
    expect(past + days * DAY).toBeGreaterThan(now + DAY - 1);
    const text = `Moved from ${new Date(past + days * DAY).toISOString()} (noted 2026-11-01T10:00:00.000Z)`;
    expect(shiftQuotedTimes(text, now, days * DAY)).toBe(
      'Moved from 2026-11-20T19:00:00.000Z (noted 2026-11-01T10:00:00.000Z)',
    );
  });
});
