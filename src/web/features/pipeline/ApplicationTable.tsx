import { Link } from 'react-router';
import type { Application } from '../../../shared/pipeline.ts';
import { formatDate } from '../../ui/format.ts';
import type { SortDir, SortKey } from './filters.ts';
import { timeInStage } from './words.ts';

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: 'candidate', label: 'Candidate' },
  { key: 'opening', label: 'Opening' },
  { key: 'stage', label: 'Stage' },
  { key: 'entered', label: 'Entered stage' },
  { key: 'created', label: 'Applied' },
];

/** A column header whose button sorts by it; aria-sort says which column sorts the rows and how. */
function SortHeader(props: {
  column: (typeof COLUMNS)[number];
  sort: SortKey;
  dir: SortDir;
  onSort: (k: SortKey) => void;
}) {
  const { column } = props;
  const active = props.sort === column.key;
  const ariaSort = active ? (props.dir === 'asc' ? 'ascending' : 'descending') : undefined;
  return (
    <th scope="col" aria-sort={ariaSort}>
      <button type="button" className="sort-button" onClick={() => props.onSort(column.key)}>
        {column.label}
        <span aria-hidden="true" className="sort-mark">
          {active ? (props.dir === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}

/** Applications as a sortable table, each row with a checkbox for the bulk move. */
export function ApplicationTable(props: {
  applications: readonly Application[];
  sort: SortKey;
  dir: SortDir;
  onSort: (key: SortKey) => void;
  selected: ReadonlySet<number>;
  onToggle: (applicationId: number, on: boolean) => void;
  onToggleAll: (on: boolean) => void;
}) {
  const all = props.applications.length > 0 && props.applications.every((a) => props.selected.has(a.id));
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <div className="table-scroll" role="region" aria-label="Applications" tabIndex={0}>
      <table>
        <thead>
          <tr>
            <th scope="col">
              <input
                type="checkbox"
                aria-label="Select every application on this page"
                checked={all}
                onChange={(e) => props.onToggleAll(e.target.checked)}
              />
            </th>
            {COLUMNS.map((c) => (
              <SortHeader key={c.key} column={c} sort={props.sort} dir={props.dir} onSort={props.onSort} />
            ))}
          </tr>
        </thead>
        <tbody>
          {props.applications.map((a) => (
            <tr key={a.id}>
              <td>
                <input
                  type="checkbox"
                  aria-label={`Select ${a.candidateName}`}
                  checked={props.selected.has(a.id)}
                  onChange={(e) => props.onToggle(a.id, e.target.checked)}
                />
              </td>
              <td>
                <Link to={`/applications/${a.id}`}>{a.candidateName}</Link>
                {a.candidateHeadline ? <div className="meta">{a.candidateHeadline}</div> : null}
              </td>
              <td>
                {a.openingTitle}
                <div className="meta">{a.companyName}</div>
              </td>
              <td>{a.stage.name}</td>
              <td>
                <time dateTime={a.stageEnteredAt}>{formatDate(a.stageEnteredAt)}</time>
                <div className="meta">{timeInStage(a.stageEnteredAt)}</div>
              </td>
              <td>
                <time dateTime={a.createdAt}>{formatDate(a.createdAt)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
