import { CANDIDATE_SOURCES, SOURCE_LABELS } from '../../../shared/candidates.ts';
import type { Stage } from '../../../shared/pipeline.ts';
import type {
  FunnelReport,
  PlacementsBySourceReport,
  ReportGroup,
  TimeToPlacementReport,
} from '../../../shared/reports.ts';
import { bucketStart, daysBetween } from './periods.ts';

// Report arithmetic on the compact rows the queries return: funnel counting, bucketing days
// into months or weeks, percentiles. No I/O, so each rule is unit-tested on its own.

/**
 * The p-th quantile (0 ≤ p ≤ 1) of ascending values, interpolated linearly between the two
 * nearest ranks, as PostgreSQL's percentile_cont and a spreadsheet's PERCENTILE do.
 */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = (sorted.length - 1) * p;
  const low = Math.floor(rank);
  const lo = sorted[low] as number;
  const hi = sorted[Math.min(low + 1, sorted.length - 1)] as number;
  return lo + (hi - lo) * (rank - low);
}

const tenth = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);

/** Count, median and quartiles of some durations in days, rounded to a tenth of a day. */
export function spread(days: readonly number[]) {
  const sorted = [...days].sort((a, b) => a - b);
  return {
    placements: sorted.length,
    medianDays: tenth(percentile(sorted, 0.5)),
    p25Days: tenth(percentile(sorted, 0.25)),
    p75Days: tenth(percentile(sorted, 0.75)),
  };
}

/** Per (group, stage): how many applications created in the period ever moved into the stage. */
export interface ReachedRow<K> {
  key: K;
  stageId: number;
  n: number;
}
/** Per group: how many applications were created in the period. */
export interface CreatedRow<K> {
  key: K;
  n: number;
}

/**
 * The stages a funnel shows, in pipeline order: every current stage, and a retired one only
 * when some application in the report reached it.
 */
export function funnelStages(stages: readonly Stage[], reached: readonly ReachedRow<unknown>[]) {
  const totals = new Map<number, number>();
  for (const r of reached) totals.set(r.stageId, (totals.get(r.stageId) ?? 0) + r.n);
  return [...stages]
    .filter((s) => !s.retired || (totals.get(s.id) ?? 0) > 0)
    .sort((a, b) => a.position - b.position || a.id - b.id)
    .map((s) => ({
      id: s.id,
      name: s.name,
      kind: s.kind,
      retired: s.retired,
      reached: totals.get(s.id) ?? 0,
    }));
}

/** Sums rows into groups (`groupOf` maps a row's key to its group), aligned with `stageIds`. */
function tally<K, G>(
  stageIds: readonly number[],
  reached: readonly ReachedRow<K>[],
  created: readonly CreatedRow<K>[],
  groupOf: (key: K) => G,
): Map<G, { applications: number; reached: number[] }> {
  const column = new Map(stageIds.map((id, i) => [id, i]));
  const groups = new Map<G, { applications: number; reached: number[] }>();
  const group = (key: K) => {
    const g = groupOf(key);
    const row = groups.get(g) ?? { applications: 0, reached: stageIds.map(() => 0) };
    groups.set(g, row);
    return row;
  };
  for (const c of created) group(c.key).applications += c.n;
  for (const r of reached) {
    const i = column.get(r.stageId);
    if (i !== undefined) (group(r.key).reached[i] as number) += r.n;
  }
  return groups;
}

/**
 * The funnel over a period from per-day counts: its stages, the total, and one row per month
 * or week (empty ones too). Counts per day add up exactly, since an application is created on
 * one day only.
 */
export function funnelByPeriod(input: {
  stages: readonly Stage[];
  reached: readonly ReachedRow<string>[];
  created: readonly CreatedRow<string>[];
  starts: readonly string[];
  groupBy: ReportGroup;
}): Pick<FunnelReport, 'applications' | 'stages' | 'periods'> {
  const stages = funnelStages(input.stages, input.reached);
  const ids = stages.map((s) => s.id);
  const groups = tally(ids, input.reached, input.created, (day) => bucketStart(day, input.groupBy));
  return {
    applications: input.created.reduce((sum, c) => sum + c.n, 0),
    stages,
    periods: input.starts.map((start) => ({
      start,
      ...(groups.get(start) ?? { applications: 0, reached: ids.map(() => 0) }),
    })),
  };
}

/** One funnel row per opening, aligned with the funnel's stages, most applications first. */
export function funnelByOpening(
  stageIds: readonly number[],
  reached: readonly ReachedRow<number>[],
  created: readonly CreatedRow<number>[],
  openings: ReadonlyMap<number, { title: string; companyName: string }>,
): FunnelReport['openings'] {
  const groups = tally(stageIds, reached, created, (id) => id);
  return [...groups]
    .map(([id, row]) => ({ id, title: '', companyName: '', ...openings.get(id), ...row }))
    .sort((a, b) => b.applications - a.applications || a.title.localeCompare(b.title) || a.id - b.id);
}

/** One placement: when its application was created and when it first moved into a placed stage. */
export interface PlacementRow {
  openingId: number;
  title: string;
  companyName: string;
  createdAt: string;
  placedAt: string;
}

/** Days from application to placement, overall and per opening (most placements first). */
export function timeToPlacement(rows: readonly PlacementRow[]): Omit<TimeToPlacementReport, 'period'> {
  const byOpening = new Map<number, { title: string; companyName: string; days: number[] }>();
  const all: number[] = [];
  for (const r of rows) {
    const days = daysBetween(r.createdAt, r.placedAt);
    all.push(days);
    const o = byOpening.get(r.openingId) ?? { title: r.title, companyName: r.companyName, days: [] };
    o.days.push(days);
    byOpening.set(r.openingId, o);
  }
  const openings = [...byOpening]
    .map(([id, o]) => ({ id, title: o.title, companyName: o.companyName, ...spread(o.days) }))
    .sort((a, b) => b.placements - a.placements || a.title.localeCompare(b.title) || a.id - b.id);
  return { ...spread(all), openings };
}

/**
 * Placements per candidate source, every source listed (most placements first, then in the
 * vocabulary's order). A value the vocabulary does not know counts as "other".
 */
export function bySource(
  rows: readonly { source: string; n: number }[],
): Omit<PlacementsBySourceReport, 'period'> {
  const counts = new Map<string, number>(CANDIDATE_SOURCES.map((s) => [s, 0]));
  for (const r of rows) {
    const key = counts.has(r.source) ? r.source : 'other';
    counts.set(key, (counts.get(key) ?? 0) + r.n);
  }
  const sources = CANDIDATE_SOURCES.map((source) => ({
    source,
    label: SOURCE_LABELS[source],
    placements: counts.get(source) ?? 0,
  })).sort((a, b) => b.placements - a.placements);
  return { placements: sources.reduce((sum, s) => sum + s.placements, 0), sources };
}
