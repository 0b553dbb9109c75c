import type { TimeInput } from '../../../shared/interview-api.ts';
import type { InterviewFormat } from '../../../shared/interviews.ts';

// Turns the times a recruiter typed into slots, or says which field is wrong. Pure: the
// routes pass `now` in, so the rule "no times in the past" is testable without a clock.

export interface SlotTimes {
  startsAt: string;
  endsAt: string;
}

export type Planned = { ok: true; slots: SlotTimes[] } | { ok: false; fields: Record<string, string> };

/**
 * A written test's time is a window (the test's length must fit inside it); every other
 * format lasts its duration from the start.
 */
export function planTime(
  t: TimeInput,
  format: InterviewFormat,
  durationMinutes: number,
  now: Date,
): { ok: true; slot: SlotTimes } | { ok: false; field: 'startsAt' | 'endsAt'; message: string } {
  const start = new Date(t.startsAt);
  if (start.getTime() <= now.getTime())
    return { ok: false, field: 'startsAt', message: 'Choose a time in the future' };
  const length = durationMinutes * 60_000;
  if (format !== 'written-test') {
    if (t.endsAt !== undefined)
      return {
        ok: false,
        field: 'endsAt',
        message: 'Only a written test has a window; give the duration instead',
      };
    return {
      ok: true,
      slot: { startsAt: start.toISOString(), endsAt: new Date(start.getTime() + length).toISOString() },
    };
  }
  if (t.endsAt === undefined)
    return { ok: false, field: 'endsAt', message: 'Give the end of the window to take the test in' };
  const end = new Date(t.endsAt);
  if (end.getTime() - start.getTime() < length)
    return { ok: false, field: 'endsAt', message: 'The window must be at least as long as the test' };
  return { ok: true, slot: { startsAt: start.toISOString(), endsAt: end.toISOString() } };
}

/** All the proposed times, refusing duplicates so the candidate never sees one time twice. */
export function planTimes(
  times: TimeInput[],
  format: InterviewFormat,
  durationMinutes: number,
  now: Date,
): Planned {
  const fields: Record<string, string> = {};
  const slots: SlotTimes[] = [];
  const seen = new Set<string>();
  times.forEach((t, n) => {
    const p = planTime(t, format, durationMinutes, now);
    if (!p.ok) fields[`times.${n}.${p.field}`] = p.message;
    else if (seen.has(p.slot.startsAt)) fields[`times.${n}.startsAt`] = 'This time is already proposed';
    else {
      seen.add(p.slot.startsAt);
      slots.push(p.slot);
    }
  });
  return Object.keys(fields).length > 0 ? { ok: false, fields } : { ok: true, slots };
}
