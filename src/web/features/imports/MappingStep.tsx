import { type FormEvent, useRef, useState } from 'react';
import { IGNORE, IMPORT_TARGETS, type ImportBatch } from '../../../shared/imports.ts';
import { ApiError, errorMessage } from '../../api.ts';
import { SelectField } from '../../ui/Field.tsx';
import { ErrorMessage, SubmitButton } from '../../ui/Status.tsx';
import { useFocusError } from '../../ui/useFocusError.ts';
import { useSaveMapping } from './queries.ts';

/** "Examples: Ada, Grace, Alan", from the first rows that have a value in the column. */
function examples(sampleRows: readonly string[][], column: number): string | undefined {
  const seen = sampleRows
    .map((r) => r[column] ?? '')
    .filter(Boolean)
    .slice(0, 3);
  if (seen.length === 0) return undefined;
  return `Examples: ${seen.map((v) => (v.length > 40 ? `${v.slice(0, 40)}…` : v)).join(', ')}`;
}

/** Step 2: which field each column of the file fills; the suggestions come preselected. */
export function MappingStep(props: {
  batch: ImportBatch;
  sampleRows: readonly string[][];
  onSaved: () => void;
}) {
  const { batch } = props;
  const targets = IMPORT_TARGETS[batch.kind];
  const [mapping, setMapping] = useState<Record<string, string>>(batch.mapping);
  const [createCompanies, setCreateCompanies] = useState(batch.createMissingCompanies);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const formRef = useRef<HTMLFormElement>(null);
  useFocusError(formRef, errors);
  const save = useSaveMapping(batch.id);

  const options = [
    { value: IGNORE, label: 'Don’t import' },
    ...targets.map((t) => ({
      value: t.key,
      label: 'required' in t && t.required ? `${t.label} (required)` : t.label,
    })),
  ];
  const required = targets.filter((t) => 'required' in t && t.required).map((t) => t.label);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setErrors({});
    save.mutate(
      { mapping, createMissingCompanies: createCompanies },
      {
        onSuccess: props.onSaved,
        onError: (err) => setErrors(err instanceof ApiError ? err.fields : {}),
      },
    );
  };

  return (
    <form className="stack form" onSubmit={submit} noValidate ref={formRef} aria-labelledby="mapping-heading">
      <h2 id="mapping-heading">Match the columns of {batch.fileName}</h2>
      <p>
        {batch.total === 1 ? '1 row' : `${batch.total.toLocaleString('en-US')} rows`}. Choose the field each
        column fills.{' '}
        {batch.kind === 'candidates'
          ? 'Needed: Name (or First name and Last name).'
          : `Needed: ${required.join(', ')}.`}
      </p>
      {save.isError ? <ErrorMessage>{errors.mapping ?? errorMessage(save.error)}</ErrorMessage> : null}
      <div className="mapping-list">
        {batch.headers.map((header, i) => (
          <SelectField
            key={header}
            label={header}
            hint={examples(props.sampleRows, i)}
            value={mapping[header] ?? IGNORE}
            onChange={(e) => setMapping((m) => ({ ...m, [header]: e.target.value }))}
            options={options}
            error={errors[header]}
          />
        ))}
      </div>
      {batch.kind === 'openings' ? (
        <label className="check">
          <input
            type="checkbox"
            checked={createCompanies}
            onChange={(e) => setCreateCompanies(e.target.checked)}
          />
          Create the companies the file names that are not on record yet
        </label>
      ) : null}
      <div className="actions">
        <SubmitButton pending={save.isPending} pendingLabel="Checking the rows…">
          Check the rows
        </SubmitButton>
      </div>
    </form>
  );
}
