import type { TrendName } from '../../../shared/insights.ts';
import { TREND_MARKS, TREND_WORDS } from './words.ts';

/** A trend as a word with a mark beside it: it never rests on colour alone. */
export function TrendBadge({ trend }: { trend: TrendName }) {
  return (
    <span className={`badge trend-${trend}`}>
      <span aria-hidden="true">{TREND_MARKS[trend]} </span>
      {TREND_WORDS[trend]}
    </span>
  );
}
