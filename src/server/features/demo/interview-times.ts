import { Temporal } from 'temporal-polyfill';

// Pure time arithmetic for the demo's interviews: business hours in the agency's zone, relative
// to the moment of seeding, so the demo always looks current. No clock and no I/O: callers pass
// `now` in, and the demo test checks these without a server.

/** The zone the demo agency works in: every demo interview is set in Toronto's business hours. */
export const DEMO_ZONE = 'America/Toronto';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** The instant (epoch ms) `days` local days after `now`'s local date, at hour:minute in `zone`. */
export function localAt(now: number, days: number, hour: number, minute = 0, zone = DEMO_ZONE): number {
  const today = Temporal.Instant.fromEpochMilliseconds(now).toZonedDateTimeISO(zone).toPlainDate();
  return today
    .add({ days })
    .toZonedDateTime({ timeZone: zone, plainTime: new Temporal.PlainTime(hour, minute) }).epochMilliseconds;
}

/**
 * The first 10:00 or 15:00 in `zone` at least `minAhead` ms after `now`. Business hours never
 * leave a gap longer than 19 hours, so with minAhead = 2 hours the result is always within the
 * next 24 hours: what My day's "not confirmed yet" list looks at.
 */
export function nextBusinessHour(now: number, minAhead: number, zone = DEMO_ZONE): number {
  for (let days = 0; days < 3; days++)
    for (const hour of [10, 15]) {
      const at = localAt(now, days, hour, 0, zone);
      if (at >= now + minAhead) return at;
    }
  throw new Error('No business hour in the next three days');
}

/**
 * A past interview time inside [from, to]: `share` of the way through, at the first of `hours`
 * that local day that still fits (with an hour to spare at each end), else the point itself
 * rounded down to a quarter hour. The pipeline's own dates bound it, so an interview happens
 * after the card entered Interviewing and before its next move.
 */
export function pastTimeBetween(
  from: number,
  to: number,
  share: number,
  hours: readonly number[] = [14, 10],
  zone = DEMO_ZONE,
): number {
  const target = Math.floor(from + (to - from) * share);
  const day = Temporal.Instant.fromEpochMilliseconds(target).toZonedDateTimeISO(zone).toPlainDate();
  for (const hour of hours) {
    const at = day.toZonedDateTime({
      timeZone: zone,
      plainTime: new Temporal.PlainTime(hour),
    }).epochMilliseconds;
    if (at >= from + HOUR && at <= to - HOUR) return at;
  }
  return Math.floor(target / (15 * 60_000)) * 15 * 60_000;
}

/** Whole days to add to `earliest` so it lies at least a day after `now` (to set it up as future). */
export function daysToFuture(earliest: number, now: number): number {
  return Math.ceil((now - earliest) / DAY) + 1;
}

const ISO_INSTANT = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{3})?Z/g;

/**
 * Moves the instants an activity summary quotes (e.g. "Set up … for 2026-03-08T14:00:00.000Z")
 * back by `shift` ms, but only those at or after `now`: the future times an interview was first
 * set up at before it was moved into the past. Anything else in the text stays as written.
 */
export function shiftQuotedTimes(summary: string, now: number, shift: number): string {
  return summary.replace(ISO_INSTANT, (text) => {
    const at = Date.parse(text);
    return at >= now ? new Date(at - shift).toISOString() : text;
  });
}

export const isoAt = (ms: number) => new Date(ms).toISOString();
