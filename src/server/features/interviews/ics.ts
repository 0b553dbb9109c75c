import ical, {
  type ICalAttendeeData,
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendarMethod,
  type ICalEventData,
  ICalEventStatus,
} from 'ical-generator';

/**
 * iCalendar text for interview invitations (iTIP, RFC 5546) and for a person's private
 * subscription feed. Pure: no I/O, and the clock is read only when no `stamp` is given.
 *
 * Times are written as UTC instants (`DTSTART:…Z`), never with a TZID. A TZID needs a
 * VTIMEZONE that is right across every DST change, and ical-generator writes a native Date
 * in the *process's* zone once a timezone is set (see DESIGN.md, "Known pitfalls"). UTC is
 * exact, and every calendar app shows it in the reader's own zone. The intended zone is
 * still required and checked, so a caller cannot pass a zone it never resolved.
 */

export type IcsRole = 'REQ-PARTICIPANT' | 'OPT-PARTICIPANT' | 'CHAIR';

export interface IcsPerson {
  name: string;
  email: string;
}

export interface IcsAttendee extends IcsPerson {
  role?: IcsRole;
}

export interface IcsInput {
  method: 'REQUEST' | 'CANCEL';
  /** Stable for the life of the interview, e.g. `interview-42@agency.example`. */
  uid: string;
  /** Grows with every change; a CANCEL must be higher than the last REQUEST. */
  sequence: number;
  status: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
  start: Date;
  end: Date;
  /** IANA zone the interview was planned in. */
  zone: string;
  summary: string;
  description: string;
  location: string;
  url?: string;
  organizer: IcsPerson;
  attendees: IcsAttendee[];
  prodId?: string;
  /** DTSTAMP: when this message was made; defaults to now. */
  stamp?: Date;
}

export type FeedEvent = Omit<IcsInput, 'method' | 'organizer' | 'attendees' | 'prodId'> & {
  organizer?: IcsPerson;
  attendees?: IcsAttendee[];
};

export interface FeedInput {
  /** Shown by calendar apps as the calendar's name (X-WR-CALNAME). */
  name: string;
  events: FeedEvent[];
  prodId?: string;
  stamp?: Date;
}

const DEFAULT_PROD_ID = '//Followthrough//Interviews//EN';

/** An invitation, change (METHOD:REQUEST) or cancellation (METHOD:CANCEL) for one interview. */
export function interviewIcs(input: IcsInput): string {
  // iTIP: a cancelled event travels as METHOD:CANCEL, and a CANCEL always says CANCELLED.
  if (input.method === 'CANCEL' && input.status !== 'CANCELLED') {
    throw new Error('A CANCEL message must have status CANCELLED');
  }
  if (input.method === 'REQUEST' && input.status === 'CANCELLED') {
    throw new Error('A cancelled interview is sent with method CANCEL, not REQUEST');
  }
  const calendar = ical({
    prodId: prodIdOf(input.prodId),
    method: input.method === 'CANCEL' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  });
  calendar.createEvent(eventData(input, input.stamp ?? new Date(), true));
  return calendar.toString();
}

/**
 * A private subscription feed (METHOD:PUBLISH). Cancelled interviews are left out rather
 * than listed with STATUS:CANCELLED: several calendar apps ignore STATUS in subscribed
 * feeds and would keep showing the interview as if it were still on, whereas an event
 * missing from the next refresh is removed everywhere.
 */
export function feedIcs(input: FeedInput): string {
  const stamp = input.stamp ?? new Date();
  const calendar = ical({
    prodId: prodIdOf(input.prodId),
    method: ICalCalendarMethod.PUBLISH,
    name: input.name,
    // Asks apps to refresh hourly (REFRESH-INTERVAL and X-PUBLISHED-TTL).
    ttl: 60 * 60,
  });
  for (const event of input.events) {
    if (event.status === 'CANCELLED') continue;
    // No RSVP in a feed: it is read-only, replies go through the emailed invitation.
    calendar.createEvent(eventData(event, stamp, false));
  }
  return calendar.toString();
}

function eventData(event: FeedEvent, stamp: Date, rsvp: boolean): ICalEventData {
  checkEvent(event);
  return {
    id: event.uid,
    sequence: event.sequence,
    stamp,
    start: event.start,
    end: event.end,
    summary: event.summary,
    description: event.description,
    location: event.location,
    url: event.url ?? null,
    status: STATUS[event.status],
    organizer: event.organizer ? { name: event.organizer.name, email: event.organizer.email } : null,
    attendees: (event.attendees ?? []).map((a) => attendeeData(a, rsvp)),
  };
}

function attendeeData(a: IcsAttendee, rsvp: boolean): ICalAttendeeData {
  return {
    name: a.name,
    email: a.email,
    role: ROLE[a.role ?? 'REQ-PARTICIPANT'],
    status: ICalAttendeeStatus.NEEDSACTION,
    rsvp,
  };
}

function checkEvent(event: FeedEvent): void {
  if (!event.uid) throw new Error('An interview event needs a UID');
  if (!Number.isInteger(event.sequence) || event.sequence < 0) {
    throw new Error(`SEQUENCE must be a whole number ≥ 0, got ${event.sequence}`);
  }
  if (Number.isNaN(event.start.getTime()) || Number.isNaN(event.end.getTime())) {
    throw new Error('An interview event needs a valid start and end');
  }
  if (event.end.getTime() <= event.start.getTime()) throw new Error('An interview must end after it starts');
  // Throws RangeError for a name that is not an IANA zone.
  new Intl.DateTimeFormat('en', { timeZone: event.zone });
}

/** ical-generator writes `PRODID:-` + the value, so a leading dash is dropped here. */
function prodIdOf(prodId: string | undefined): string {
  return (prodId ?? DEFAULT_PROD_ID).replace(/^-/, '');
}

const STATUS: Record<IcsInput['status'], ICalEventStatus> = {
  CONFIRMED: ICalEventStatus.CONFIRMED,
  TENTATIVE: ICalEventStatus.TENTATIVE,
  CANCELLED: ICalEventStatus.CANCELLED,
};

const ROLE: Record<IcsRole, ICalAttendeeRole> = {
  'REQ-PARTICIPANT': ICalAttendeeRole.REQ,
  'OPT-PARTICIPANT': ICalAttendeeRole.OPT,
  CHAIR: ICalAttendeeRole.CHAIR,
};
