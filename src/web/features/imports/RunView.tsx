import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link } from 'react-router';
import type { ImportBatch } from '../../../shared/imports.ts';
import { TableFrame } from '../../ui/Page.tsx';
import { ErrorMessage } from '../../ui/Status.tsx';

/** What the bar shows: duplicate checks first (when asked for), then the import itself. */
function progressOf(b: ImportBatch): { value: number; text: string } {
  if (b.status === 'done')
    return { value: b.total, text: `Finished: ${b.processed} of ${b.total} rows handled.` };
  if (b.processed === 0 && b.checked > 0 && b.checked < b.total)
    return { value: b.checked, text: `Checking for duplicates: ${b.checked} of ${b.total} rows…` };
  return { value: b.processed, text: `Importing: ${b.processed} of ${b.total} rows…` };
}

function Skipped({ batch }: { batch: ImportBatch }) {
  if (batch.skippedCount === 0) return <p>No row was skipped.</p>;
  return (
    <section aria-labelledby="skipped-heading" className="stack">
      <h3 id="skipped-heading">Skipped rows</h3>
      <p>
        <a className="button secondary" href={`/api/v1/imports/${batch.id}/skipped.csv`} download>
          Download skipped rows
        </a>{' '}
        <span className="hint">the rows as they were in the file, with the reason in a last column</span>
      </p>
      <TableFrame label="Table of skipped rows">
        <table>
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Reason</th>
            </tr>
          </thead>
          <tbody>
            {batch.skipped.map((s) => (
              <tr key={s.row}>
                <th scope="row">{s.row}</th>
                <td>{s.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
      {batch.skippedCount > batch.skipped.length ? (
        <p className="hint">
          Showing the first {batch.skipped.length} of {batch.skippedCount}; the download has them all.
        </p>
      ) : null}
    </section>
  );
}

/** Step 4: the run's progress, then what it did. */
export function RunView({ batch, onBack }: { batch: ImportBatch; onBack: () => void }) {
  const client = useQueryClient();
  const done = batch.status === 'done';
  useEffect(() => {
    // The lists hold the new records once the run has committed them.
    if (done) void client.invalidateQueries({ queryKey: [batch.kind] });
  }, [done, batch.kind, client]);

  if (batch.status === 'failed')
    return (
      <div className="stack">
        <h2>The import failed</h2>
        <ErrorMessage>{batch.error}</ErrorMessage>
        <div className="actions">
          <button type="button" className="button" onClick={onBack}>
            Back to the rows
          </button>
        </div>
      </div>
    );
  const p = progressOf(batch);
  const noun = batch.kind === 'candidates' ? 'candidates' : 'openings';
  return (
    <div className="stack">
      <h2 id="run-progress">{done ? 'Import finished' : 'Importing…'}</h2>
      <progress
        value={p.value}
        max={Math.max(batch.total, 1)}
        aria-labelledby="run-progress"
        aria-valuetext={p.text}
      />
      <p role="status">{p.text}</p>
      {done ? (
        <>
          <p className="import-result">
            <strong>{batch.imported.toLocaleString('en-US')}</strong>{' '}
            {batch.imported === 1 ? noun.slice(0, -1) : noun} imported,{' '}
            <strong>{batch.skippedCount.toLocaleString('en-US')}</strong>{' '}
            {batch.skippedCount === 1 ? 'row' : 'rows'} skipped.
          </p>
          <Skipped batch={batch} />
          <div className="actions">
            <Link className="button" to={`/${noun}`}>
              Go to {noun}
            </Link>
            <Link className="button secondary" to="/import" reloadDocument={false}>
              Import another file
            </Link>
          </div>
        </>
      ) : (
        <p className="hint">You can leave this page; the import carries on.</p>
      )}
    </div>
  );
}
