import type { ReportGroup, ReportPeriod } from '../../../shared/reports.ts';

// Report figures in words. Report dates are calendar days in the report's own zone, so they
// are formatted as they are, never shifted through the viewer's zone.

const asUtc = (day: string) => new Date(`${day}T00:00:00Z`);

/** "Jan 5, 2026" */
export function formatDay(day: string): string {
  return asUtc(day).toLocaleDateString('en-US', {
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** "Jan 1, 2026 to Mar 31, 2026" */
export function periodWords(p: ReportPeriod): string {
  const zone = p.timeZone === 'UTC' ? ' (UTC)' : ` (${p.timeZone})`;
  return `${formatDay(p.from)} to ${formatDay(p.to)}${zone}`;
}

/** A month ("Jan 2026") or a week ("Week of Jan 5, 2026"), from its first day. */
export function bucketLabel(start: string, groupBy: ReportGroup): string {
  if (groupBy === 'week') return `Week of ${formatDay(start)}`;
  return asUtc(start).toLocaleDateString('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** "1 application", "3 applications"; give the plural when it is not the word plus s. */
export function count(n: number, word: string, plural = `${word}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? word : plural}`;
}

/** "20 days", "1.5 days", or a dash when there is nothing to measure. */
export function days(n: number | null): string {
  return n === null ? '–' : count(n, 'day');
}
