import { describe, expect, it } from 'vitest';
import {
  bucketStart,
  bucketStarts,
  daysBetween,
  localDay,
  periodBounds,
  resolvePeriod,
  todayIn,
} from './periods.ts';

describe('report periods', () => {
  it('defaults to the last 90 days, today included', () => {
    expect(resolvePeriod({}, '2026-03-31')).toEqual({
      ok: true,
      period: { from: '2026-01-01', to: '2026-03-31' },
    });
    expect(resolvePeriod({ to: '2026-03-01' }, '2026-06-30')).toEqual({
      ok: true,
      period: { from: '2025-12-02', to: '2026-03-01' },
    });
    expect(resolvePeriod({ from: '2026-02-10' }, '2026-03-31')).toEqual({
      ok: true,
      period: { from: '2026-02-10', to: '2026-03-31' },
    });
    // A start in the future ends on itself rather than before it.
    expect(resolvePeriod({ from: '2026-05-01' }, '2026-03-31')).toEqual({
      ok: true,
      period: { from: '2026-05-01', to: '2026-05-01' },
    });
  });

  it('refuses an end before the start and periods over ten years', () => {
    expect(resolvePeriod({ from: '2026-03-02', to: '2026-03-01' }, '2026-03-31')).toMatchObject({
      ok: false,
      field: 'to',
    });
    expect(resolvePeriod({ from: '1990-01-01' }, '2026-03-31')).toMatchObject({ ok: false, field: 'from' });
    expect(resolvePeriod({ from: '2016-04-01', to: '2026-03-31' }, '2026-03-31').ok).toBe(true);
  });

  it('bounds a period by instants in the zone, in the text form SQLite compares', () => {
    expect(periodBounds({ from: '2026-03-01', to: '2026-03-31' }, 'UTC')).toEqual({
      start: '2026-03-01T00:00:00.000Z',
      end: '2026-04-01T00:00:00.000Z',
    });
    // St. John's: UTC−3:30 in winter, −2:30 from the second Sunday of March.
    expect(periodBounds({ from: '2026-03-01', to: '2026-03-31' }, 'America/St_Johns')).toEqual({
      start: '2026-03-01T03:30:00.000Z',
      end: '2026-04-01T02:30:00.000Z',
    });
  });

  it('reads today and an instant’s day in a zone', () => {
    const late = new Date('2026-04-01T01:00:00Z');
    expect(todayIn('UTC', late)).toBe('2026-04-01');
    expect(todayIn('America/St_Johns', late)).toBe('2026-03-31');
    expect(localDay('2026-04-01T01:00:00.000Z', 'America/St_Johns')).toBe('2026-03-31');
    expect(localDay('2026-04-01T01:00:00.000Z', 'UTC')).toBe('2026-04-01');
  });

  it('buckets days into months and Monday-based weeks', () => {
    expect(bucketStart('2026-03-31', 'month')).toBe('2026-03-01');
    expect(bucketStart('2026-03-01', 'week')).toBe('2026-02-23'); // a Sunday
    expect(bucketStart('2026-03-02', 'week')).toBe('2026-03-02'); // a Monday
    expect(bucketStart('2027-01-01', 'week')).toBe('2026-12-28'); // across a year
  });

  it('lists every bucket a period touches, partial ones at both ends', () => {
    expect(bucketStarts({ from: '2026-01-15', to: '2026-03-01' }, 'month')).toEqual([
      '2026-01-01',
      '2026-02-01',
      '2026-03-01',
    ]);
    expect(bucketStarts({ from: '2026-03-01', to: '2026-03-16' }, 'week')).toEqual([
      '2026-02-23',
      '2026-03-02',
      '2026-03-09',
      '2026-03-16',
    ]);
    expect(bucketStarts({ from: '2026-03-04', to: '2026-03-04' }, 'week')).toEqual(['2026-03-02']);
  });

  it('measures days between instants as a fraction', () => {
    expect(daysBetween('2026-03-01T00:00:00.000Z', '2026-03-02T12:00:00.000Z')).toBe(1.5);
    // Across the DST change elapsed time counts, not wall-clock days.
    expect(daysBetween('2026-03-07T12:00:00Z', '2026-03-09T12:00:00Z')).toBe(2);
  });
});
