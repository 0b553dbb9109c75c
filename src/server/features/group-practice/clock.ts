import type { RunState } from '../../../shared/group-practice.ts';

// The one clock of a group run. Everyone reads the same started_at and ends_at, so every
// member's countdown ends together; these rules decide what each may do at a given instant.

export interface RunTimes {
  startedAt: string | null;
  endsAt: string | null;
  finishedAt: string | null;
}

/** Where the run stands at `now` (milliseconds). */
export function runState(run: RunTimes, now: number): RunState {
  if (run.finishedAt) return 'finished';
  if (!run.startedAt || !run.endsAt) return 'waiting';
  return now < Date.parse(run.endsAt) ? 'running' : 'time-up';
}

/** The instants a run starting at `now` starts and ends, as ISO strings. */
export function startTimes(now: number, minutes: number): { startedAt: string; endsAt: string } {
  return { startedAt: new Date(now).toISOString(), endsAt: new Date(now + minutes * 60_000).toISOString() };
}

/** Private notes may be written while the run is open, before the start included. */
export const canWriteNotes = (state: RunState) => state !== 'finished';

/** The self-review is written once the exercise has taken place: time up, or closed after a start. */
export function canReview(run: RunTimes, now: number): boolean {
  const state = runState(run, now);
  return run.startedAt !== null && (state === 'time-up' || state === 'finished');
}
