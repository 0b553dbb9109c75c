import { Temporal } from 'temporal-polyfill';

// "My day": open tasks split into what is late, what is still due today and what comes later.
// "Today" ends at the next midnight in the viewer's own zone, found on the calendar rather than
// by adding 24 hours, so a day with a daylight-saving change (23 or 25 hours) ends where it should.

export interface DayBuckets<T> {
  overdue: T[];
  today: T[];
  upcoming: T[];
}

/** The instant the viewer's next calendar day begins. */
export function startOfTomorrow(now: Temporal.Instant, timeZone: string): Temporal.Instant {
  const tomorrow = now.toZonedDateTimeISO(timeZone).toPlainDate().add({ days: 1 });
  // startOfDay copes with zones where a DST change skips midnight itself.
  return tomorrow.toZonedDateTime({ timeZone }).startOfDay().toInstant();
}

/**
 * Overdue: due before now. Today: due from now until the viewer's midnight. Upcoming: later.
 * Each bucket keeps the order it was given (callers pass tasks sorted by due time).
 */
export function bucketByDay<T extends { dueAt: string }>(
  tasks: readonly T[],
  now: Temporal.Instant,
  timeZone: string,
): DayBuckets<T> {
  const midnight = startOfTomorrow(now, timeZone);
  const out: DayBuckets<T> = { overdue: [], today: [], upcoming: [] };
  for (const t of tasks) {
    const due = Temporal.Instant.from(t.dueAt);
    if (Temporal.Instant.compare(due, now) < 0) out.overdue.push(t);
    else if (Temporal.Instant.compare(due, midnight) < 0) out.today.push(t);
    else out.upcoming.push(t);
  }
  return out;
}
