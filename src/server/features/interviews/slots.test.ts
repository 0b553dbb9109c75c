import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { availability, minutesOfDay, type WeeklyRule } from '../../../shared/availability.ts';
import { availableIntervals, collides, freeSlots, type Interval, type PersonSchedule } from './slots.ts';

// The suite runs with TZ=America/St_Johns; nothing here may depend on the process's zone.

const at = (s: string) => Temporal.Instant.from(s);
const span = (start: string, end: string): Interval => ({ start: at(start), end: at(end) });
const iso = (list: Interval[]) => list.map((i) => [i.start.toString(), i.end.toString()]);
const starts = (list: Interval[]) => list.map((i) => i.start.toString());

const WEEKDAYS_9_TO_5 = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '09:00', end: '17:00' }));
/** Only Sundays, when most zones change their clocks. */
const sunday = (start: string, end: string): WeeklyRule[] => [{ weekday: 7, start, end }];
/** The person's free time over the two UTC days around a local date, so the whole local day is in range. */
const around = (person: PersonSchedule, date: string) => {
  const day = Temporal.PlainDate.from(date);
  const from = day.subtract({ days: 1 }).toZonedDateTime('UTC').toInstant();
  const to = day.add({ days: 2 }).toZonedDateTime('UTC').toInstant();
  return iso(availableIntervals(person, from, to));
};
const hours = (i: string[] | undefined) =>
  i ? (at(i[1] as string).epochMilliseconds - at(i[0] as string).epochMilliseconds) / 3_600_000 : NaN;

// June 2026: St John's is on NDT (-02:30), London BST (+01:00), Berlin CEST (+02:00).
const stJohns: PersonSchedule = { zone: 'America/St_Johns', weekly: WEEKDAYS_9_TO_5 }; // 11:30Z–19:30Z
const london: PersonSchedule = { zone: 'Europe/London', weekly: WEEKDAYS_9_TO_5 }; // 08:00Z–16:00Z
const berlin: PersonSchedule = {
  zone: 'Europe/Berlin',
  weekly: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '10:00', end: '18:00' })), // 08:00Z–16:00Z
};
const TUESDAY = ['2026-06-16T00:00:00Z', '2026-06-17T00:00:00Z'] as const;
const tuesday = (people: PersonSchedule[], minutes: number, options = {}) =>
  freeSlots(people, at(TUESDAY[0]), at(TUESDAY[1]), minutes, options);

describe('availableIntervals', () => {
  it('turns weekly hours in the person’s zone into UTC instants, skipping the weekend', () => {
    const free = availableIntervals(stJohns, at('2026-06-12T00:00:00Z'), at('2026-06-16T00:00:00Z'));
    expect(iso(free)).toEqual([
      ['2026-06-12T11:30:00Z', '2026-06-12T19:30:00Z'], // Friday
      ['2026-06-15T11:30:00Z', '2026-06-15T19:30:00Z'], // Monday
    ]);
  });

  it('clips to the range asked for and merges touching hours', () => {
    const person: PersonSchedule = {
      zone: 'Asia/Kolkata',
      weekly: [
        { weekday: 2, start: '13:00', end: '17:00' },
        { weekday: 2, start: '09:00', end: '13:00' },
        { weekday: 2, start: '10:00', end: '11:00' },
      ],
    };
    const free = availableIntervals(person, at('2026-06-16T05:00:00Z'), at('2026-06-16T10:00:00Z'));
    expect(iso(free)).toEqual([['2026-06-16T05:00:00Z', '2026-06-16T10:00:00Z']]);
    expect(availableIntervals(person, at('2026-06-16T10:00:00Z'), at('2026-06-16T10:00:00Z'))).toEqual([]);
  });

  it('runs hours to midnight with 24:00 and joins them to the next day’s', () => {
    const person: PersonSchedule = {
      zone: 'Asia/Kolkata', // +05:30 all year
      weekly: [
        { weekday: 2, start: '20:00', end: '24:00' },
        { weekday: 3, start: '00:00', end: '02:00' },
      ],
    };
    expect(around(person, '2026-06-16')).toEqual([['2026-06-16T14:30:00Z', '2026-06-16T20:30:00Z']]);
  });

  it('applies exceptions: a day off, and special hours that replace the week’s', () => {
    const person: PersonSchedule = {
      ...london,
      exceptions: [
        { date: '2026-06-15', hours: [] },
        {
          date: '2026-06-16',
          hours: [
            { start: '07:00', end: '08:00' },
            { start: '18:00', end: '19:30' },
          ],
        },
      ],
    };
    const free = availableIntervals(person, at('2026-06-15T00:00:00Z'), at('2026-06-18T00:00:00Z'));
    expect(iso(free)).toEqual([
      ['2026-06-16T06:00:00Z', '2026-06-16T07:00:00Z'],
      ['2026-06-16T17:00:00Z', '2026-06-16T18:30:00Z'],
      ['2026-06-17T08:00:00Z', '2026-06-17T16:00:00Z'],
    ]);
  });

  it('takes out busy times given overlapping and out of order', () => {
    const person: PersonSchedule = {
      ...london,
      busy: [
        span('2026-06-16T15:00:00Z', '2026-06-16T17:00:00Z'),
        span('2026-06-16T09:30:00Z', '2026-06-16T10:30:00Z'),
        span('2026-06-16T09:00:00Z', '2026-06-16T10:00:00Z'),
        span('2026-06-16T07:00:00Z', '2026-06-16T08:15:00Z'),
        span('2026-06-16T12:00:00Z', '2026-06-16T12:00:00Z'), // empty: takes nothing
      ],
    };
    expect(iso(availableIntervals(person, at(TUESDAY[0]), at(TUESDAY[1])))).toEqual([
      ['2026-06-16T08:15:00Z', '2026-06-16T09:00:00Z'],
      ['2026-06-16T10:30:00Z', '2026-06-16T15:00:00Z'],
    ]);
  });
});

