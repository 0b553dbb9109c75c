import * as Plot from '@observablehq/plot';
import type { FollowThroughReport } from '../../../shared/follow-through.ts';
import type {
  FunnelReport,
  OpenPositionsReport,
  PlacementsBySourceReport,
  TimeToPlacementReport,
} from '../../../shared/reports.ts';
import { percent } from './followThroughWords.ts';
import { bucketLabel, count } from './words.ts';

// The reports' charts, drawn with Observable Plot at a given width. Each sets an aria-label and an
// aria-description on its SVG; the same figures are in a table under every chart.

/** Charts with many rows show this many; the table and the CSV keep them all. */
export const CHART_ROWS = 15;

const ACCENT = '#0d5a8a';
const SOFT = '#9cc3de';
const MUTED = '#50585f';

/** Chart text size: Plot's 10px default is too small to read comfortably. */
const FONT = 12;

/** Room for row labels: narrower on a phone, where long labels end in an ellipsis. */
function labels(width: number) {
  const ems = width < 480 ? 9 : 13;
  // Plot cuts a label at `lineWidth` ems by its own estimate of letter widths; common system
  // fonts (DejaVu Sans) run about a fifth wider, so the margin allows for that.
  return {
    marginLeft: Math.round(ems * FONT * 1.2) + 8,
    axis: Plot.axisY({ label: null, tickSize: 0, lineWidth: ems, textOverflow: 'ellipsis' }),
  };
}

/** Whole-number ticks only: a count of 0.5 applications means nothing. */
const wholeTicks = (d: number) => (Number.isInteger(d) ? d.toLocaleString('en-US') : '');

