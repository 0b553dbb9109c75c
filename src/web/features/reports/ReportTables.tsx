import type {
  FunnelReport,
  OpenPositionsReport,
  PlacementsBySourceReport,
  TimeToPlacementReport,
} from '../../../shared/reports.ts';
import { TableFrame } from '../../ui/Page.tsx';
import { bucketLabel, days } from './words.ts';

// Each chart's figures as a table, for people who cannot see the chart or want exact numbers.

const n = (x: number) => x.toLocaleString('en-US');

/** Stages down, months or weeks across, with the totals last. */
export function FunnelTable({ report: r }: { report: FunnelReport }) {
  return (
    <TableFrame label="Funnel table">
      <table>
        <caption>Applications that reached each stage, by the {r.groupBy} they were created in</caption>
        <thead>
          <tr>
            <th scope="col">Stage</th>
            {r.periods.map((p) => (
              <th key={p.start} scope="col" className="number">
                {bucketLabel(p.start, r.groupBy)}
              </th>
            ))}
            <th scope="col" className="number">
              Total
            </th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Applications created</th>
            {r.periods.map((p) => (
              <td key={p.start} className="number">
                {n(p.applications)}
              </td>
            ))}
            <td className="number">{n(r.applications)}</td>
          </tr>
          {r.stages.map((s, i) => (
            <tr key={s.id}>
              <th scope="row">{s.retired ? `${s.name} (retired)` : s.name}</th>
              {r.periods.map((p) => (
                <td key={p.start} className="number">
                  {n(p.reached[i] ?? 0)}
                </td>
              ))}
              <td className="number">{n(s.reached)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
}

export function TimeToPlacementTable({ report: r }: { report: TimeToPlacementReport }) {
  const cells = (s: Pick<TimeToPlacementReport, 'placements' | 'medianDays' | 'p25Days' | 'p75Days'>) => (
    <>
      <td className="number">{n(s.placements)}</td>
      <td className="number">{days(s.medianDays)}</td>
      <td className="number">{days(s.p25Days)}</td>
      <td className="number">{days(s.p75Days)}</td>
    </>
  );
  return (
    <TableFrame label="Time to placement table">
      <table>
        <caption>Days from application to placement, per opening</caption>
        <thead>
          <tr>
            <th scope="col">Opening</th>
            <th scope="col">Company</th>
            <th scope="col" className="number">
              Placements
            </th>
            <th scope="col" className="number">
              Median
            </th>
            <th scope="col" className="number">
              25th percentile
            </th>
            <th scope="col" className="number">
              75th percentile
            </th>
          </tr>
        </thead>
        <tbody>
          {r.openings.map((o) => (
            <tr key={o.id}>
              <th scope="row">{o.title}</th>
              <td>{o.companyName}</td>
              {cells(o)}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              All openings
            </th>
            {cells(r)}
          </tr>
        </tfoot>
      </table>
    </TableFrame>
  );
}

export function SourcesTable({ report: r }: { report: PlacementsBySourceReport }) {
  return (
    <TableFrame label="Placements by source table">
      <table>
        <caption>Placements by where the candidate came from</caption>
        <thead>
          <tr>
            <th scope="col">Source</th>
            <th scope="col" className="number">
              Placements
            </th>
          </tr>
        </thead>
        <tbody>
          {r.sources.map((s) => (
            <tr key={s.source}>
              <th scope="row">{s.label}</th>
              <td className="number">{n(s.placements)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            <td className="number">{n(r.placements)}</td>
          </tr>
        </tfoot>
      </table>
    </TableFrame>
  );
}

export function OpenPositionsTable({ report: r }: { report: OpenPositionsReport }) {
  return (
    <TableFrame label="Open positions table">
      <table>
        <caption>Open openings and positions still to fill, per client company</caption>
        <thead>
          <tr>
            <th scope="col">Company</th>
            <th scope="col" className="number">
              Open openings
            </th>
            <th scope="col" className="number">
              Open positions
            </th>
          </tr>
        </thead>
        <tbody>
          {r.companies.map((c) => (
            <tr key={c.id}>
              <th scope="row">{c.name}</th>
              <td className="number">{n(c.openOpenings)}</td>
              <td className="number">{n(c.openPositions)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            <td className="number">{n(r.openOpenings)}</td>
            <td className="number">{n(r.openPositions)}</td>
          </tr>
        </tfoot>
      </table>
    </TableFrame>
  );
}