describe('availableIntervals on the days clocks change', () => {
  it('St John’s spring (2026-03-08, 02:00 NST → 03:00 NDT): 00:00–08:00 is 7 hours', () => {
    const free = around({ zone: 'America/St_Johns', weekly: sunday('00:00', '08:00') }, '2026-03-08');
    expect(free).toEqual([['2026-03-08T03:30:00Z', '2026-03-08T10:30:00Z']]);
    expect(hours(free[0])).toBe(7);
  });

  it('St John’s spring: a start in the gap moves forward by the gap (02:30 → 03:30 NDT)', () => {
    const free = around({ zone: 'America/St_Johns', weekly: sunday('02:30', '04:00') }, '2026-03-08');
    expect(free).toEqual([['2026-03-08T06:00:00Z', '2026-03-08T06:30:00Z']]);
  });

  it('St John’s autumn (2026-11-01, 02:00 NDT → 01:00 NST): 00:00–08:00 is 9 hours', () => {
    const free = around({ zone: 'America/St_Johns', weekly: sunday('00:00', '08:00') }, '2026-11-01');
    expect(free).toEqual([['2026-11-01T02:30:00Z', '2026-11-01T11:30:00Z']]);
    expect(hours(free[0])).toBe(9);
  });

  it('St John’s autumn: a start in the repeated hour is the first 01:30 (NDT)', () => {
    const free = around({ zone: 'America/St_Johns', weekly: sunday('01:30', '03:00') }, '2026-11-01');
    expect(free).toEqual([['2026-11-01T04:00:00Z', '2026-11-01T06:30:00Z']]);
    expect(hours(free[0])).toBe(2.5);
  });

  it('London spring (2026-03-29) is 7 hours and autumn (2026-10-25) 9', () => {
    const person = { zone: 'Europe/London', weekly: sunday('00:00', '08:00') };
    expect(around(person, '2026-03-29')).toEqual([['2026-03-29T00:00:00Z', '2026-03-29T07:00:00Z']]);
    expect(around(person, '2026-10-25')).toEqual([['2026-10-24T23:00:00Z', '2026-10-25T08:00:00Z']]);
  });

  it('London: 09:00–17:00 the day after a change is in the new offset', () => {
    const person = { zone: 'Europe/London', weekly: WEEKDAYS_9_TO_5 };
    expect(around(person, '2026-03-30')[0]).toEqual(['2026-03-30T08:00:00Z', '2026-03-30T16:00:00Z']);
    expect(around(person, '2026-10-26')[0]).toEqual(['2026-10-26T09:00:00Z', '2026-10-26T17:00:00Z']);
  });

  it('Sydney, southern hemisphere: April (2026-04-05) gains an hour, October (2026-10-04) loses one', () => {
    const person = { zone: 'Australia/Sydney', weekly: sunday('00:00', '08:00') };
    const april = around(person, '2026-04-05');
    expect(april).toEqual([['2026-04-04T13:00:00Z', '2026-04-04T22:00:00Z']]);
    expect(hours(april[0])).toBe(9);
    const october = around(person, '2026-10-04');
    expect(october).toEqual([['2026-10-03T14:00:00Z', '2026-10-03T21:00:00Z']]);
    expect(hours(october[0])).toBe(7);
  });

  it('Lord Howe shifts by half an hour: 8.5 hours in April, 7.5 in October', () => {
    const person = { zone: 'Australia/Lord_Howe', weekly: sunday('00:00', '08:00') };
    const april = around(person, '2026-04-05'); // 02:00 (+11:00) → 01:30 (+10:30)
    expect(april).toEqual([['2026-04-04T13:00:00Z', '2026-04-04T21:30:00Z']]);
    expect(hours(april[0])).toBe(8.5);
    const october = around(person, '2026-10-04'); // 02:00 (+10:30) → 02:30 (+11:00)
    expect(october).toEqual([['2026-10-03T13:30:00Z', '2026-10-03T21:00:00Z']]);
    expect(hours(october[0])).toBe(7.5);
  });

  it('Lord Howe: a start in the half-hour gap moves forward half an hour', () => {
    const person = { zone: 'Australia/Lord_Howe', weekly: sunday('02:15', '03:00') };
    expect(around(person, '2026-10-04')).toEqual([['2026-10-03T15:45:00Z', '2026-10-03T16:00:00Z']]);
  });

  it('a range that starts in the gap and ends just after it is empty that day', () => {
    // London 2026-03-29: 01:30 does not exist and becomes 02:30 BST, after the 02:15 end.
    const person = { zone: 'Europe/London', weekly: sunday('01:30', '02:15') };
    expect(around(person, '2026-03-29')).toEqual([]);
    expect(around(person, '2026-04-05')).toEqual([['2026-04-05T00:30:00Z', '2026-04-05T01:15:00Z']]);
  });

  it('Kolkata, a half-hour zone without daylight saving, is +05:30 in March and October alike', () => {
    const person = { zone: 'Asia/Kolkata', weekly: WEEKDAYS_9_TO_5 };
    expect(around(person, '2026-03-30')[0]).toEqual(['2026-03-30T03:30:00Z', '2026-03-30T11:30:00Z']);
    expect(around(person, '2026-10-26')[0]).toEqual(['2026-10-26T03:30:00Z', '2026-10-26T11:30:00Z']);
  });

  it('matches Temporal’s own “compatible” conversion for every quarter hour of 2026 in many zones', () => {
    // Sundays (when most zones change) get a range starting and ending on every quarter hour
    // from 00:00 to 04:00; Saturdays run to 24:00; the week has ordinary hours.
    const dense: WeeklyRule[] = [];
    for (let m = 0; m < 240; m += 15) {
      const hhmm = (x: number) =>
        `${String(Math.floor(x / 60)).padStart(2, '0')}:${String(x % 60).padStart(2, '0')}`;
      dense.push({ weekday: 7, start: hhmm(m), end: hhmm(m + 10) });
    }
    const weekly = [...dense, ...WEEKDAYS_9_TO_5, { weekday: 6, start: '22:00', end: '24:00' }];
    const zones = [
      'America/St_Johns',
      'Europe/London',
      'Australia/Sydney',
      'Australia/Lord_Howe',
      'Asia/Kolkata',
      'America/Santiago', // changes at midnight
      'Asia/Beirut', // changes at midnight
      'America/New_York',
    ];
    const from = at('2025-12-31T00:00:00Z');
    const to = at('2027-01-02T00:00:00Z');
    for (const zone of zones) {
      const expected = reference({ zone, weekly }, from, to);
      expect(iso(availableIntervals({ zone, weekly }, from, to)), zone).toEqual(expected);
    }
  });
});

