import { Temporal } from 'temporal-polyfill';

// The time inputs hold a wall time ("2026-03-08T14:00", as <input type="datetime-local">
// gives it) in the interview's own zone, which need not be the browser's; the API takes
// instants. Temporal does the arithmetic so daylight-saving changes land right.

const WALL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?$/;

/**
 * The instant of a wall time in a zone, or null when the text is not a date and time or the
 * zone is unknown. A time skipped by a spring-forward change moves forward by the gap, and a
 * time that happens twice in the fall takes the earlier one (Temporal's "compatible" choice,
 * which is also what a calendar app does).
 */
export function wallTimeToInstant(value: string, zone: string): string | null {
  if (!WALL_TIME.test(value)) return null;
  try {
    return Temporal.PlainDateTime.from(value)
      .toZonedDateTime(zone, { disambiguation: 'compatible' })
      .toInstant()
      .toString();
  } catch {
    return null;
  }
}

/** The wall time of an instant in a zone, to the minute, as a datetime-local input shows it. */
export function instantToWallTime(iso: string, zone: string): string {
  const wall = Temporal.Instant.from(iso).toZonedDateTimeISO(zone).toPlainDateTime();
  return wall.toString({ smallestUnit: 'minute' });
}
