import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { bucketByDay, startOfTomorrow } from './buckets.ts';

const at = (s: string) => Temporal.Instant.from(s);
const task = (dueAt: string) => ({ dueAt: at(dueAt).toString() });
const names = (list: { dueAt: string }[]) => list.map((t) => t.dueAt);

describe('bucketByDay', () => {
  it('splits late, later today and after midnight in the viewer’s zone', () => {
    const now = at('2026-06-10T12:00:00-02:30'); // St. John’s, summer time
    const late = task('2026-06-10T11:59:00-02:30');
    const later = task('2026-06-10T23:59:00-02:30');
    const tomorrow = task('2026-06-11T00:00:00-02:30');
    const b = bucketByDay([late, later, tomorrow], now, 'America/St_Johns');
    expect(names(b.overdue)).toEqual([late.dueAt]);
    expect(names(b.today)).toEqual([later.dueAt]);
    expect(names(b.upcoming)).toEqual([tomorrow.dueAt]);
  });

  it('ends a 23-hour spring-forward day at the real midnight', () => {
    // 2026-03-08 in St. John’s: clocks go from 02:00 NST (-03:30) to 03:00 NDT (-02:30).
    const now = at('2026-03-08T01:00:00-03:30');
    expect(startOfTomorrow(now, 'America/St_Johns').toString()).toBe('2026-03-09T02:30:00Z');
    const lateEvening = task('2026-03-08T23:30:00-02:30');
    const justAfter = task('2026-03-09T00:15:00-02:30'); // 24h after the day began would call this today
    const b = bucketByDay([lateEvening, justAfter], now, 'America/St_Johns');
    expect(names(b.today)).toEqual([lateEvening.dueAt]);
    expect(names(b.upcoming)).toEqual([justAfter.dueAt]);
  });

  it('ends a 25-hour fall-back day at the real midnight', () => {
    // 2026-11-01 in St. John’s: 02:00 NDT becomes 01:00 NST, so the day has 25 hours.
    const now = at('2026-11-01T00:30:00-02:30');
    expect(startOfTomorrow(now, 'America/St_Johns').toString()).toBe('2026-11-02T03:30:00Z');
    const lastHour = task('2026-11-01T23:45:00-03:30'); // 24h after the day began would call this tomorrow
    const b = bucketByDay([lastHour], now, 'America/St_Johns');
    expect(names(b.today)).toEqual([lastHour.dueAt]);
  });

  it('uses the viewer’s date, not the UTC date', () => {
    const now = at('2026-06-10T20:00:00Z'); // already 01:30 on June 11 in India
    const afternoon = task('2026-06-11T12:00:00Z');
    expect(names(bucketByDay([afternoon], now, 'Asia/Kolkata').today)).toEqual([afternoon.dueAt]);
    expect(names(bucketByDay([afternoon], now, 'UTC').upcoming)).toEqual([afternoon.dueAt]);
  });

  it('starts tomorrow at 01:00 where a DST change skips midnight', () => {
    // Chile moves its clocks from 00:00 to 01:00 on 2026-09-06.
    const now = at('2026-09-05T15:00:00-04:00');
    expect(startOfTomorrow(now, 'America/Santiago').toString()).toBe('2026-09-06T04:00:00Z');
  });

  it('keeps the given order inside each bucket', () => {
    const now = at('2026-06-10T12:00:00Z');
    const list = [
      '2026-06-09T08:00:00Z',
      '2026-06-10T09:00:00Z',
      '2026-06-12T00:00:00Z',
      '2026-06-13T00:00:00Z',
    ];
    const b = bucketByDay(list.map(task), now, 'UTC');
    expect(names(b.overdue)).toEqual([list[0], list[1]].map((s) => at(s ?? '').toString()));
    expect(names(b.upcoming)).toHaveLength(2);
    expect(b.today).toEqual([]);
  });
});
