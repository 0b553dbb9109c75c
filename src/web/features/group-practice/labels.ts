import type { RunState } from '../../../shared/group-practice.ts';

/** How a run's state reads in lists, for the member and for staff. */
export const STATE_LABELS: Record<RunState, string> = {
  waiting: 'Waiting to start',
  running: 'On the clock now',
  'time-up': 'Time is up',
  finished: 'Closed',
};

/** "4 of 5" as words a rating reads with. */
export const ratingText = (n: number | null) => (n === null ? 'No rating' : `${n} out of 5`);
