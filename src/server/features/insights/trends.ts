// Rising and falling: how often something (a question, a skill, a format) came up in this
// period against the period before, both of the same length. Pure.
//
// A change counts only when it is both large and backed by enough interviews: going from 1 to
// 2 mentions doubles, but says nothing. So:
// - each period's figure is a share of that period's interviews (so a busier month does not
//   make everything "rise");
// - "new" when it was never mentioned before and now is, by at least MIN_MENTIONS;
// - "rising" / "falling" when the share moved by at least RELATIVE_CHANGE of the larger share
//   and the mentions behind the larger side are at least MIN_MENTIONS;
// - otherwise "steady".

export const MIN_MENTIONS = 3;
export const RELATIVE_CHANGE = 0.25;

export type Trend = 'new' | 'rising' | 'steady' | 'falling';

export interface PeriodCount {
  /** How many interviews mentioned it. */
  mentions: number;
  /** How many interviews the period had in all (the denominator). */
  interviews: number;
}

export interface TrendResult {
  trend: Trend;
  /** This period's share of interviews, 0 to 1 (0 when the period had none). */
  share: number;
  previousShare: number;
  /** share − previousShare, in share points (−1 to 1). */
  change: number;
}

const shareOf = (p: PeriodCount) => (p.interviews > 0 ? Math.min(1, p.mentions / p.interviews) : 0);

export function trendOf(current: PeriodCount, previous: PeriodCount): TrendResult {
  const share = shareOf(current);
  const previousShare = shareOf(previous);
  const change = share - previousShare;
  const result = (trend: Trend): TrendResult => ({ trend, share, previousShare, change });
  if (previous.mentions === 0)
    return result(current.mentions >= MIN_MENTIONS && previous.interviews > 0 ? 'new' : 'steady');
  const larger = Math.max(share, previousShare);
  const backing = share >= previousShare ? current.mentions : previous.mentions;
  if (larger === 0 || backing < MIN_MENTIONS) return result('steady');
  if (Math.abs(change) / larger < RELATIVE_CHANGE) return result('steady');
  return result(change > 0 ? 'rising' : 'falling');
}

/**
 * Ranks items by this period's mentions (most first), each with its trend; ties by name. Items
 * seen only in the previous period are kept when they fell away completely, as "falling".
 */
export function rankWithTrends<K extends string>(
  current: ReadonlyMap<K, number>,
  previous: ReadonlyMap<K, number>,
  interviews: { current: number; previous: number },
): Array<{ key: K; mentions: number } & TrendResult> {
  const keys = new Set<K>([...current.keys(), ...previous.keys()]);
  return [...keys]
    .map((key) => {
      const mentions = current.get(key) ?? 0;
      const t = trendOf(
        { mentions, interviews: interviews.current },
        { mentions: previous.get(key) ?? 0, interviews: interviews.previous },
      );
      return { key, mentions, ...t };
    })
    .filter((r) => r.mentions > 0 || r.trend === 'falling')
    .sort((a, b) => b.mentions - a.mentions || a.key.localeCompare(b.key));
}
