import type { Availability } from '../../../shared/availability.ts';

// The availability editor's form state and its two seams with the API: turning the saved
// rules into one row per weekday (and per exception date), and turning the rows back into the
// PUT body. The body's arrays are flat, so building it also records which form input each
// array index came from; server and schema errors ("weekly.3.end") are mapped back with it.

export interface HoursRow {
  /** A React key that stays with the row while rows above it are added or removed. */
  key: string;
  start: string;
  end: string;
}

export interface DayRows {
  /** ISO weekday, Monday = 1 … Sunday = 7. */
  weekday: number;
  hours: HoursRow[];
}

export interface ExceptionRow {
  key: string;
  date: string;
  dayOff: boolean;
  hours: HoursRow[];
}

export interface AvailabilityForm {
  zone: string;
  days: DayRows[];
  exceptions: ExceptionRow[];
}

export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

let lastKey = 0;
/** A key unique within this page. */
export function newKey(): string {
  lastKey += 1;
  return `r${lastKey}`;
}

// A time input cannot show 24:00, so "until midnight" is entered as 00:00. An end of 00:00 is
// never valid otherwise (the end must come after the start), so the two never clash.
const endToForm = (end: string) => (end === '24:00' ? '00:00' : end);
const endToApi = (end: string) => (end === '00:00' ? '24:00' : end);

const byStart = (a: { start: string }, b: { start: string }) => a.start.localeCompare(b.start);

export function hoursRow(start = '09:00', end = '17:00'): HoursRow {
  return { key: newKey(), start, end };
}

/**
 * A new range for a day: the hour after its last range (the second half of a split day),
 * or a working day when it has none yet.
 */
export function nextHours(rows: readonly HoursRow[]): HoursRow {
  const last = rows.at(-1);
  if (!last) return hoursRow();
  const m = /^(\d{2}):(\d{2})$/.exec(last.end);
  const from = m ? Number(m[1]) * 60 + Number(m[2]) : Number.NaN;
  if (!(from > 0 && from < 1440)) return hoursRow('', '');
  const to = Math.min(from + 60, 1440);
  const hhmm = (n: number) =>
    `${String(Math.floor(n / 60) % 24).padStart(2, '0')}:${String(n % 60).padStart(2, '0')}`;
  return hoursRow(hhmm(from), hhmm(to));
}

/** The saved availability as rows: every weekday Monday to Sunday, exceptions by date. */
export function toForm(a: Availability): AvailabilityForm {
  return {
    zone: a.zone,
    days: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
      weekday,
      hours: a.weekly
        .filter((r) => r.weekday === weekday)
        .sort(byStart)
        .map((r) => hoursRow(r.start, endToForm(r.end))),
    })),
    exceptions: [...a.exceptions]
      .sort((x, y) => x.date.localeCompare(y.date))
      .map((e) => ({
        key: newKey(),
        date: e.date,
        dayOff: e.hours.length === 0,
        hours: [...e.hours].sort(byStart).map((h) => hoursRow(h.start, endToForm(h.end))),
      })),
  };
}

/** The name of a form input, as the editor keys its errors. */
export const fieldName = {
  dayHours: (weekday: number, i: number, part: 'start' | 'end') => `days.${weekday}.${i}.${part}`,
  exceptionDate: (key: string) => `exceptions.${key}.date`,
  exceptionHours: (key: string, i: number, part: 'start' | 'end') => `exceptions.${key}.${i}.${part}`,
};

export interface Built {
  body: Availability;
  /** API error path prefix ("weekly.3") → form input name prefix ("days.1.0"). */
  paths: Map<string, string>;
}

/**
 * The PUT body for the form, with the map from its array indexes back to the inputs. An
 * exception marked as a day off sends no hours even if some were typed before it was ticked.
 */
export function toBody(form: AvailabilityForm): Built {
  const paths = new Map<string, string>();
  const weekly: Availability['weekly'] = [];
  for (const day of form.days) {
    day.hours.forEach((h, i) => {
      paths.set(`weekly.${weekly.length}`, `days.${day.weekday}.${i}`);
      weekly.push({ weekday: day.weekday, start: h.start, end: endToApi(h.end) });
    });
  }
  const exceptions = form.exceptions.map((e, n) => {
    paths.set(`exceptions.${n}`, `exceptions.${e.key}`);
    const hours = e.dayOff ? [] : e.hours;
    hours.forEach((_, i) => {
      paths.set(`exceptions.${n}.hours.${i}`, `exceptions.${e.key}.${i}`);
    });
    return { date: e.date, hours: hours.map((h) => ({ start: h.start, end: endToApi(h.end) })) };
  });
  return { body: { zone: form.zone.trim(), weekly, exceptions }, paths };
}

/**
 * Errors keyed by API path turned into errors keyed by form input name. The longest known
 * prefix wins ("exceptions.0.hours.1.end" before "exceptions.0"); paths with no input of their
 * own ("weekly" for too many ranges, "_") are kept as they are for the summary.
 */
export function toFormErrors(apiErrors: Record<string, string>, paths: Map<string, string>) {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(apiErrors)) {
    const parts = path.split('.');
    let mapped = path;
    for (let n = parts.length; n > 0; n--) {
      const prefix = parts.slice(0, n).join('.');
      const target = paths.get(prefix);
      if (target !== undefined) {
        // "exceptions.0.hours" would otherwise become "exceptions.<key>.hours": the hours of a
        // date as a whole belong next to its date.
        const rest = parts.slice(n);
        mapped = rest[0] === 'hours' && rest.length === 1 ? `${target}.date` : [target, ...rest].join('.');
        break;
      }
    }
    out[mapped] ??= message;
  }
  return out;
}

/** "Thursday, December 24, 2026" for "2026-12-24", the same in every time zone. */
export function formatPlainDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  const at = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (Number.isNaN(at.getTime())) return date;
  return at.toLocaleDateString('en-US', {
    timeZone: 'UTC',
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  });
}
