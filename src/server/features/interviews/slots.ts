import { Temporal } from 'temporal-polyfill';
import { type AvailabilityException, minutesOfDay, type WeeklyRule } from '../../../shared/availability.ts';

// Free times for an interview: when is everyone on a panel free for the whole duration?
// Pure functions of their availability (weekly hours and exceptions in each person's own zone)
// and their busy times (other interviews, as UTC instants); no clock, no database.
//
// How local hours become instants. Each person's hours are walked one local calendar day at a
// time, so a day on which the clocks change keeps its wall-clock hours: 00:00–08:00 in London
// on the spring change is 7 real hours, on the autumn change 9. A wall time that does not exist
// (the spring gap) or happens twice (the autumn overlap) is resolved as Temporal's 'compatible'
// disambiguation does, which is also what calendar apps do:
//   - in a gap, the time is read with the offset from before the change, so it moves forward by
//     the length of the gap (02:30 on a day the clocks jump from 02:00 to 03:00 is 03:30);
//   - in an overlap, the earlier of the two moments is taken (the first time the clock shows it).
// A range whose start moves past its end that way (it starts inside the gap and ends just
// after it) is empty that day.
//
// Why not call Temporal for every wall time: converting a wall time asks Intl for the zone's
// offset, which costs microseconds, and a month for a ten-person panel needs thousands of them.
// Instead each zone's offsets and changes over the range are read once from Temporal
// (`ZoneOffsets`), and wall times are resolved against that table with the same 'compatible'
// rule; the tests compare the two for every quarter hour of a year in several zones.
//
// Everything inside works on epoch milliseconds with half-open ranges [start, end); the sets
// are combined with sorted sweeps (merge, subtract, intersect), never minute by minute.

/** A span of time between two instants, the end excluded. */
export interface Interval {
  start: Temporal.Instant;
  end: Temporal.Instant;
}

/** Whose free time to look at: their availability plus their other commitments. */
export interface PersonSchedule {
  /** IANA zone the weekly hours and exception dates are written in. */
  zone: string;
  weekly: readonly WeeklyRule[];
  exceptions?: readonly AvailabilityException[];
  /** Other interviews and commitments; may overlap and come in any order. */
  busy?: readonly Interval[];
}

export interface SlotOptions {
  /** Minutes between possible start times; must divide a day (5, 10, 15, 20, 30, 60…). Default 15. */
  step?: number;
  /** No slot may start sooner than `minutes` after `now`. */
  minNotice?: { now: Temporal.Instant; minutes: number };
  /** Stop after this many slots (the earliest ones). */
  limit?: number;
  /**
   * Zone whose wall clock the start times are aligned to. Default: the first person's zone (the
   * organiser), so a 60-minute step in St John's gives 09:00, 10:00 rather than 09:30, 10:30.
   */
  alignZone?: string;
}

interface Span {
  start: number;
  end: number;
}

const MINUTE = 60_000;
const DAY = 86_400_000;
/** How far outside the asked range zone offsets are read, to cover whole local days around it. */
const MARGIN = 3 * DAY;

/**
 * A zone's UTC offsets over a window of time, read from Temporal once. Assumes changes are
 * more than two days apart, as in every zone's rules since the 1940s.
 */
class ZoneOffsets {
  /** Epoch ms at which each offset takes effect; the first applies from the window's start. */
  private readonly starts: number[] = [-Infinity];
  private readonly offsets: number[];

  constructor(zone: string, fromMs: number, toMs: number) {
    let zdt: Temporal.ZonedDateTime | null =
      Temporal.Instant.fromEpochMilliseconds(fromMs).toZonedDateTimeISO(zone);
    this.offsets = [zdt.offsetNanoseconds / 1e6];
    for (;;) {
      zdt = zdt.getTimeZoneTransition('next');
      if (!zdt || zdt.epochMilliseconds > toMs) break;
      this.starts.push(zdt.epochMilliseconds);
      this.offsets.push(zdt.offsetNanoseconds / 1e6);
    }
  }

  /** Offset in ms at an instant (epoch ms). */
  at(ms: number): number {
    let i = this.starts.length - 1;
    while (ms < (this.starts[i] as number)) i--;
    return this.offsets[i] as number;
  }

