import {
  CRITERIA,
  CRITERION_LABELS,
  type Criterion,
  type RubricSummary,
  type Scores,
} from '../../../shared/mock-interviews.ts';

// The rubric's arithmetic: averages per criterion over the answers scored so far, an overall
// figure, and the criterion to work on first, in words a candidate can act on.

/** What to practise when a criterion is the weakest. */
const ADVICE: Record<Criterion, string> = {
  structure: 'give each answer a clear shape: the situation, what you did, and how it ended',
  relevance: 'answer the question that was asked and tie it to the role before adding more',
  evidence: 'back each claim with a specific example, a number or a result',
  delivery: 'slow down, keep answers to about two minutes and finish on a clear point',
};

const oneDecimal = (n: number) => Math.round(n * 10) / 10;

/** Scored means all four criteria have a score; a half-scored answer is left out of every average. */
export function isScored(s: Scores): boolean {
  return CRITERIA.every((c) => s[c] !== null);
}

/** Averages, overall and the weakest criterion of a mock interview's answers. */
export function summarizeRubric(answers: readonly Scores[]): RubricSummary {
  const scored = answers.filter(isScored);
  const averages = Object.fromEntries(
    CRITERIA.map((c) => [
      c,
      scored.length ? oneDecimal(scored.reduce((sum, s) => sum + (s[c] ?? 0), 0) / scored.length) : null,
    ]),
  ) as RubricSummary['averages'];
  if (scored.length === 0)
    return { averages, overall: null, scored: 0, total: answers.length, weakest: null };
  const all = scored.flatMap((s) => CRITERIA.map((c) => s[c] ?? 0));
  const overall = oneDecimal(all.reduce((a, b) => a + b, 0) / all.length);
  return { averages, overall, scored: scored.length, total: answers.length, weakest: weakestOf(averages) };
}

/** The lowest average; on a tie the earlier criterion in the rubric, so the answer is stable. */
function weakestOf(averages: RubricSummary['averages']): RubricSummary['weakest'] {
  let low: Criterion = CRITERIA[0];
  for (const c of CRITERIA) if ((averages[c] ?? 0) < (averages[low] ?? 0)) low = c;
  const value = averages[low] ?? 0;
  const even = CRITERIA.every((c) => averages[c] === value);
  const words = even
    ? `All four areas scored the same (${value} of 5). To move up, ${ADVICE[low]}.`
    : `${CRITERION_LABELS[low]} is the area to work on first (${value} of 5): ${ADVICE[low]}.`;
  return { criterion: low, words };
}
