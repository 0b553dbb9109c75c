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

/** Sessions, answers and writing tests per week, as bars side by side. */
export function weeksChart(p: ProgressOut, width: number): Element {
  const rows = p.weeks.flatMap((w) => [
    { week: weekLabel(w.start), what: 'Sessions', n: w.sessions },
    { week: weekLabel(w.start), what: 'Answers', n: w.answers },
    { week: weekLabel(w.start), what: 'Writing tests', n: w.writing },
  ]);
  const chart = Plot.plot({
    width,
    height: 240,
    marginBottom: width < 500 ? 48 : 30,
    style: { fontSize: `${FONT}px` },
    y: { label: 'Per week', grid: true, tickFormat: (d: number) => (Number.isInteger(d) ? String(d) : '') },
    fx: { label: null, domain: p.weeks.map((w) => weekLabel(w.start)), tickRotate: width < 500 ? -45 : 0 },
    x: { axis: null, domain: ['Sessions', 'Answers', 'Writing tests'] },
    color: {
      domain: ['Sessions', 'Answers', 'Writing tests'],
      range: [ACCENT, SOFT, '#b7791f'],
      legend: true,
    },
    marks: [Plot.barY(rows, { fx: 'week', x: 'what', y: 'n', fill: 'what' }), Plot.ruleY([0])],
  });
  const svg = chart instanceof SVGSVGElement ? chart : chart.querySelector(':scope > svg');
  svg?.setAttribute(
    'aria-label',
    'Practice sessions, answers and writing tests per week over the last twelve weeks',
  );
  return chart;
}

/** How self-ratings move per category: 1 again … 4 easy, week by week. */
export function ratingsChart(p: ProgressOut, width: number): Element {
  const weeks = p.weeks.map((w) => weekLabel(w.start));
  const rows = p.ratings.flatMap((r) =>
    r.points.map((pt) => ({ category: r.label, week: weekLabel(pt.start), score: pt.score })),
  );
  const chart = Plot.plot({
    width,
    height: 240,
    marginBottom: width < 500 ? 48 : 30,
    style: { fontSize: `${FONT}px` },
    x: { type: 'point', domain: weeks, label: null, tickRotate: width < 500 ? -45 : 0 },
    y: { label: 'Average rating (1 again … 4 easy)', domain: [1, 4], grid: true, ticks: [1, 2, 3, 4] },
    color: { legend: true, domain: p.ratings.map((r) => r.label), scheme: 'observable10' },
    marks: [
      Plot.line(rows, { x: 'week', y: 'score', stroke: 'category', z: 'category' }),
      Plot.dot(rows, { x: 'week', y: 'score', fill: 'category', r: 4 }),
    ],
  });
  const svg = chart instanceof SVGSVGElement ? chart : chart.querySelector(':scope > svg');
  svg?.setAttribute('aria-label', 'Average self-rating per question category, week by week');
  return chart;
}
