import { Link } from 'react-router';
import type { Opening } from '../../../shared/openings.ts';
import { label } from '../../../shared/vocabulary.ts';
import { formatDate } from '../../ui/format.ts';
import { TableFrame } from '../../ui/Page.tsx';

/** Openings as a table: title (to edit), company, status, positions filled, applications, owner, posted date. */
export function OpeningTable(props: { openings: Opening[]; label: string; showCompany?: boolean }) {
  const showCompany = props.showCompany ?? true;
  return (
    <TableFrame label={props.label}>
      <table>
        <thead>
          <tr>
            <th scope="col">Title</th>
            {showCompany ? <th scope="col">Company</th> : null}
            <th scope="col">Status</th>
            <th scope="col" className="number">
              Filled
            </th>
            <th scope="col" className="number">
              Applications
            </th>
            <th scope="col">Owner</th>
            <th scope="col">Posted</th>
          </tr>
        </thead>
        <tbody>
          {props.openings.map((o) => (
            <tr key={o.id}>
              <td>
                <Link to={`/openings/${o.id}`}>{o.title}</Link>
              </td>
              {showCompany ? (
                <td>
                  <Link to={`/companies/${o.companyId}`}>{o.companyName}</Link>
                </td>
              ) : null}
              <td>
                <span className={`badge ${o.status}`}>{label(o.status)}</span>
              </td>
              <td className="number">
                {o.positionsFilled} of {o.positions}
              </td>
              <td className="number">{o.applicationCount}</td>
              <td>{o.owner?.name ?? '—'}</td>
              <td>{o.postedAt ? formatDate(o.postedAt) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
}