  /** The instant (epoch ms) of a local wall time given as ms since 1970-01-01T00:00 local; 'compatible'. */
  resolve(wall: number): number {
    const before = this.at(wall - DAY);
    const after = this.at(wall + DAY);
    const early = wall - before;
    if (before === after) return early;
    const late = wall - after;
    const earlyOk = this.at(early) === before;
    const lateOk = this.at(late) === after;
    if (earlyOk && lateOk) return Math.min(early, late); // overlap: the first time the clock shows it
    if (lateOk) return late;
    return early; // valid with the old offset, or in the gap: read with the old offset, moving forward
  }
}

/** Sorted, non-overlapping, non-touching spans from any spans; empty ones dropped. */
function normalise(spans: Span[]): Span[] {
  let sorted = true;
  for (let i = 1; i < spans.length; i++)
    if ((spans[i] as Span).start < (spans[i - 1] as Span).start) {
      sorted = false;
      break;
    }
  if (!sorted) spans.sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of spans) {
    if (s.end <= s.start) continue;
    const last = out[out.length - 1];
    if (last && s.start <= last.end) {
      if (s.end > last.end) last.end = s.end;
    } else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** `a` minus `b`, both normalised. */
function subtract(a: readonly Span[], b: readonly Span[]): Span[] {
  const out: Span[] = [];
  let j = 0;
  for (const span of a) {
    let start = span.start;
    while (j < b.length && (b[j] as Span).end <= start) j++;
    let k = j;
    while (k < b.length && (b[k] as Span).start < span.end) {
      const cut = b[k] as Span;
      if (cut.start > start) out.push({ start, end: cut.start });
      if (cut.end > start) start = cut.end;
      k++;
    }
    if (start < span.end) out.push({ start, end: span.end });
  }
  return out;
}

/** Where `a` and `b` (both normalised) overlap. */
function intersect(a: readonly Span[], b: readonly Span[]): Span[] {
  const out: Span[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as Span;
    const y = b[j] as Span;
    const start = Math.max(x.start, y.start);
    const end = Math.min(x.end, y.end);
    if (start < end) out.push({ start, end });
    if (x.end < y.end) i++;
    else j++;
  }
  return out;
}

/** Minute ranges per ISO weekday (index 1–7) or per exception day, merged. */
type DayHours = Array<[number, number]>;

function dayHours(ranges: readonly { start: string; end: string }[]): DayHours {
  const spans = normalise(ranges.map((r) => ({ start: minutesOfDay(r.start), end: minutesOfDay(r.end) })));
  return spans.map((s) => [s.start, s.end]);
}

/** Days since 1970-01-01 for 'YYYY-MM-DD'. */
function epochDay(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY;
}

/** ISO weekday (Monday = 1) of a day counted from 1970-01-01, which was a Thursday. */
function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** A person's working hours as instants within [fromMs, toMs), busy times not yet removed. */
function workingSpans(person: PersonSchedule, fromMs: number, toMs: number): Span[] {
  const zone = new ZoneOffsets(person.zone, fromMs - MARGIN, toMs + MARGIN);
  const weekly: DayHours[] = [[]];
  for (let weekday = 1; weekday <= 7; weekday++)
    weekly.push(dayHours(person.weekly.filter((r) => r.weekday === weekday)));
  const exceptions = new Map<number, DayHours>();
  for (const e of person.exceptions ?? []) exceptions.set(epochDay(e.date), dayHours(e.hours));

  const spans: Span[] = [];
  // From the local day before `from` (hours it runs to 24:00 must join the first day's, and one
  // spare day costs nothing) to the local day of `to`.
  const firstDay = Math.floor((fromMs + zone.at(fromMs)) / DAY) - 1;
  const lastDay = Math.floor((toMs + zone.at(toMs)) / DAY);
  for (let day = firstDay; day <= lastDay; day++) {
    const hours = exceptions.get(day) ?? (weekly[isoWeekday(day)] as DayHours);
    for (const [from, to] of hours) {
      const start = Math.max(zone.resolve(day * DAY + from * MINUTE), fromMs);
      const end = Math.min(zone.resolve(day * DAY + to * MINUTE), toMs);
      if (start < end) spans.push({ start, end });
    }
  }
  return normalise(spans);
}

function busySpans(busy: readonly Interval[] | undefined): Span[] {
  if (!busy?.length) return [];
  return normalise(busy.map((b) => ({ start: b.start.epochMilliseconds, end: b.end.epochMilliseconds })));
}

function freeSpans(person: PersonSchedule, fromMs: number, toMs: number): Span[] {
  return subtract(workingSpans(person, fromMs, toMs), busySpans(person.busy));
}

const toInterval = (s: Span): Interval => ({
  start: Temporal.Instant.fromEpochMilliseconds(s.start),
  end: Temporal.Instant.fromEpochMilliseconds(s.end),
});

/** When a person is free between two instants: their hours in their zone, minus busy times; sorted. */
export function availableIntervals(
  person: PersonSchedule,
  from: Temporal.Instant,
  to: Temporal.Instant,
): Interval[] {
  const fromMs = from.epochMilliseconds;
  const toMs = to.epochMilliseconds;
  if (fromMs >= toMs) return [];
  return freeSpans(person, fromMs, toMs).map(toInterval);
}

/**
 * Start and end times, in order, at which everyone is free for the whole `durationMinutes`.
 * Starts fall on multiples of `step` minutes on the align zone's wall clock (see SlotOptions),
 * and are found from the intersection of everyone's free spans, not minute by minute.
 */
export function freeSlots(
  people: readonly PersonSchedule[],
  from: Temporal.Instant,
  to: Temporal.Instant,
  durationMinutes: number,
  options: SlotOptions = {},
): Interval[] {
  const step = options.step ?? 15;
  if (!Number.isInteger(step) || step < 1 || 1440 % step !== 0)
    throw new RangeError(`step must be a whole number of minutes that divides a day, not ${step}`);
  if (!Number.isInteger(durationMinutes) || durationMinutes < 1)
    throw new RangeError(`durationMinutes must be a positive whole number, not ${durationMinutes}`);
  const first = people[0];
  if (!first) throw new RangeError('freeSlots needs at least one person');
  const limit = options.limit ?? Number.POSITIVE_INFINITY;

  let fromMs = from.epochMilliseconds;
  const toMs = to.epochMilliseconds;
  if (options.minNotice)
    fromMs = Math.max(fromMs, options.minNotice.now.epochMilliseconds + options.minNotice.minutes * MINUTE);
  if (fromMs >= toMs || limit < 1) return [];

  const duration = durationMinutes * MINUTE;
  let common: Span[] | null = null;
  for (const person of people) {
    const free = freeSpans(person, fromMs, toMs).filter((s) => s.end - s.start >= duration);
    common = common ? intersect(common, free) : free;
    if (common.length === 0) return [];
  }

  const align = new ZoneOffsets(options.alignZone ?? first.zone, fromMs - MARGIN, toMs + MARGIN);
  const stepMs = step * MINUTE;
  /** The first instant at or after `t` that is a multiple of the step on the wall clock at `offset`. */
  const alignUp = (t: number, offset: number) => {
    const r = (((t + offset) % stepMs) + stepMs) % stepMs;
    return r === 0 ? t : t + stepMs - r;
  };

  const slots: Interval[] = [];
  for (const span of common as Span[]) {
    let t = span.start;
    while (slots.length < limit) {
      const offset = align.at(t);
      const start = alignUp(t, offset);
      if (start + duration > span.end) break;
      // The clocks changed between t and start: align again with the new offset.
      if (align.at(start) !== offset && alignUp(start, align.at(start)) !== start) {
        t = start;
        continue;
      }
      slots.push(toInterval({ start, end: start + duration }));
      t = start + stepMs;
    }
    if (slots.length >= limit) break;
  }
  return slots;
}

/** True when the slot overlaps any busy time (touching end to start is not a collision). */
export function collides(slot: Interval, busy: readonly Interval[]): boolean {
  return busy.some(
    (b) => Temporal.Instant.compare(b.start, slot.end) < 0 && Temporal.Instant.compare(slot.start, b.end) < 0,
  );
}