/** `n` blues from light to dark, so later months or weeks read as darker. */
export function ramp(n: number): string[] {
  const from = [0x9c, 0xc3, 0xde];
  const to = [0x0a, 0x3a, 0x5c];
  return Array.from({ length: n }, (_, i) => {
    const t = n === 1 ? 1 : i / (n - 1);
    const rgb = from.map((f, k) => Math.round(f + ((to[k] as number) - f) * t));
    return `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
  });
}

/** Row labels made unique, so two openings with one title stay two rows. */
export function uniqueLabels<T>(
  rows: readonly T[],
  first: (r: T) => string,
  second: (r: T) => string,
): string[] {
  const seen = new Map<string, number>();
  for (const r of rows) seen.set(first(r), (seen.get(first(r)) ?? 0) + 1);
  const out: string[] = [];
  for (const r of rows) {
    let label = (seen.get(first(r)) ?? 0) > 1 ? `${first(r)} · ${second(r)}` : first(r);
    while (out.includes(label)) label = `${label} ·`;
    out.push(label);
  }
  return out;
}

function horizontalBars(opts: {
  width: number;
  rows: { label: string; n: number }[];
  xLabel: string;
  ariaLabel: string;
}): Element {
  const { marginLeft, axis } = labels(opts.width);
  const max = Math.max(1, ...opts.rows.map((r) => r.n));
  return Plot.plot({
    width: opts.width,
    height: 50 + 28 * Math.max(1, opts.rows.length),
    marginLeft,
    marginRight: 36,
    style: { fontSize: `${FONT}px` },
    marginBottom: 44,
    ariaLabel: opts.ariaLabel,
    ariaDescription: opts.rows.map((r) => `${r.label}: ${r.n}`).join('; '),
    x: {
      label: opts.xLabel,
      grid: true,
      labelOffset: 40,
      domain: [0, max],
      ticks: Math.min(max, 5),
      tickFormat: wholeTicks,
    },
    y: { domain: opts.rows.map((r) => r.label), label: null },
    marks: [
      Plot.barX(opts.rows, { y: 'label', x: 'n', fill: ACCENT, tip: true }),
      Plot.text(opts.rows, {
        y: 'label',
        x: 'n',
        text: (r) => r.n.toLocaleString('en-US'),
        textAnchor: 'start',
        dx: 4,
      }),
      axis,
      Plot.ruleX([0]),
    ],
  });
}

/** Stages as bars, each split into the months or weeks the applications were created in. */
export function funnelChart(r: FunnelReport, width: number): Element {
  const names = r.stages.map((s) => (s.retired ? `${s.name} (retired)` : s.name));
  const periods = r.periods.map((p) => bucketLabel(p.start, r.groupBy));
  const rows = r.periods.flatMap((p, pi) =>
    r.stages.map((_, si) => ({ stage: names[si], period: periods[pi], n: p.reached[si] ?? 0 })),
  );
  const totals = r.stages.map((s, i) => ({ stage: names[i], n: s.reached }));
  const max = Math.max(1, ...totals.map((t) => t.n));
  const { marginLeft, axis } = labels(width);
  return Plot.plot({
    width,
    height: 50 + 26 * names.length,
    marginLeft,
    marginRight: 36,
    style: { fontSize: `${FONT}px` },
    marginBottom: 44,
    ariaLabel: `Funnel: how many of ${count(r.applications, 'application')} reached each stage`,
    ariaDescription: totals.map((t) => `${t.stage}: ${t.n}`).join('; '),
    x: {
      label: 'Applications',
      grid: true,
      labelOffset: 40,
      domain: [0, max],
      ticks: Math.min(max, 5),
      tickFormat: wholeTicks,
    },
    y: { domain: names, label: null },
    color: { type: 'ordinal', domain: periods, range: ramp(periods.length), legend: periods.length > 1 },
    marks: [
      Plot.barX(rows, Plot.stackX({ y: 'stage', x: 'n', fill: 'period', tip: true })),
      Plot.text(totals, {
        y: 'stage',
        x: 'n',
        text: (t) => t.n.toLocaleString('en-US'),
        textAnchor: 'start',
        dx: 4,
      }),
      axis,
      Plot.ruleX([0]),
    ],
  });
}

/** Per opening: the median as a dot and the middle half (25th to 75th percentile) as a bar. */
export function timeToPlacementChart(r: TimeToPlacementReport, width: number): Element {
  const shown = r.openings.slice(0, CHART_ROWS);
  const names = uniqueLabels(
    shown,
    (o) => o.title,
    (o) => o.companyName,
  );
  const rows = shown.map((o, i) => ({ ...o, label: names[i] }));
  const max = Math.max(1, ...rows.map((o) => o.p75Days ?? 0));
  const { marginLeft, axis } = labels(width);
  return Plot.plot({
    width,
    height: 50 + 30 * rows.length,
    marginLeft,
    marginRight: 20,
    style: { fontSize: `${FONT}px` },
    marginBottom: 44,
    ariaLabel: `Median days from application to placement, for ${count(rows.length, 'opening')}`,
    ariaDescription: rows
      .map(
        (o) =>
          `${o.label}: median ${count(o.medianDays ?? 0, 'day')} over ${count(o.placements, 'placement')}`,
      )
      .join('; '),
    x: {
      label: 'Days from application to placement',
      grid: true,
      labelOffset: 40,
      domain: [0, max],
      nice: true,
    },
    y: { domain: names, label: null },
    marks: [
      Plot.ruleY(rows, { y: 'label', x1: 'p25Days', x2: 'p75Days', stroke: SOFT, strokeWidth: 8 }),
      Plot.ruleX([r.medianDays ?? 0], { stroke: MUTED, strokeDasharray: '4,3' }),
      Plot.dot(rows, { y: 'label', x: 'medianDays', fill: ACCENT, r: 5, tip: true }),
      axis,
    ],
  });
}

export function sourcesChart(r: PlacementsBySourceReport, width: number): Element {
  return horizontalBars({
    width,
    rows: r.sources.map((s) => ({ label: s.label, n: s.placements })),
    xLabel: 'Placements',
    ariaLabel: `Placements by candidate source, ${count(r.placements, 'placement')} in all`,
  });
}

export function openPositionsChart(r: OpenPositionsReport, width: number): Element {
  const shown = r.companies.slice(0, CHART_ROWS);
  const names = uniqueLabels(
    shown,
    (c) => c.name,
    (c) => `#${c.id}`,
  );
  return horizontalBars({
    width,
    rows: shown.map((c, i) => ({ label: names[i] as string, n: c.openPositions })),
    xLabel: 'Open positions',
    ariaLabel: `Open positions by client company, ${count(r.openPositions, 'position')} in all`,
  });
}

/**
 * Follow-through by month or week: the share of committed interviews kept, as a line with a dot
 * per month or week. A month with nothing committed has no rate and leaves a gap, not a zero.
 */
export function followThroughChart(r: FollowThroughReport, width: number): Element {
  const points = r.overTime.map((p) => ({
    ...p,
    when: new Date(`${p.start}T00:00:00Z`),
    label: bucketLabel(p.start, r.bucket),
    percent: p.rate === null ? Number.NaN : Math.round(p.rate * 100),
  }));
  const measured = points.filter((p) => p.rate !== null);
  // A tick on bucket starts only (every few when there are many), named as the table names them.
  const every = Math.ceil(points.length / (width < 480 ? 4 : 8));
  const ticks = points.filter((_, i) => i % every === 0).map((p) => p.when);
  const tickFormat = (d: Date) =>
    d.toLocaleDateString('en-US', {
      month: 'short',
      ...(r.bucket === 'month' ? { year: 'numeric' } : { day: 'numeric' }),
      timeZone: 'UTC',
    });
  return Plot.plot({
    width,
    height: 260,
    marginLeft: 44,
    marginRight: 20,
    marginBottom: 40,
    style: { fontSize: `${FONT}px` },
    ariaLabel: `Follow-through by ${r.bucket}: ${r.agency.kept} of ${count(r.agency.committed, 'committed interview')} kept`,
    ariaDescription: measured
      .map((p) => `${p.label}: ${p.kept} of ${p.committed} kept (${percent(p.rate)})`)
      .join('; '),
    x: { type: 'utc', label: null, ticks, tickFormat, inset: 12 },
    y: { label: 'Kept (%)', domain: [0, 100], grid: true, ticks: 5 },
    marks: [
      Plot.ruleY([0]),
      Plot.line(points, { x: 'when', y: 'percent', stroke: ACCENT, strokeWidth: 2 }),
      Plot.dot(measured, {
        x: 'when',
        y: 'percent',
        fill: ACCENT,
        r: 4,
        tip: true,
        title: (p: (typeof measured)[number]) =>
          `${p.label}\n${p.kept} of ${p.committed} kept (${percent(p.rate)})`,
      }),
    ],
  });
}
