import { stringify } from 'csv-stringify/sync';
import type {
  FunnelReport,
  OpenPositionsReport,
  PlacementsBySourceReport,
  TimeToPlacementReport,
} from '../../../shared/reports.ts';

// Each report as a CSV table: a header row, one row per item and a closing total row, the
// same figures the JSON form gives. No I/O.

type Cell = string | number | null;

/**
 * RFC 4180 CSV with CRLF line ends and a byte-order mark, so spreadsheet programs read UTF-8
 * names correctly. A text cell that starts like a formula (=, +, -, @) is neutralised, because
 * company and opening names are typed by people and a spreadsheet would run them.
 */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return stringify(
    rows.map((r) => r.map((c) => c ?? '')),
    { bom: true, escape_formulas: true, record_delimiter: 'windows' },
  );
}

export function funnelCsv(r: FunnelReport, byOpening: boolean): string {
  const stages = r.stages.map((s) => (s.retired ? `${s.name} (retired)` : s.name));
  const total = ['Total', ...(byOpening ? [''] : []), r.applications, ...r.stages.map((s) => s.reached)];
  if (byOpening)
    return toCsv([
      ['Opening', 'Company', 'Applications', ...stages],
      ...r.openings.map((o) => [o.title, o.companyName, o.applications, ...o.reached]),
      total,
    ]);
  const month = r.groupBy === 'month';
  return toCsv([
    [month ? 'Month' : 'Week starting', 'Applications', ...stages],
    ...r.periods.map((p) => [month ? p.start.slice(0, 7) : p.start, p.applications, ...p.reached]),
    total,
  ]);
}

export function timeToPlacementCsv(r: TimeToPlacementReport): string {
  const figures = (s: Omit<TimeToPlacementReport['openings'][number], 'id' | 'title' | 'companyName'>) => [
    s.placements,
    s.medianDays,
    s.p25Days,
    s.p75Days,
  ];
  return toCsv([
    ['Opening', 'Company', 'Placements', 'Median days', '25th percentile days', '75th percentile days'],
    ...r.openings.map((o) => [o.title, o.companyName, ...figures(o)]),
    ['All openings', '', ...figures(r)],
  ]);
}

export function placementsBySourceCsv(r: PlacementsBySourceReport): string {
  return toCsv([
    ['Source', 'Placements'],
    ...r.sources.map((s) => [s.label, s.placements]),
    ['Total', r.placements],
  ]);
}

export function openPositionsCsv(r: OpenPositionsReport): string {
  return toCsv([
    ['Company', 'Open openings', 'Open positions'],
    ...r.companies.map((c) => [c.name, c.openOpenings, c.openPositions]),
    ['Total', r.openOpenings, r.openPositions],
  ]);
}
