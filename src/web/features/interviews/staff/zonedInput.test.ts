import { describe, expect, it } from 'vitest';
import { instantToWallTime, wallTimeToInstant } from './zonedInput.ts';

// The suite runs in America/St_Johns, so any use of the process's own zone would show here.

describe('wallTimeToInstant', () => {
  it('reads the wall time in the chosen zone, not the browser’s', () => {
    expect(wallTimeToInstant('2026-07-01T14:00', 'America/Halifax')).toBe('2026-07-01T17:00:00Z');
    expect(wallTimeToInstant('2026-01-15T14:00', 'America/Halifax')).toBe('2026-01-15T18:00:00Z');
    expect(wallTimeToInstant('2026-07-01T14:00', 'Asia/Kolkata')).toBe('2026-07-01T08:30:00Z');
    expect(wallTimeToInstant('2026-07-01T14:00', 'UTC')).toBe('2026-07-01T14:00:00Z');
  });

  it('moves a time skipped by the spring change forward by the gap', () => {
    // Clocks in Toronto jump from 02:00 to 03:00 on 2026-03-08.
    expect(wallTimeToInstant('2026-03-08T02:30', 'America/Toronto')).toBe('2026-03-08T07:30:00Z');
    expect(instantToWallTime('2026-03-08T07:30:00Z', 'America/Toronto')).toBe('2026-03-08T03:30');
  });

  it('takes the earlier of a time that happens twice in the fall', () => {
    // 01:30 happens at -04:00 and again at -05:00 on 2026-11-01 in Toronto.
    expect(wallTimeToInstant('2026-11-01T01:30', 'America/Toronto')).toBe('2026-11-01T05:30:00Z');
  });

  it('refuses what is not a date and time, or an unknown zone', () => {
    expect(wallTimeToInstant('', 'UTC')).toBeNull();
    expect(wallTimeToInstant('next tuesday', 'UTC')).toBeNull();
    expect(wallTimeToInstant('2026-02-30T10:00', 'UTC')).toBeNull();
    expect(wallTimeToInstant('2026-07-01T14:00', 'Mars/Olympus')).toBeNull();
  });
});

describe('instantToWallTime', () => {
  it('gives the datetime-local value of an instant in a zone, round-tripping', () => {
    expect(instantToWallTime('2026-07-01T17:00:00Z', 'America/Halifax')).toBe('2026-07-01T14:00');
    expect(instantToWallTime('2026-12-01T12:00:00Z', 'America/St_Johns')).toBe('2026-12-01T08:30');
    const typed = '2026-10-05T09:15';
    const back = wallTimeToInstant(typed, 'Europe/Berlin');
    expect(back && instantToWallTime(back, 'Europe/Berlin')).toBe(typed);
  });
});
