import type { FollowThroughFigure, FollowThroughReport } from '../../../shared/follow-through.ts';
import { count, periodWords } from './words.ts';

// Follow-through figures in words, for the report's caption and the candidate page.

/** "80%", or a dash when nothing committed has an outcome yet. */
export function percent(rate: number | null): string {
  return rate === null ? '–' : `${Math.round(rate * 100)}%`;
}

/** "12 of 15 committed interviews kept (80%)"; "1 of 1 committed interview kept (100%)". */
export function keptWords(f: FollowThroughFigure): string {
  return `${f.kept.toLocaleString('en-US')} of ${count(f.committed, 'committed interview')} kept (${percent(f.rate)})`;
}

/** ", and 2 more waiting for an outcome" or nothing. */
export function pendingWords(f: FollowThroughFigure): string {
  return f.pending ? `, and ${f.pending.toLocaleString('en-US')} more waiting for an outcome` : '';
}

/** The report's caption: what was kept, what is waiting, over which days. */
export function followThroughCaption(r: FollowThroughReport): string {
  return `${keptWords(r.agency)}${pendingWords(r.agency)}, for interviews set ${periodWords(r.period)}, by ${r.bucket}.`;
}

/** A sentence instead of the chart when it would have no point to draw, or null. */
export function followThroughEmpty(r: FollowThroughReport): string | null {
  if (r.agency.committed > 0) return null;
  if (r.agency.pending > 0)
    return `No interview in this period has a recorded outcome yet; ${count(r.agency.pending, 'is', 'are')} waiting for one.`;
  return 'Nobody had a booked interview in this period.';
}
