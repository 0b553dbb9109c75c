import ICAL from 'ical.js';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { type FeedEvent, feedIcs, type IcsInput, interviewIcs } from './ics.ts';

/** Parses with Mozilla's ical.js, as a calendar app would, and returns the calendar and its one event. */
function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const vevent = calendar.getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no VEVENT');
  return { calendar, vevent, event: new ICAL.Event(vevent) };
}

/** A wall time in a zone as an instant, the way the scheduler stores it. */
function at(wall: string, zone: string): Date {
  return new Date(Temporal.PlainDateTime.from(wall).toZonedDateTime(zone).epochMilliseconds);
}

const STAMP = new Date('2026-02-01T09:00:00Z');

function invite(overrides: Partial<IcsInput> = {}): IcsInput {
  return {
    method: 'REQUEST',
    uid: 'interview-42@agency.example',
    sequence: 0,
    status: 'CONFIRMED',
    start: new Date('2026-06-10T13:30:00Z'),
    end: new Date('2026-06-10T14:30:00Z'),
    zone: 'America/St_Johns',
    summary: 'First interview: Data Analyst at Harbour Foods',
    description: 'Bring your ID.',
    location: '12 Water Street, St. John’s',
    url: 'https://agency.example/interviews/42',
    organizer: { name: 'Rita Recruiter', email: 'rita@agency.example' },
    attendees: [
      { name: 'Sam Seeker', email: 'sam@example.test' },
      { name: 'Ivy Interviewer', email: 'ivy@harbour.example', role: 'CHAIR' },
      { name: 'Otto Observer', email: 'otto@harbour.example', role: 'OPT-PARTICIPANT' },
    ],
    stamp: STAMP,
    ...overrides,
  };
}

function iso(time: ICAL.Time): string {
  return time.toJSDate().toISOString();
}

