import { Temporal } from 'temporal-polyfill';
import type { Availability } from '../../../shared/availability.ts';
import { freeSlots, type Interval, type PersonSchedule } from '../interviews/slots.ts';

// Pure: turns saved availability (or the default week) and busy times into suggested times.

/**
 * Hours assumed for someone who never saved their availability: 09:00–17:00, Monday to
 * Friday, in the zone of the request (the organiser's), so suggestions are never empty just
 * because a client contact's hours were not entered.
 */
export function defaultWeek(zone: string): Availability {
  return {
    zone,
    weekly: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '09:00', end: '17:00' })),
    exceptions: [],
  };
}

export interface Participant {
  availability: Availability | null;
  busy: Interval[];
}

export function suggestSlots(
  people: readonly Participant[],
  request: {
    from: string;
    to: string;
    durationMinutes: number;
    zone: string;
    limit: number;
    now: Temporal.Instant;
  },
): { startsAt: string; endsAt: string }[] {
  const schedules: PersonSchedule[] = people.map((p) => {
    const a = p.availability ?? defaultWeek(request.zone);
    return { zone: a.zone, weekly: a.weekly, exceptions: a.exceptions, busy: p.busy };
  });
  return freeSlots(
    schedules,
    Temporal.Instant.from(request.from),
    Temporal.Instant.from(request.to),
    request.durationMinutes,
    { limit: request.limit, alignZone: request.zone, minNotice: { now: request.now, minutes: 0 } },
  ).map((s) => ({ startsAt: s.start.toString(), endsAt: s.end.toString() }));
}
