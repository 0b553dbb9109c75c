import type { CompanyNote, InsightPeriod, TrendName } from '../../../shared/insights.ts';
import { PERIOD_WEEKS } from '../../../shared/insights.ts';
import { count, formatDay } from '../reports/words.ts';

// Insight figures in words: shares, trends, the period and who stands behind a page. Pure, so
// the charts, their tables and the captions all say the same thing.

/** "42%"; "<1%" for a share too small to round to a whole percent but not nothing. */
export function percent(share: number): string {
  if (share > 0 && share < 0.005) return '<1%';
  return `${Math.round(share * 100)}%`;
}

export const TREND_WORDS: Record<TrendName, string> = {
  new: 'New',
  rising: 'Rising',
  steady: 'Steady',
  falling: 'Falling',
};

/** A mark beside each trend word, so a trend reads without colour (and the word reads without the mark). */
export const TREND_MARKS: Record<TrendName, string> = {
  new: '★',
  rising: '↑',
  steady: '→',
  falling: '↓',
};

/** "Aug 25, 2026 to Nov 26, 2026 (last 13 weeks)" */
export function periodWords(p: Pick<InsightPeriod, 'from' | 'to'>): string {
  return `${formatDay(p.from)} to ${formatDay(p.to)} (last ${PERIOD_WEEKS} weeks)`;
}

/** "Based on 12 interviews by 7 people" */
export function basedOn(interviews: number, people: number): string {
  return `Based on ${count(interviews, 'interview')} by ${count(people, 'person', 'people')}`;
}

/** A chart's caption: what it shows, over which period and how many interviews. */
export function captionWords(
  what: string,
  p: Pick<InsightPeriod, 'from' | 'to'>,
  interviews: number,
): string {
  return `${what}, ${formatDay(p.from)} to ${formatDay(p.to)}, from ${count(interviews, 'interview')}.`;
}

/** "Week of Nov 2, 2026" */
export function weekLabel(week: string): string {
  return `Week of ${formatDay(week)}`;
}

/** Which of the two periods a week (its Monday, YYYY-MM-DD) falls in. */
export function periodOfWeek(week: string, from: string): 'This period' | 'Period before' {
  // ISO dates compare as strings.
  return week >= from ? 'This period' : 'Period before';
}

/** "3.4 of 5" */
export function difficultyWords(average: number): string {
  return `${average.toLocaleString('en-US', { maximumFractionDigits: 1 })} of 5`;
}

/** "2.5 interviews" per application, or a dash when nothing has reached an outcome. */
export function roundsWords(rounds: number | null): string {
  if (rounds === null) return '–';
  const n = Math.round(rounds * 10) / 10;
  return `${n.toLocaleString('en-US')} ${n === 1 ? 'interview' : 'interviews'}`;
}

/** "14 days", or a dash. */
export function daysWords(days: number | null): string {
  return days === null ? '–' : count(Math.round(days), 'day');
}

/** Shares of an experience split, each counted against the total; zero total gives 0s. */
export function splitShares<K extends string>(split: Record<K, number>): Record<K, number> {
  const keys = Object.keys(split) as K[];
  const total = keys.reduce((sum, k) => sum + split[k], 0);
  return Object.fromEntries(keys.map((k) => [k, total > 0 ? split[k] / total : 0])) as Record<K, number>;
}

export const NOTE_PART_LABELS: Record<CompanyNote['part'], string> = {
  team: 'The team and the people',
  workplace: 'The workplace',
  insider: 'Insider knowledge',
  otherRoles: 'Other roles there',
  format: 'The format',
};

export const NOTE_VISIBILITY_LABELS: Record<CompanyNote['visibility'], string> = {
  agency: 'Agency only',
  shared: 'Shared anonymously',
};

/** The first `limit` ids, for a practice session (the API takes at most 20). */
export function practiceIds(ids: readonly number[], limit = 20): number[] {
  return [...new Set(ids)].slice(0, limit);
}
