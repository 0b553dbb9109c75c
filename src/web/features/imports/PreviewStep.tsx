import { useState } from 'react';
import { IMPORT_TARGETS, type ImportBatch, type Preview } from '../../../shared/imports.ts';
import { errorMessage } from '../../api.ts';
import { SelectField } from '../../ui/Field.tsx';
import { Async, ErrorMessage, SubmitButton } from '../../ui/Status.tsx';
import { PreviewTable } from './PreviewTable.tsx';
import { usePreview, useRunImport } from './queries.ts';

const plural = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

function Summary({ preview }: { preview: Preview }) {
  const s = preview.summary;
  return (
    <ul className="import-summary" aria-label="Summary">
      <li>{plural(s.total, 'row', 'rows')}</li>
      <li className="ready">{s.valid.toLocaleString('en-US')} ready</li>
      <li className={s.invalid ? 'has-errors' : undefined}>
        {plural(s.invalid, 'row with errors', 'rows with errors')}
      </li>
      {s.duplicatesInFile ? (
        <li>{plural(s.duplicatesInFile, 'row repeats a person', 'rows repeat a person')} in the file</li>
      ) : null}
      {s.newCompanies.length ? <li>New companies: {s.newCompanies.join(', ')}</li> : null}
    </ul>
  );
}

function Pages(props: { preview: Preview; page: number; onPage: (n: number) => void }) {
  const pages = Math.max(1, Math.ceil(props.preview.matching / props.preview.pageSize));
  if (pages === 1) return null;
  return (
    <nav className="pagination" aria-label="Pages of rows">
      {props.page > 1 ? (
        <button type="button" className="link-button" onClick={() => props.onPage(props.page - 1)}>
          Previous page
        </button>
      ) : null}
      <span>
        Page {props.page} of {pages}
      </span>
      {props.page < pages ? (
        <button type="button" className="link-button" onClick={() => props.onPage(props.page + 1)}>
          Next page
        </button>
      ) : null}
    </nav>
  );
}

/** The options and the button that start the run. */
function RunForm({
  batch,
  preview,
  onStarted,
}: {
  batch: ImportBatch;
  preview: Preview;
  onStarted: () => void;
}) {
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [skipDuplicates, setSkipDuplicates] = useState(false);
  const run = useRunImport(batch.id);
  const s = preview.summary;
  const count = skipInvalid ? s.valid : s.total;
  return (
    <form
      className="stack"
      aria-labelledby="run-heading"
      onSubmit={(e) => {
        e.preventDefault();
        run.mutate({ skipInvalid, skipDuplicates }, { onSuccess: onStarted });
      }}
    >
      <h2 id="run-heading">Import</h2>
      {run.isError ? <ErrorMessage>{errorMessage(run.error)}</ErrorMessage> : null}
      <fieldset className="checks">
        <legend>While importing</legend>
        <label className="check">
          <input type="checkbox" checked={skipInvalid} onChange={(e) => setSkipInvalid(e.target.checked)} />
          Skip rows with errors ({s.invalid.toLocaleString('en-US')})
        </label>
        {batch.kind === 'candidates' ? (
          <label className="check">
            <input
              type="checkbox"
              checked={skipDuplicates}
              onChange={(e) => setSkipDuplicates(e.target.checked)}
            />
            Skip people we may already have, or who appear earlier in the file
          </label>
        ) : null}
      </fieldset>
      <p className="hint">Skipped rows are listed afterwards, with the reason, to download and fix.</p>
      <div className="actions">
        <SubmitButton pending={run.isPending} pendingLabel="Starting…">
          Import {plural(count, 'row', 'rows')}
        </SubmitButton>
      </div>
    </form>
  );
}

/** Step 3: every row after mapping, with its errors and duplicate flags; rows can be fixed here. */
export function PreviewStep(props: { batch: ImportBatch; onBack: () => void; onStarted: () => void }) {
  const { batch } = props;
  const [page, setPage] = useState(1);
  const [show, setShow] = useState<'all' | 'problems'>('all');
  const [announce, setAnnounce] = useState('');
  const preview = usePreview(batch.id, page, show);
  const labels = new Map(IMPORT_TARGETS[batch.kind].map((t) => [t.key as string, t.label]));
  const labelOf = (key: string) => labels.get(key) ?? key;

  return (
    <div className="stack">
      <div className="page-head">
        <h2>Check the rows</h2>
        <button type="button" className="button secondary" onClick={props.onBack}>
          Back to the columns
        </button>
      </div>
      {batch.status === 'failed' ? <ErrorMessage>The last run failed: {batch.error}</ErrorMessage> : null}
      <p className="visually-hidden" role="status">
        {announce}
      </p>
      <Async query={preview} loading="Checking the rows…">
        {(p) => (
          <>
            <Summary preview={p} />
            <SelectField
              wrapperClass="narrow"
              label="Show"
              value={show}
              onChange={(e) => {
                setShow(e.target.value === 'problems' ? 'problems' : 'all');
                setPage(1);
              }}
              options={[
                { value: 'all', label: 'All rows' },
                { value: 'problems', label: 'Rows with errors or possible duplicates' },
              ]}
            />
            {p.rows.length ? (
              <PreviewTable
                batchId={batch.id}
                kind={batch.kind}
                preview={p}
                labelOf={labelOf}
                onFixed={(row) => setAnnounce(`Row ${row} is ready to import.`)}
              />
            ) : (
              <p>No rows to show.</p>
            )}
            <Pages preview={p} page={page} onPage={setPage} />
            <RunForm batch={batch} preview={p} onStarted={props.onStarted} />
          </>
        )}
      </Async>
    </div>
  );
}
