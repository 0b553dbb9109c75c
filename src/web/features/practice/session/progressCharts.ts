import * as Plot from '@observablehq/plot';
import type { ProgressOut } from '../../../../shared/practice-api.ts';

// The practice charts, drawn with Observable Plot at the width given. The figures are also in
// a table beside each chart.

const FONT = 12;
const ACCENT = '#0d5a8a';
const SOFT = '#9cc3de';

const weekLabel = (start: string) =>
  new Date(`${start}T12:00:00Z`).toLocaleDateString('en-US', {
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });

/** Sessions and answers per week, as bars side by side. */
export function weeksChart(p: ProgressOut, width: number): Element {
  const rows = p.weeks.flatMap((w) => [
    { week: weekLabel(w.start), what: 'Sessions', n: w.sessions },
    { week: weekLabel(w.start), what: 'Answers', n: w.answers },
  ]);
  const chart = Plot.plot({
    width,
    height: 240,
    style: { fontSize: `${FONT}px` },
    x: { label: null, domain: p.weeks.map((w) => weekLabel(w.start)), tickRotate: width < 500 ? -45 : 0 },
    fx: { label: null },
    y: { label: 'Per week', grid: true, tickFormat: (d: number) => (Number.isInteger(d) ? String(d) : '') },
    color: { domain: ['Sessions', 'Answers'], range: [ACCENT, SOFT], legend: true },
    marks: [Plot.barY(rows, { x: 'week', y: 'n', fill: 'what', dx: 0 }), Plot.ruleY([0])],
  });
  const svg = chart instanceof SVGSVGElement ? chart : chart.querySelector(':scope > svg');
  svg?.setAttribute('aria-label', 'Practice sessions and answers per week over the last twelve weeks');
  return chart;
}

/** How self-ratings move per category: 1 again … 4 easy. */
export function ratingsChart(p: ProgressOut, width: number): Element {
  const rows = p.ratings.flatMap((r) =>
    r.points.map((pt) => ({ category: r.label, week: new Date(`${pt.start}T12:00:00Z`), score: pt.score })),
  );
  const chart = Plot.plot({
    width,
    height: 240,
    style: { fontSize: `${FONT}px` },
    x: { label: null, type: 'utc' },
    y: { label: 'Average rating (1 again … 4 easy)', domain: [1, 4], grid: true, ticks: [1, 2, 3, 4] },
    color: { legend: true, scheme: 'tableau10' },
    marks: [Plot.line(rows, { x: 'week', y: 'score', stroke: 'category', marker: 'circle' })],
  });
  const svg = chart instanceof SVGSVGElement ? chart : chart.querySelector(':scope > svg');
  svg?.setAttribute('aria-label', 'Average self-rating per question category, week by week');
  return chart;
}
