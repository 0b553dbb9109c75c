import {
  CRITERIA,
  CRITERION_LABELS,
  type Criterion,
  SCORE_LABELS,
  type Scores,
} from '../../../shared/mock-interviews.ts';

// How scores read on screen, the same for the recruiter and the candidate.

/** "4 · Good"; a dash for a criterion not scored yet. */
export function scoreWords(score: number | null): string {
  if (score === null) return '–';
  return `${score} · ${SCORE_LABELS[score as keyof typeof SCORE_LABELS] ?? ''}`;
}

/** "3.4 of 5", or "Not scored yet". */
export function averageWords(average: number | null): string {
  return average === null ? 'Not scored yet' : `${average} of 5`;
}

/** Which criteria an answer still lacks, by label (for a "scored" line and for validation). */
export function missingCriteria(scores: Partial<Record<Criterion, number | null>>): Criterion[] {
  return CRITERIA.filter((c) => scores[c] == null);
}

export const isScored = (scores: Scores) => missingCriteria(scores).length === 0;

export const criterionLabel = (c: Criterion) => CRITERION_LABELS[c];
