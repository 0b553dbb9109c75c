import * as Plot from '@observablehq/plot';
import type { InsightPeriod, TrendName } from '../../../shared/insights.ts';
import { ramp } from '../reports/charts.ts';
import { count } from '../reports/words.ts';
import { percent, periodOfWeek, TREND_MARKS, TREND_WORDS, weekLabel } from './words.ts';

// Insight charts, drawn with Observable Plot at a given width. Each names itself with an
// aria-label and repeats its figures in an aria-description; the page shows the same figures
// as a table or list beside every chart.

const ACCENT = '#0d5a8a';
const SOFT = '#9cc3de';
const FONT = 12;

/** A row of a share chart: its label, its share (0–1) and, where there is one, its trend. */
export interface ShareRow {
  label: string;
  share: number;
  trend?: TrendName;
}

/** The data every share chart is drawn from. */
export interface ShareChart {
  rows: ShareRow[];
  ariaLabel: string;
}

/** Bars of shares, longest first as given; a trend is written after the figure, not coloured. */
export function shareChart(d: ShareChart, width: number): Element {
  const ems = width < 480 ? 9 : 13;
  const rows = d.rows.map((r) => ({
    ...r,
    percent: Math.round(r.share * 1000) / 10,
    // Steady is the default and goes unmarked; the table names every trend in words.
    text: r.trend && r.trend !== 'steady' ? `${percent(r.share)} ${TREND_MARKS[r.trend]}` : percent(r.share),
  }));
  const max = Math.max(10, ...rows.map((r) => r.percent));
  return Plot.plot({
    width,
    height: 50 + 28 * Math.max(1, rows.length),
    // Room for the row labels; common fonts run about a fifth wider than Plot's estimate.
    marginLeft: Math.round(ems * FONT * 1.2) + 8,
    marginRight: 56,
    marginBottom: 44,
    style: { fontSize: `${FONT}px` },
    ariaLabel: d.ariaLabel,
    ariaDescription: d.rows
      .map(
        (r) => `${r.label}: ${percent(r.share)}${r.trend ? `, ${TREND_WORDS[r.trend].toLowerCase()}` : ''}`,
      )
      .join('; '),
    x: { label: 'Share of interviews (%)', grid: true, labelOffset: 40, domain: [0, max], ticks: 5 },
    y: { domain: rows.map((r) => r.label), label: null },
    marks: [
      Plot.barX(rows, { y: 'label', x: 'percent', fill: ACCENT }),
      Plot.text(rows, { y: 'label', x: 'percent', text: 'text', textAnchor: 'start', dx: 4 }),
      Plot.axisY({ label: null, tickSize: 0, lineWidth: ems, textOverflow: 'ellipsis' }),
      Plot.ruleX([0]),
    ],
  });
}

/** How many rated the difficulty 1 (easy) to 5 (hard). */
export function difficultyChart(levels: readonly number[], width: number): Element {
  const rows = levels.map((n, i) => ({ level: String(i + 1), n }));
  const max = Math.max(1, ...levels);
  return Plot.plot({
    width,
    height: 220,
    marginLeft: 44,
    marginBottom: 44,
    style: { fontSize: `${FONT}px` },
    ariaLabel: 'Difficulty ratings from 1 (easy) to 5 (hard)',
    ariaDescription: rows.map((r) => `${r.level}: ${count(r.n, 'rating')}`).join('; '),
    x: { domain: ['1', '2', '3', '4', '5'], label: 'Difficulty (1 easy, 5 hard)', labelOffset: 36 },
    y: {
      label: 'Ratings',
      grid: true,
      domain: [0, max],
      ticks: Math.min(max, 5),
      tickFormat: (v: number) => (Number.isInteger(v) ? String(v) : ''),
    },
    marks: [
      Plot.barY(rows, { x: 'level', y: 'n', fill: ACCENT }),
      Plot.text(rows, { x: 'level', y: 'n', text: (r) => String(r.n), dy: -8 }),
      Plot.ruleY([0]),
    ],
  });
}

/** Debriefs per week over this period and the one before, the two periods in two shades. */
export function weeksChart(
  d: { weeks: readonly { week: string; interviews: number }[]; period: InsightPeriod },
  width: number,
): Element {
  const rows = d.weeks.map((w) => ({
    week: w.week,
    n: w.interviews,
    period: periodOfWeek(w.week, d.period.from),
    label: weekLabel(w.week),
  }));
  const max = Math.max(1, ...rows.map((r) => r.n));
  const every = Math.ceil(rows.length / (width < 480 ? 4 : 8));
  const ticks = rows.filter((_, i) => i % every === 0).map((r) => r.week);
  const [light, dark] = ramp(2);
  return Plot.plot({
    width,
    height: 240,
    marginLeft: 44,
    marginBottom: 40,
    style: { fontSize: `${FONT}px` },
    ariaLabel: 'Interviews debriefed per week, this period and the period before',
    ariaDescription: rows.map((r) => `${r.label}: ${count(r.n, 'interview')}`).join('; '),
    x: {
      type: 'band',
      label: null,
      ticks,
      tickFormat: (v: string) =>
        new Date(`${v}T00:00:00Z`).toLocaleDateString('en-US', {
          month: 'short',
          day: 'numeric',
          timeZone: 'UTC',
        }),
    },
    y: {
      label: 'Interviews',
      grid: true,
      domain: [0, max],
      ticks: Math.min(max, 5),
      tickFormat: (v: number) => (Number.isInteger(v) ? String(v) : ''),
    },
    color: {
      type: 'ordinal',
      domain: ['Period before', 'This period'],
      range: [light ?? SOFT, dark ?? ACCENT],
      legend: true,
    },
    marks: [Plot.barY(rows, { x: 'week', y: 'n', fill: 'period' }), Plot.ruleY([0])],
  });
}
