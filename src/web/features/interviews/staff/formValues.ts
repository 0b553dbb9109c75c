import { type InterviewInput, interviewInput, MAX_PROPOSED_TIMES } from '../../../../shared/interview-api.ts';
import type { InterviewFormat, InterviewRound } from '../../../../shared/interviews.ts';
import { issuesToFields } from '../../../ui/validation.ts';
import { instantToWallTime, wallTimeToInstant } from './zonedInput.ts';

// The set-up form's state as typed (strings, wall times) and its one way into the API's input.
// Pure, so the rules (how many time rows, what a written test sends) are tested without a DOM.

/** One time row: wall times in the form's zone, as datetime-local inputs hold them. */
export interface TimeRow {
  startsAt: string;
  /** Only a written test's window has an end. */
  endsAt: string;
}

export type TimesMode = 'fixed' | 'proposed';

export interface InterviewFormValues {
  round: InterviewRound;
  format: InterviewFormat;
  durationMinutes: string;
  location: string;
  videoUrl: string;
  instructions: string;
  zone: string;
  interviewerIds: number[];
  capacity: string;
  alsoInvite: number[];
  mode: TimesMode;
  times: TimeRow[];
}

const EMPTY_ROW: TimeRow = { startsAt: '', endsAt: '' };
/** The fewest rows each mode takes: one fixed time, or at least two to choose from. */
export const MIN_ROWS: Record<TimesMode, number> = { fixed: 1, proposed: 2 };
export const MAX_ROWS: Record<TimesMode, number> = { fixed: 1, proposed: MAX_PROPOSED_TIMES };

export function initialValues(zone: string): InterviewFormValues {
  return {
    round: 'first',
    format: 'video',
    durationMinutes: '60',
    location: '',
    videoUrl: '',
    instructions: '',
    zone,
    interviewerIds: [],
    capacity: '8',
    alsoInvite: [],
    mode: 'fixed',
    times: [{ ...EMPTY_ROW }],
  };
}

/** Switches between one fixed time and several proposed ones, keeping what was typed where it fits. */
export function withMode(v: InterviewFormValues, mode: TimesMode): InterviewFormValues {
  const kept = v.times.slice(0, MAX_ROWS[mode]);
  while (kept.length < MIN_ROWS[mode]) kept.push({ ...EMPTY_ROW });
  return { ...v, mode, times: kept };
}

/**
 * Puts a suggested time into the first empty row, adding a row when all are full and the mode
 * allows more; null when there is no room.
 */
export function withSuggestion(
  v: InterviewFormValues,
  slot: { startsAt: string; endsAt: string },
): InterviewFormValues | null {
  const row: TimeRow = {
    startsAt: instantToWallTime(slot.startsAt, v.zone),
    endsAt: v.format === 'written-test' ? instantToWallTime(slot.endsAt, v.zone) : '',
  };
  const empty = v.times.findIndex((t) => t.startsAt === '');
  if (empty >= 0) return { ...v, times: v.times.map((t, n) => (n === empty ? row : t)) };
  if (v.times.length >= MAX_ROWS[v.mode]) return null;
  return { ...v, times: [...v.times, row] };
}

const numberOrNothing = (s: string) => (s.trim() === '' ? undefined : Number(s));

/** Errors for rows whose wall times are missing or not times at all, keyed as the server keys them. */
function timeErrors(v: InterviewFormValues): Record<string, string> {
  const written = v.format === 'written-test';
  const errors: Record<string, string> = {};
  v.times.forEach((t, n) => {
    if (t.startsAt === '')
      errors[`times.${n}.startsAt`] = written ? 'Choose when the window opens' : 'Choose a date and time';
    else if (!wallTimeToInstant(t.startsAt, v.zone))
      errors[`times.${n}.startsAt`] = 'Use a date and time such as 2026-03-08 14:00';
    if (!written) return;
    if (t.endsAt === '') errors[`times.${n}.endsAt`] = 'Choose when the window closes';
    else if (!wallTimeToInstant(t.endsAt, v.zone))
      errors[`times.${n}.endsAt`] = 'Use a date and time such as 2026-03-10 17:00';
  });
  return errors;
}

/** The API input for these values, or the errors to show, keyed by the API's field paths. */
export function toInterviewInput(
  v: InterviewFormValues,
): { ok: true; input: InterviewInput } | { ok: false; errors: Record<string, string> } {
  const group = v.format === 'group';
  const written = v.format === 'written-test';
  const parsed = interviewInput.safeParse({
    round: v.round,
    format: v.format,
    durationMinutes: numberOrNothing(v.durationMinutes),
    location: v.location,
    videoUrl: v.videoUrl.trim(),
    instructions: v.instructions,
    zone: v.zone,
    interviewerIds: v.interviewerIds,
    capacity: group ? numberOrNothing(v.capacity) : 1,
    alsoInvite: group ? v.alsoInvite : [],
    times: v.times.map((t) => ({
      startsAt: wallTimeToInstant(t.startsAt, v.zone) ?? t.startsAt,
      ...(written ? { endsAt: wallTimeToInstant(t.endsAt, v.zone) ?? t.endsAt } : {}),
    })),
  });
  // The row checks speak of the inputs; they win over the schema's words about instants.
  const errors = { ...(parsed.success ? {} : issuesToFields(parsed.error.issues)), ...timeErrors(v) };
  if (group && v.alsoInvite.length > 0 && !errors.capacity && Number(v.capacity) < 2)
    errors.capacity = 'A group session holds at least 2 people';
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, input: parsed.data };
}

/**
 * A few suggestions worth choosing between: the server lists free starts every few minutes,
 * so keep only those at least `gapMinutes` after the last one kept.
 */
export function spreadSuggestions<T extends { startsAt: string }>(
  slots: T[],
  limit: number,
  gapMinutes = 60,
): T[] {
  const kept: T[] = [];
  let last = Number.NEGATIVE_INFINITY;
  for (const s of slots) {
    const at = Date.parse(s.startsAt);
    if (at - last < gapMinutes * 60_000) continue;
    kept.push(s);
    last = at;
    if (kept.length >= limit) break;
  }
  return kept;
}
