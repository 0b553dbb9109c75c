import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { type ImportKind, MAX_IMPORT_BYTES, type UploadResult } from '../../../shared/imports.ts';
import { ApiError, errorMessage } from '../../api.ts';
import { TextField } from '../../ui/Field.tsx';
import { ErrorMessage, SubmitButton } from '../../ui/Status.tsx';
import { UploadProgress } from '../../ui/UploadProgress.tsx';
import { useFocusError } from '../../ui/useFocusError.ts';
import { uploadImport } from './queries.ts';

const ACCEPT = '.csv,.tsv,.txt,text/csv,text/plain,text/tab-separated-values';
const TOO_BIG = 'The file is larger than 10 MB. Split it and import the parts in turn.';

function fieldsOf(err: unknown): Record<string, string> {
  if (!(err instanceof ApiError)) return {};
  if (err.code === 'too_large') return { file: TOO_BIG };
  return err.fields;
}

/** Step 1: what the file holds, and the file, sent with visible progress. */
export function UploadStep({ onUploaded }: { onUploaded: (u: UploadResult) => void }) {
  const [kind, setKind] = useState<ImportKind>('candidates');
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState(0);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const formRef = useRef<HTMLFormElement>(null);
  useFocusError(formRef, errors);

  const send = useMutation({
    mutationFn: (f: File) => {
      setProgress(0);
      return uploadImport(kind, f, setProgress);
    },
    onSuccess: onUploaded,
    onError: (err) => setErrors(fieldsOf(err)),
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (!file) found.file = 'Choose a CSV file';
    else if (file.size > MAX_IMPORT_BYTES) found.file = TOO_BIG;
    setErrors(found);
    if (file && Object.keys(found).length === 0) send.mutate(file);
  };

  const summary = Object.keys(errors).length
    ? 'The file was not uploaded. Please correct the fields marked below.'
    : send.isError
      ? errorMessage(send.error)
      : null;
  return (
    <form className="stack form" onSubmit={submit} noValidate ref={formRef}>
      {summary ? <ErrorMessage>{summary}</ErrorMessage> : null}
      <fieldset className="checks">
        <legend>What does the file hold?</legend>
        {(['candidates', 'openings'] as const).map((k) => (
          <label className="check" key={k}>
            <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
            {k === 'candidates' ? 'Candidates' : 'Openings'}
          </label>
        ))}
      </fieldset>
      <TextField
        label="CSV file"
        name="file"
        type="file"
        accept={ACCEPT}
        hint="Comma, semicolon or tab separated, up to 10 MB and 20,000 rows. The first row names the columns."
        onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        error={errors.file}
      />
      {send.isPending ? <UploadProgress progress={progress} after="reading the file…" /> : null}
      <div className="actions">
        <SubmitButton pending={send.isPending} pendingLabel="Uploading…">
          Upload
        </SubmitButton>
      </div>
    </form>
  );
}
