import { describe, expect, it } from 'vitest';
import { clockOffset, formatClock, milestone, remainingMs, spokenRemaining } from './countdown.ts';

// The group countdown counts to the server's instant, corrected by this browser's clock offset.

const serverNow = '2026-11-01T04:30:00.000Z'; // the night St John's leaves daylight time

describe('clock offset', () => {
  it('takes the server time as the middle of the round trip', () => {
    const server = Date.parse(serverNow);
    // The browser is 3 minutes slow and the request took 400 ms.
    const sent = server - 180_000 - 200;
    expect(clockOffset(serverNow, sent, sent + 400)).toBe(180_000);
    // A fast browser has a negative offset.
    expect(clockOffset(serverNow, server + 60_000, server + 60_000)).toBe(-60_000);
  });

  it('makes every browser end at the same instant whatever its own clock says', () => {
    const endsAt = '2026-11-01T04:55:00.000Z';
    const real = Date.parse(serverNow) + 10 * 60_000;
    const slow = { offset: 180_000, now: real - 180_000 };
    const fast = { offset: -60_000, now: real + 60_000 };
    expect(remainingMs(endsAt, slow.offset, slow.now)).toBe(15 * 60_000);
    expect(remainingMs(endsAt, fast.offset, fast.now)).toBe(15 * 60_000);
    expect(remainingMs(endsAt, 0, Date.parse(endsAt) + 5000)).toBe(0);
  });
});

describe('showing the time left', () => {
  it('formats minutes and seconds, with hours past an hour, rounding seconds up', () => {
    expect(formatClock(25 * 60_000)).toBe('25:00');
    expect(formatClock(59_001)).toBe('1:00');
    expect(formatClock(1)).toBe('0:01');
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(-5)).toBe('0:00');
    expect(formatClock(3_725_000)).toBe('1:02:05');
  });

  it('speaks whole minutes and announces only the milestones', () => {
    expect(spokenRemaining(10 * 60_000)).toBe('10 minutes left');
    expect(spokenRemaining(9 * 60_000 + 1)).toBe('10 minutes left');
    expect(spokenRemaining(30_000)).toBe('Less than a minute left');
    expect(spokenRemaining(0)).toBe('Time is up');
    expect(milestone(6 * 60_000)).toBe('');
    expect(milestone(5 * 60_000)).toBe('Five minutes left.');
    expect(milestone(60_000)).toBe('One minute left.');
    expect(milestone(0)).toBe('Time is up.');
  });
});
