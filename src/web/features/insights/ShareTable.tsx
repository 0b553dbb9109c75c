import { TableFrame } from '../../ui/Page.tsx';
import { percent } from './words.ts';

// The table beside a share chart: each row's count of interviews and its share of them, so the
// figures read without the chart.

export interface ShareRow {
  key: string;
  label: string;
  count: number;
  share: number;
}

export function ShareTable({
  rows,
  caption,
  frame,
}: {
  rows: readonly ShareRow[];
  caption: string;
  frame: string;
}) {
  return (
    <TableFrame label={frame}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Format</th>
            <th scope="col" className="number">
              Interviews
            </th>
            <th scope="col" className="number">
              Share
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              <td className="number">{r.count}</td>
              <td className="number">{percent(r.share)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
}