/** The plain way: ask Temporal for every wall time, one local day at a time. */
function reference(person: PersonSchedule, from: Temporal.Instant, to: Temporal.Instant): string[][] {
  const spans: [number, number][] = [];
  const toInstant = (date: Temporal.PlainDate, minutes: number) =>
    date
      .add({ days: Math.floor(minutes / 1440) })
      .toPlainDateTime({ hour: Math.floor((minutes % 1440) / 60), minute: minutes % 60 })
      .toZonedDateTime(person.zone, { disambiguation: 'compatible' }).epochMilliseconds;
  const last = to.toZonedDateTimeISO(person.zone).toPlainDate();
  for (
    let d = from.toZonedDateTimeISO(person.zone).toPlainDate().subtract({ days: 1 });
    ;
    d = d.add({ days: 1 })
  ) {
    if (Temporal.PlainDate.compare(d, last) > 0) break;
    for (const rule of person.weekly.filter((r) => r.weekday === d.dayOfWeek)) {
      const s = Math.max(toInstant(d, minutesOfDay(rule.start)), from.epochMilliseconds);
      const e = Math.min(toInstant(d, minutesOfDay(rule.end)), to.epochMilliseconds);
      if (s < e) spans.push([s, e]);
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [s, e] of spans) {
    const prev = merged[merged.length - 1];
    if (prev && s <= prev[1]) prev[1] = Math.max(prev[1], e);
    else merged.push([s, e]);
  }
  return merged.map(([s, e]) => [
    Temporal.Instant.fromEpochMilliseconds(s).toString(),
    Temporal.Instant.fromEpochMilliseconds(e).toString(),
  ]);
}

describe('freeSlots', () => {
  it('finds the hours three people in three zones share (11:30Z–16:00Z)', () => {
    const slots = tuesday([stJohns, london, berlin], 60, { step: 30 });
    expect(starts(slots)).toEqual([
      '2026-06-16T11:30:00Z',
      '2026-06-16T12:00:00Z',
      '2026-06-16T12:30:00Z',
      '2026-06-16T13:00:00Z',
      '2026-06-16T13:30:00Z',
      '2026-06-16T14:00:00Z',
      '2026-06-16T14:30:00Z',
      '2026-06-16T15:00:00Z',
    ]);
    expect(slots[7]?.end.toString()).toBe('2026-06-16T16:00:00Z');
  });

  it('aligns starts to the step on the first person’s wall clock, or the zone asked for', () => {
    // 09:00 NDT is 11:30Z: on the hour in St John's is half past in UTC.
    expect(starts(tuesday([stJohns, london], 60, { step: 60 }))).toEqual([
      '2026-06-16T11:30:00Z',
      '2026-06-16T12:30:00Z',
      '2026-06-16T13:30:00Z',
      '2026-06-16T14:30:00Z',
    ]);
    expect(starts(tuesday([london, stJohns], 60, { step: 60 }))).toEqual([
      '2026-06-16T12:00:00Z',
      '2026-06-16T13:00:00Z',
      '2026-06-16T14:00:00Z',
      '2026-06-16T15:00:00Z',
    ]);
    expect(starts(tuesday([stJohns, london], 60, { step: 60, alignZone: 'UTC' }))).toEqual(
      starts(tuesday([london, stJohns], 60, { step: 60 })),
    );
  });

  it('keeps the wall-clock step when a half-hour shift happens mid-range (Lord Howe)', () => {
    const person = { zone: 'Australia/Lord_Howe', weekly: sunday('00:00', '04:00') };
    const slots = freeSlots([person], at('2026-10-03T00:00:00Z'), at('2026-10-05T00:00:00Z'), 60, {
      step: 60,
    });
    // 00:00 and 01:00 at +10:30, then 03:00 at +11:00 (02:30–03:30 would start off the hour).
    expect(starts(slots)).toEqual(['2026-10-03T13:30:00Z', '2026-10-03T14:30:00Z', '2026-10-03T16:00:00Z']);
  });

  it('respects a day off and special hours', () => {
    const off = { ...london, exceptions: [{ date: '2026-06-16', hours: [] }] };
    expect(tuesday([stJohns, off, berlin], 60, { step: 30 })).toEqual([]);
    const special = {
      ...london,
      exceptions: [
        {
          date: '2026-06-16',
          hours: [
            { start: '13:00', end: '14:00' },
            { start: '15:00', end: '17:00' },
          ],
        },
      ],
    };
    expect(starts(tuesday([stJohns, special, berlin], 60, { step: 30 }))).toEqual([
      '2026-06-16T12:00:00Z',
      '2026-06-16T14:00:00Z',
      '2026-06-16T14:30:00Z',
      '2026-06-16T15:00:00Z',
    ]);
  });

  it('never proposes a time that collides with someone’s other interviews', () => {
    const busy = [
      span('2026-06-16T13:00:00Z', '2026-06-16T14:00:00Z'),
      span('2026-06-16T20:00:00Z', '2026-06-16T21:00:00Z'),
      span('2026-06-16T12:30:00Z', '2026-06-16T13:15:00Z'),
    ];
    const slots = tuesday([{ ...stJohns, busy }, london, berlin], 60, { step: 30 });
    expect(starts(slots)).toEqual([
      '2026-06-16T11:30:00Z',
      '2026-06-16T14:00:00Z',
      '2026-06-16T14:30:00Z',
      '2026-06-16T15:00:00Z',
    ]);
    for (const slot of slots) expect(collides(slot, busy)).toBe(false);
  });

  it('finds nothing when the duration is longer than every shared window', () => {
    expect(tuesday([stJohns, london, berlin], 300)).toEqual([]);
    expect(iso(tuesday([stJohns, london, berlin], 270))).toEqual([
      ['2026-06-16T11:30:00Z', '2026-06-16T16:00:00Z'],
    ]);
  });

  it('honours minimum notice and a limit', () => {
    const now = at('2026-06-16T10:00:00Z');
    const slots = tuesday([stJohns, london, berlin], 60, {
      step: 30,
      minNotice: { now, minutes: 120 },
      limit: 3,
    });
    expect(starts(slots)).toEqual(['2026-06-16T12:00:00Z', '2026-06-16T12:30:00Z', '2026-06-16T13:00:00Z']);
  });

  it('refuses a step that does not divide a day, a non-positive duration and an empty panel', () => {
    expect(() => tuesday([london], 60, { step: 7 })).toThrow(/step/);
    expect(() => tuesday([london], 0)).toThrow(/durationMinutes/);
    expect(() => tuesday([], 60)).toThrow(/at least one person/);
  });
});

describe('collides', () => {
  const slot = span('2026-06-16T12:00:00Z', '2026-06-16T13:00:00Z');
  it('is true for any overlap and false for times that only touch', () => {
    expect(collides(slot, [span('2026-06-16T12:59:00Z', '2026-06-16T14:00:00Z')])).toBe(true);
    expect(collides(slot, [span('2026-06-16T11:00:00Z', '2026-06-16T15:00:00Z')])).toBe(true);
    expect(
      collides(slot, [
        span('2026-06-16T13:00:00Z', '2026-06-16T14:00:00Z'),
        span('2026-06-16T11:00:00Z', '2026-06-16T12:00:00Z'),
      ]),
    ).toBe(false);
  });
});

describe('availability schema', () => {
  const valid = { zone: 'America/St_Johns', weekly: WEEKDAYS_9_TO_5, exceptions: [] };
  const messages = (input: unknown) => {
    const r = availability.safeParse(input);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('accepts a zone, weekly hours and exceptions', () => {
    expect(availability.parse({ ...valid, exceptions: [{ date: '2026-12-24', hours: [] }] }).zone).toBe(
      'America/St_Johns',
    );
    expect(availability.parse({ zone: 'UTC', weekly: [] }).exceptions).toEqual([]);
  });

  it('rejects an unknown zone or a fixed offset with a clear message', () => {
    expect(messages({ ...valid, zone: 'Mars/Olympus_Mons' })).toEqual([
      'zone: Unknown time zone: use a name such as Europe/London or America/St_Johns',
    ]);
    expect(messages({ ...valid, zone: '+05:30' })[0]).toMatch(/^zone: Unknown time zone/);
  });

  it('rejects bad hours, weekdays and repeated dates, naming the field', () => {
    expect(messages({ ...valid, weekly: [{ weekday: 1, start: '17:00', end: '09:00' }] })).toEqual([
      'weekly.0.end: End after the start (hours past midnight go on the next day)',
    ]);
    expect(messages({ ...valid, weekly: [{ weekday: 8, start: '09:00', end: '17:00' }] })).toEqual([
      'weekly.0.weekday: Weekdays run from 1 (Monday) to 7 (Sunday)',
    ]);
    expect(messages({ ...valid, weekly: [{ weekday: 1, start: '9am', end: '24:00' }] })).toEqual([
      'weekly.0.start: Use a time such as 09:00',
    ]);
    expect(
      messages({
        ...valid,
        exceptions: [
          { date: '2026-12-24', hours: [] },
          { date: '2026-12-24', hours: [{ start: '09:00', end: '12:00' }] },
        ],
      }),
    ).toEqual(['exceptions.1.date: 2026-12-24 is listed twice; put all its hours in one entry']);
    expect(messages({ ...valid, extra: true })).toHaveLength(1);
  });
});
