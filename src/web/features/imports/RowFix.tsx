import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { PreviewRow } from '../../../shared/imports.ts';
import { TextArea, TextField } from '../../ui/Field.tsx';
import { ErrorMessage, SubmitButton } from '../../ui/Status.tsx';
import { useFixRow } from './queries.ts';

/** Fields that hold paragraphs rather than a line. */
const LONG = new Set(['description', 'consentWording']);

/**
 * One row's values as a small form: the person corrects what the checks found and saves,
 * and the server checks the row again with the same rules.
 */
export function RowFix(props: {
  batchId: number;
  row: PreviewRow;
  columns: readonly string[];
  labelOf: (key: string) => string;
  onDone: (ready: boolean) => void;
}) {
  const { row } = props;
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(props.columns.map((k) => [k, row.values[k] ?? ''])),
  );
  const fix = useFixRow(props.batchId);
  const formRef = useRef<HTMLFormElement>(null);
  // The row's current errors: from the preview, then from each save.
  const errors = fix.data?.errors ?? row.errors;

  useEffect(() => {
    const form = formRef.current;
    (
      form?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form?.querySelector<HTMLElement>('input')
    )?.focus();
  }, []);
  useEffect(() => {
    if (fix.data && Object.keys(fix.data.errors).length > 0)
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [fix.data]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    fix.mutate(
      { row: row.row, values },
      { onSuccess: (checked) => Object.keys(checked.errors).length === 0 && props.onDone(true) },
    );
  };

  return (
    <form
      className="row-fix stack"
      onSubmit={submit}
      noValidate
      ref={formRef}
      aria-label={`Fix row ${row.row}`}
    >
      {fix.isError ? <ErrorMessage error={fix.error} /> : null}
      <div className="row">
        {props.columns.map((key) =>
          LONG.has(key) ? (
            <TextArea
              key={key}
              label={props.labelOf(key)}
              rows={4}
              value={values[key] ?? ''}
              onChange={(e) => setValues((v) => ({ ...v, [key]: e.target.value }))}
              error={errors[key]}
            />
          ) : (
            <TextField
              key={key}
              label={props.labelOf(key)}
              value={values[key] ?? ''}
              onChange={(e) => setValues((v) => ({ ...v, [key]: e.target.value }))}
              error={errors[key]}
            />
          ),
        )}
      </div>
      <div className="actions">
        <SubmitButton pending={fix.isPending} pendingLabel="Checking…">
          Save row {row.row}
        </SubmitButton>
        <button type="button" className="button secondary" onClick={() => props.onDone(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
