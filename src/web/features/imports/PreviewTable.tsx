import { Fragment, useState } from 'react';
import { Link } from 'react-router';
import type { ImportKind, Preview, PreviewRow } from '../../../shared/imports.ts';
import { TableFrame } from '../../ui/Page.tsx';
import { duplicateReasons } from '../candidates/words.ts';
import { RowFix } from './RowFix.tsx';

/** A cell as the table shows it: a long description is cut short (the fix form has it all). */
const shown = (value: string) => (value.length > 120 ? `${value.slice(0, 120)}…` : value);

/** What the checks found on a row: its errors, possible duplicates, or that it is ready. */
function Checks({ row, labelOf }: { row: PreviewRow; labelOf: (key: string) => string }) {
  const errors = Object.entries(row.errors);
  return (
    <ul className="row-checks">
      {errors.map(([key, message]) => (
        <li key={key} className="error">
          {labelOf(key)}: {message}
        </li>
      ))}
      {row.duplicates.map((d) => (
        <li key={d.id} className="duplicate">
          May be <Link to={`/candidates/${d.id}`}>{d.name}</Link> ({duplicateReasons(d.reasons)})
        </li>
      ))}
      {row.duplicateRows.length ? (
        <li className="duplicate">
          May be the same person as row{row.duplicateRows.length > 1 ? 's' : ''}{' '}
          {row.duplicateRows.join(', ')}
        </li>
      ) : null}
      {row.newCompany ? <li>Creates the company {row.newCompany}</li> : null}
      {errors.length === 0 ? <li className="ready">Ready{row.edited ? ' (fixed)' : ''}</li> : null}
    </ul>
  );
}

/** The preview's rows as a table; any row can be opened and fixed in place. */
export function PreviewTable(props: {
  batchId: number;
  kind: ImportKind;
  preview: Preview;
  labelOf: (key: string) => string;
  onFixed: (row: number) => void;
}) {
  const { preview, labelOf } = props;
  const [open, setOpen] = useState<number | null>(null);
  const width = preview.columns.length + 3;
  return (
    <TableFrame label="Rows of the file">
      <table>
        <thead>
          <tr>
            <th scope="col">Row</th>
            {preview.columns.map((k) => (
              <th scope="col" key={k}>
                {labelOf(k)}
              </th>
            ))}
            <th scope="col">Checks</th>
            <th scope="col">
              <span className="visually-hidden">Fix</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((row) => (
            <Fragment key={row.row}>
              <tr className={Object.keys(row.errors).length ? 'has-errors' : undefined}>
                <th scope="row">{row.row}</th>
                {preview.columns.map((k) => (
                  <td key={k} className={row.errors[k] ? 'cell-error' : undefined}>
                    {shown(row.values[k] ?? '') || <span className="meta">—</span>}
                  </td>
                ))}
                <td>
                  <Checks row={row} labelOf={labelOf} />
                </td>
                <td>
                  <button
                    type="button"
                    className="link-button"
                    aria-expanded={open === row.row}
                    aria-label={`Fix row ${row.row}`}
                    onClick={() => setOpen(open === row.row ? null : row.row)}
                  >
                    Fix
                  </button>
                </td>
              </tr>
              {open === row.row ? (
                <tr>
                  <td colSpan={width}>
                    <RowFix
                      batchId={props.batchId}
                      row={row}
                      columns={preview.columns}
                      labelOf={labelOf}
                      onDone={(ready) => {
                        setOpen(null);
                        if (ready) props.onFixed(row.row);
                      }}
                    />
                  </td>
                </tr>
              ) : null}
            </Fragment>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
}
