import { Temporal } from 'temporal-polyfill';
import { DEFAULT_REPORT_DAYS, MAX_REPORT_DAYS, type ReportGroup } from '../../../shared/reports.ts';

// Report periods: which days a report covers, the instants that bound them, and the months or
// weeks a period splits into. No I/O; every function takes the zone (and "now") it works in.

/**
 * The zone in which reports count days, weeks and months. The agency has no configured time
 * zone yet, so reports use UTC: a placement at 23:30 in Toronto on March 31 counts in April.
 * When a zone is configured, pass it here and make the SQL day grouping in queries.ts follow
 * it (PostgreSQL: AT TIME ZONE; SQLite has no zone rules, so group by UTC hour and map hours
 * to local days with `localDay`).
 */
export const REPORT_TIME_ZONE = 'UTC';

/** The days a report covers, both included, as ISO dates ("2026-03-31"). */
export interface Period {
  from: string;
  to: string;
}

export type PeriodCheck = { ok: true; period: Period } | { ok: false; field: 'from' | 'to'; message: string };

const plain = (d: string) => Temporal.PlainDate.from(d);

/** Today's date in a zone. */
export function todayIn(zone: string, now: Date = new Date()): string {
  return Temporal.Instant.fromEpochMilliseconds(now.getTime())
    .toZonedDateTimeISO(zone)
    .toPlainDate()
    .toString();
}

/**
 * The period asked for, with defaults: up to today, and 90 days long when the start is missing.
 * Refuses an end before the start and periods longer than MAX_REPORT_DAYS.
 */
export function resolvePeriod(
  q: { from?: string | undefined; to?: string | undefined },
  today: string,
): PeriodCheck {
  const to = q.to ?? (q.from && q.from > today ? q.from : today);
  const from =
    q.from ??
    plain(to)
      .subtract({ days: DEFAULT_REPORT_DAYS - 1 })
      .toString();
  if (from > to) return { ok: false, field: 'to', message: 'The end date must not be before the start date' };
  if (plain(from).until(plain(to)).days >= MAX_REPORT_DAYS)
    return { ok: false, field: 'from', message: 'Choose a period of at most ten years' };
  return { ok: true, period: { from, to } };
}

/**
 * The instants a period runs between: the start of its first day (included) and the start of
 * the day after its last (excluded), in `zone`. Written as Date#toISOString does, because
 * SQLite compares instants as text in exactly that form ("…T00:00:00.000Z").
 */
export function periodBounds(p: Period, zone: string): { start: string; end: string } {
  const at = (d: Temporal.PlainDate) => new Date(d.toZonedDateTime(zone).epochMilliseconds).toISOString();
  return { start: at(plain(p.from)), end: at(plain(p.to).add({ days: 1 })) };
}

/** The calendar day an instant falls on in a zone. */
export function localDay(instant: string, zone: string): string {
  return Temporal.Instant.from(instant).toZonedDateTimeISO(zone).toPlainDate().toString();
}

/** The first day of the month, or the Monday of the ISO week, that a day falls in. */
export function bucketStart(day: string, groupBy: ReportGroup): string {
  const d = plain(day);
  return (groupBy === 'month' ? d.with({ day: 1 }) : d.subtract({ days: d.dayOfWeek - 1 })).toString();
}

/** Every month or week a period touches, oldest first, as their first days. */
export function bucketStarts(p: Period, groupBy: ReportGroup): string[] {
  const step = groupBy === 'month' ? { months: 1 } : { weeks: 1 };
  const last = plain(p.to);
  const starts: string[] = [];
  for (let d = plain(bucketStart(p.from, groupBy)); Temporal.PlainDate.compare(d, last) <= 0; d = d.add(step))
    starts.push(d.toString());
  return starts;
}

/** Days between two instants, as a fraction (36 hours is 1.5 days). */
export function daysBetween(fromInstant: string, toInstant: string): number {
  return (Date.parse(toInstant) - Date.parse(fromInstant)) / 86_400_000;
}
