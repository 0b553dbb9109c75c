import { z } from 'zod';

// The availability a recruiter or interviewer edits: the hours they take interviews each week,
// in their own time zone, and the dates that differ (a day off, special hours). Their other
// interviews are not part of it; the server adds them as busy times when it looks for free slots
// (src/server/features/interviews/slots.ts).

/**
 * True for a time-zone name the runtime knows, written as an IANA name ("Europe/London", "UTC").
 * Fixed offsets such as "+05:30" are refused: they never change for daylight saving, so someone
 * who picked one by mistake would be an hour out half the year.
 */
export function isIanaTimeZone(value: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(value)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const ianaTimeZone = z
  .string({ message: 'Choose a time zone such as Europe/London' })
  .trim()
  .min(1, 'Choose a time zone such as Europe/London')
  .max(64, 'Choose a time zone such as Europe/London')
  .refine(isIanaTimeZone, 'Unknown time zone: use a name such as Europe/London or America/St_Johns');

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Minutes after local midnight for 'HH:MM' ('24:00' is the end of the day). */
export function minutesOfDay(value: string): number {
  if (value === '24:00') return 1440;
  if (!HH_MM.test(value)) throw new RangeError(`Not a time of day: ${value}`);
  return Number(value.slice(0, 2)) * 60 + Number(value.slice(3, 5));
}

const startTime = z.string().regex(HH_MM, 'Use a time such as 09:00');
// '24:00' lets hours run to midnight; hours past midnight are a second range on the next day.
const endTime = z
  .string()
  .refine((v) => v === '24:00' || HH_MM.test(v), 'Use a time such as 17:30 (or 24:00 for midnight)');

const startBeforeEnd = {
  check: (r: { start: string; end: string }) =>
    !HH_MM.test(r.start) ||
    !(r.end === '24:00' || HH_MM.test(r.end)) ||
    minutesOfDay(r.start) < minutesOfDay(r.end),
  message: 'End after the start (hours past midnight go on the next day)',
};

/** A range of local wall-clock hours within one day, start before end. */
export const hoursRange = z
  .strictObject({ start: startTime, end: endTime })
  .refine(startBeforeEnd.check, { message: startBeforeEnd.message, path: ['end'] });
export type HoursRange = z.infer<typeof hoursRange>;

/** ISO weekday numbers, Monday = 1 … Sunday = 7 (as Temporal's dayOfWeek). */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** Hours on one weekday, every week; a day may have several (e.g. 09:00–12:00 and 13:00–17:00). */
export const weeklyRule = z
  .strictObject({
    weekday: z
      .number({ message: 'Choose a weekday' })
      .int('Choose a weekday')
      .min(1, 'Weekdays run from 1 (Monday) to 7 (Sunday)')
      .max(7, 'Weekdays run from 1 (Monday) to 7 (Sunday)'),
    start: startTime,
    end: endTime,
  })
  .refine(startBeforeEnd.check, { message: startBeforeEnd.message, path: ['end'] });
export type WeeklyRule = z.infer<typeof weeklyRule>;

/** One local date that differs from the week: no hours is a day off, otherwise these hours replace it. */
export const availabilityException = z.strictObject({
  date: z.iso.date({ message: 'Use a date such as 2026-12-24' }),
  hours: z.array(hoursRange).max(12, 'At most 12 ranges of hours in a day'),
});
export type AvailabilityException = z.infer<typeof availabilityException>;

/** A person's availability as they edit it. Overlapping ranges are allowed and count once. */
export const availability = z
  .strictObject({
    zone: ianaTimeZone,
    weekly: z.array(weeklyRule).max(100, 'At most 100 weekly ranges'),
    exceptions: z.array(availabilityException).max(400, 'At most 400 dates').default([]),
  })
  .superRefine((value, ctx) => {
    const seen = new Set<string>();
    value.exceptions.forEach((e, i) => {
      if (seen.has(e.date))
        ctx.addIssue({
          code: 'custom',
          path: ['exceptions', i, 'date'],
          message: `${e.date} is listed twice; put all its hours in one entry`,
        });
      seen.add(e.date);
    });
  });
export type Availability = z.infer<typeof availability>;
