import { type FormEvent, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { Application } from '../../../shared/pipeline.ts';
import { ApiError, errorMessage, fieldErrors } from '../../api.ts';
import { SelectField, TextArea } from '../../ui/Field.tsx';
import { ErrorMessage, Loading, SubmitButton } from '../../ui/Status.tsx';
import { useFocusError } from '../../ui/useFocusError.ts';
import { useOpenOpenings, useSubmitToOpening } from './recordQueries.ts';

const MAX_NOTE = 2000;

/** Field errors for a failed submission; "already in the pipeline" belongs to the opening field. */
function errorsOf(err: unknown): Record<string, string> {
  if (err instanceof ApiError && err.code === 'already_applied') return { openingId: err.message };
  return fieldErrors(err);
}

/**
 * Puts the candidate into an open opening's pipeline with an optional note for the team.
 * Openings they are already in stay listed (marked), so choosing one says why it cannot be done.
 */
export function SubmitToOpening(props: {
  candidateId: number;
  current: readonly Application[];
  onDone: (created: Application | null) => void;
}) {
  const openings = useOpenOpenings(true);
  const submit = useSubmitToOpening(props.candidateId);
  const [openingId, setOpeningId] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const formRef = useRef<HTMLFormElement>(null);
  useFocusError(formRef, errors);
  const inPipeline = new Map(props.current.map((a) => [a.openingId, a.id]));
  const existing = inPipeline.get(Number(openingId));

  const send = (e: FormEvent) => {
    e.preventDefault();
    if (submit.isPending) return;
    const found: Record<string, string> = {};
    if (!openingId) found.openingId = 'Choose an opening';
    if (note.trim().length > MAX_NOTE) found.note = 'Keep the note under 2,000 characters';
    setErrors(found);
    if (Object.keys(found).length) return;
    submit.mutate(
      { openingId: Number(openingId), note: note.trim() },
      { onSuccess: props.onDone, onError: (err) => setErrors(errorsOf(err)) },
    );
  };

  if (openings.isPending) return <Loading label="Loading open openings…" />;
  if (openings.isError) return <ErrorMessage error={openings.error} />;
  if (openings.data.length === 0) {
    return (
      <div className="stack">
        <p>There are no open openings to submit to.</p>
        <p>
          <button type="button" className="secondary" onClick={() => props.onDone(null)}>
            Close
          </button>
        </p>
      </div>
    );
  }
  const options = [
    { value: '', label: 'Choose an opening…' },
    ...openings.data.map((o) => ({
      value: String(o.id),
      label: `${o.title} · ${o.companyName}${inPipeline.has(o.id) ? ' (already in their pipeline)' : ''}`,
    })),
  ];
  const hasFieldErrors = Object.keys(errors).length > 0;
  return (
    <form
      className="stack submit-form"
      onSubmit={send}
      noValidate
      ref={formRef}
      aria-label="Submit to an opening"
    >
      {hasFieldErrors ? (
        <ErrorMessage>Not submitted. Please correct the fields marked below.</ErrorMessage>
      ) : submit.isError ? (
        <ErrorMessage>{errorMessage(submit.error)}</ErrorMessage>
      ) : null}
      <SelectField
        label="Opening"
        name="openingId"
        autoFocus
        options={options}
        value={openingId}
        onChange={(e) => setOpeningId(e.target.value)}
        error={errors.openingId}
      />
      {errors.openingId && existing ? (
        <p>
          <Link to={`/applications/${existing}`}>Open their application to this opening</Link>
        </p>
      ) : null}
      <TextArea
        label="Note for the team (optional)"
        name="note"
        rows={3}
        hint="Why they fit. Staff see it in the application’s history; the candidate does not."
        value={note}
        onChange={(e) => setNote(e.target.value)}
        error={errors.note}
      />
      <div className="actions">
        <SubmitButton pending={submit.isPending} pendingLabel="Submitting…">
          Submit candidate
        </SubmitButton>
        <button type="button" className="secondary" onClick={() => props.onDone(null)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