describe('interviewIcs', () => {
  it('writes an iTIP REQUEST with UID, SEQUENCE, STATUS, times in UTC, organizer and every attendee', () => {
    const ics = interviewIcs(invite());
    const { calendar, vevent, event } = parse(ics);

    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Followthrough//Interviews//EN');
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(1);

    expect(event.uid).toBe('interview-42@agency.example');
    expect(event.sequence).toBe(0);
    expect(vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(iso(vevent.getFirstPropertyValue('dtstamp') as ICAL.Time)).toBe('2026-02-01T09:00:00.000Z');
    expect(event.startDate.zone?.tzid).toBe('UTC');
    expect(iso(event.startDate)).toBe('2026-06-10T13:30:00.000Z');
    expect(iso(event.endDate)).toBe('2026-06-10T14:30:00.000Z');
    expect(ics).toContain('DTSTART:20260610T133000Z');
    expect(ics).not.toContain('TZID');
    expect(event.summary).toBe('First interview: Data Analyst at Harbour Foods');
    expect(event.description).toBe('Bring your ID.');
    expect(event.location).toBe('12 Water Street, St. John’s');
    expect(vevent.getFirstPropertyValue('url')).toBe('https://agency.example/interviews/42');

    const organizer = vevent.getFirstProperty('organizer');
    expect(organizer?.getParameter('cn')).toBe('Rita Recruiter');
    expect(String(organizer?.getFirstValue()).toLowerCase()).toBe('mailto:rita@agency.example');

    const attendees = event.attendees.map((a) => ({
      cn: a.getParameter('cn'),
      address: String(a.getFirstValue()).toLowerCase(),
      role: a.getParameter('role'),
      partstat: a.getParameter('partstat'),
      rsvp: a.getParameter('rsvp'),
    }));
    expect(attendees).toEqual([
      {
        cn: 'Sam Seeker',
        address: 'mailto:sam@example.test',
        role: 'REQ-PARTICIPANT',
        partstat: 'NEEDS-ACTION',
        rsvp: 'TRUE',
      },
      {
        cn: 'Ivy Interviewer',
        address: 'mailto:ivy@harbour.example',
        role: 'CHAIR',
        partstat: 'NEEDS-ACTION',
        rsvp: 'TRUE',
      },
      {
        cn: 'Otto Observer',
        address: 'mailto:otto@harbour.example',
        role: 'OPT-PARTICIPANT',
        partstat: 'NEEDS-ACTION',
        rsvp: 'TRUE',
      },
    ]);
  });

  it('keeps the UID and raises SEQUENCE from invitation through change to cancellation', () => {
    const first = parse(interviewIcs(invite()));
    const moved = parse(
      interviewIcs(
        invite({
          sequence: 1,
          start: new Date('2026-06-11T13:30:00Z'),
          end: new Date('2026-06-11T14:30:00Z'),
        }),
      ),
    );
    const cancelled = parse(
      interviewIcs(
        invite({
          method: 'CANCEL',
          status: 'CANCELLED',
          sequence: 2,
          start: new Date('2026-06-11T13:30:00Z'),
          end: new Date('2026-06-11T14:30:00Z'),
        }),
      ),
    );

    expect([first, moved, cancelled].map((p) => p.calendar.getFirstPropertyValue('method'))).toEqual([
      'REQUEST',
      'REQUEST',
      'CANCEL',
    ]);
    expect(new Set([first, moved, cancelled].map((p) => p.event.uid))).toEqual(
      new Set(['interview-42@agency.example']),
    );
    expect([first, moved, cancelled].map((p) => p.event.sequence)).toEqual([0, 1, 2]);
    expect(iso(moved.event.startDate)).toBe('2026-06-11T13:30:00.000Z');
    expect(cancelled.vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    // The cancellation reaches the same people the invitation did.
    expect(cancelled.event.attendees).toHaveLength(3);
    expect(cancelled.vevent.getFirstProperty('organizer')?.getParameter('cn')).toBe('Rita Recruiter');
  });

  it('refuses a CANCEL that is not CANCELLED and a REQUEST that is', () => {
    expect(() => interviewIcs(invite({ method: 'CANCEL', status: 'CONFIRMED' }))).toThrow(/CANCELLED/);
    expect(() => interviewIcs(invite({ method: 'REQUEST', status: 'CANCELLED' }))).toThrow(/CANCEL/);
  });

  it('refuses an event that ends before it starts, a negative SEQUENCE and an unknown zone', () => {
    expect(() => interviewIcs(invite({ end: new Date('2026-06-10T13:00:00Z') }))).toThrow(/end after/);
    expect(() => interviewIcs(invite({ start: new Date('nope') }))).toThrow(/valid start/);
    expect(() => interviewIcs(invite({ sequence: -1 }))).toThrow(/SEQUENCE/);
    expect(() => interviewIcs(invite({ sequence: 1.5 }))).toThrow(/SEQUENCE/);
    expect(() => interviewIcs(invite({ zone: 'Mars/Olympus_Mons' }))).toThrow(RangeError);
  });

  // St. John's is UTC−3:30 in winter and −2:30 in summer; clocks change at 02:00 local.
  it.each([
    ['spring forward, America/St_Johns', '2026-03-08T10:00', 'America/St_Johns', '2026-03-08T12:30:00.000Z'],
    ['the day before, America/St_Johns', '2026-03-07T10:00', 'America/St_Johns', '2026-03-07T13:30:00.000Z'],
    ['fall back, America/St_Johns', '2026-11-01T10:00', 'America/St_Johns', '2026-11-01T13:30:00.000Z'],
    // Sydney is UTC+11 in its summer and +10 in winter; southern DST ends in April, starts in October.
    ['DST ends, Australia/Sydney', '2026-04-05T09:00', 'Australia/Sydney', '2026-04-04T23:00:00.000Z'],
    ['DST starts, Australia/Sydney', '2026-10-04T09:00', 'Australia/Sydney', '2026-10-03T22:00:00.000Z'],
  ])('puts an interview on the day of %s at the right instant', (_name, wall, zone, expected) => {
    const start = at(wall, zone);
    expect(start.toISOString()).toBe(expected);
    const end = new Date(start.getTime() + 45 * 60_000);
    const { event } = parse(interviewIcs(invite({ start, end, zone })));
    expect(iso(event.startDate)).toBe(expected);
    expect(event.endDate.toJSDate().getTime() - event.startDate.toJSDate().getTime()).toBe(45 * 60_000);
    // Read back in the intended zone, the wall time is the one the recruiter chose.
    const wallBack = Temporal.Instant.fromEpochMilliseconds(event.startDate.toJSDate().getTime())
      .toZonedDateTimeISO(zone)
      .toPlainDateTime()
      .toString({ smallestUnit: 'minute' });
    expect(wallBack).toBe(wall);
  });

  it('keeps a two-hour interview two hours long across the autumn change in St. John’s', () => {
    // 00:30 NDT (−2:30) is 03:00Z; two real hours later the clocks read 01:30 NST (−3:30).
    const start = at('2026-11-01T00:30', 'America/St_Johns');
    const end = new Date(start.getTime() + 2 * 3_600_000);
    const { event } = parse(interviewIcs(invite({ start, end })));
    expect(iso(event.startDate)).toBe('2026-11-01T03:00:00.000Z');
    expect(iso(event.endDate)).toBe('2026-11-01T05:00:00.000Z');
  });

  it('escapes commas, semicolons, backslashes, newlines, quotes and non-ASCII so they read back unchanged', () => {
    const awkward = {
      summary: 'Interview; round 2, with Zoë & “the panel” \\ café',
      description: 'Bring: CV, ID; portfolio.\nAsk for Ana at reception.\n\nParking; level −2, bay 7',
      location: 'Façade B; 3rd floor, room 3.14 — Zürich',
    };
    const organizer = { name: 'O’Brien, Ríta; "Talent" Team', email: 'rita@agency.example' };
    const attendees = [
      { name: 'Zoë Ñandú-Østergård', email: 'zoe@example.test' },
      { name: '李小龙', email: 'li@example.test' },
      { name: 'Smith; Jr., "JJ": ^caret', email: 'jj@example.test' },
    ];
    const ics = interviewIcs(invite({ ...awkward, organizer, attendees }));
    expect(ics).toContain('\\;');
    expect(ics).toContain('\\,');
    expect(ics).toContain('\\n');
    // RFC 5545 folds lines at 75 octets; the library must fold by bytes, not characters.
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);

    const { vevent, event } = parse(ics);
    expect(event.summary).toBe(awkward.summary);
    expect(event.description).toBe(awkward.description);
    expect(event.location).toBe(awkward.location);
    expect(vevent.getFirstProperty('organizer')?.getParameter('cn')).toBe(organizer.name);
    expect(event.attendees.map((a) => a.getParameter('cn'))).toEqual(attendees.map((a) => a.name));
  });

  it('cannot be made to add properties through a name or a summary', () => {
    const ics = interviewIcs(
      invite({
        summary: 'Hi\r\nMETHOD:PUBLISH\r\nATTENDEE:mailto:evil@example.test',
        organizer: { name: 'Rita\nATTENDEE:mailto:evil@example.test', email: 'rita@agency.example' },
      }),
    );
    const { calendar, event } = parse(ics);
    expect(calendar.getAllProperties('method')).toHaveLength(1);
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(event.attendees.map((a) => String(a.getFirstValue()).toLowerCase())).not.toContain(
      'mailto:evil@example.test',
    );
  });
});

describe('feedIcs', () => {
  const base: FeedEvent = {
    uid: 'interview-1@agency.example',
    sequence: 0,
    status: 'CONFIRMED',
    start: new Date('2026-03-08T12:30:00Z'),
    end: new Date('2026-03-08T13:30:00Z'),
    zone: 'America/St_Johns',
    summary: 'Interview, Harbour Foods',
    description: 'First round',
    location: 'Video call',
    url: 'https://agency.example/interviews/1',
    stamp: STAMP,
  };

  it('lists the interviews as a named PUBLISH calendar and leaves cancelled ones out', () => {
    const ics = feedIcs({
      name: 'Sam’s interviews, Followthrough',
      stamp: STAMP,
      events: [
        base,
        {
          ...base,
          uid: 'interview-2@agency.example',
          sequence: 3,
          status: 'TENTATIVE',
          start: new Date('2026-04-04T23:00:00Z'),
          end: new Date('2026-04-05T00:00:00Z'),
          zone: 'Australia/Sydney',
          summary: 'Panel; second round',
          organizer: { name: 'Rita Recruiter', email: 'rita@agency.example' },
          attendees: [{ name: 'Sam Seeker', email: 'sam@example.test' }],
        },
        { ...base, uid: 'interview-3@agency.example', status: 'CANCELLED', sequence: 2 },
      ],
    });
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Sam’s interviews, Followthrough');

    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.uid)).toEqual(['interview-1@agency.example', 'interview-2@agency.example']);
    expect(events.map((e) => e.sequence)).toEqual([0, 3]);
    expect(events.map((e) => e.component.getFirstPropertyValue('status'))).toEqual([
      'CONFIRMED',
      'TENTATIVE',
    ]);
    expect(events.map((e) => iso(e.startDate))).toEqual([
      '2026-03-08T12:30:00.000Z',
      '2026-04-04T23:00:00.000Z',
    ]);
    expect(events.map((e) => e.summary)).toEqual(['Interview, Harbour Foods', 'Panel; second round']);

    // Without an organizer there is no ORGANIZER line; a feed never asks for a reply.
    expect(events[0]?.component.hasProperty('organizer')).toBe(false);
    expect(events[1]?.component.getFirstProperty('organizer')?.getParameter('cn')).toBe('Rita Recruiter');
    expect(events[1]?.attendees.map((a) => a.getParameter('cn'))).toEqual(['Sam Seeker']);
    expect(events[1]?.attendees[0]?.getParameter('rsvp')).not.toBe('TRUE');
  });

  it('is a valid empty calendar when there is nothing to list', () => {
    const calendar = new ICAL.Component(ICAL.parse(feedIcs({ name: 'Nothing yet', events: [] })));
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(0);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Nothing yet');
  });
});
