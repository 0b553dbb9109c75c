import { type FormEvent, useId, useRef, useState } from 'react';
import {
  NOTE_MAX,
  type Note,
  type NoteVisibility,
  noteUpdate,
  SHAREABLE_SUBJECTS,
  type SubjectType,
} from '../../../shared/notes.ts';
import { errorMessage, fieldErrors } from '../../api.ts';
import { TextArea } from '../../ui/Field.tsx';
import { ErrorMessage, SubmitButton } from '../../ui/Status.tsx';
import { useFocusError } from '../../ui/useFocusError.ts';
import { issuesToFields } from '../../ui/validation.ts';
import { useSaveNote } from './queries.ts';

export const VISIBILITY_LABELS: Record<NoteVisibility, string> = {
  internal: 'Internal — staff only',
  shared: 'Shared with the candidate',
};

function VisibilityChoice(props: {
  value: NoteVisibility;
  onChange: (v: NoteVisibility) => void;
  error: string | undefined;
}) {
  const name = useId();
  return (
    <fieldset className="checks" aria-describedby={props.error ? `${name}-error` : undefined}>
      <legend>Who can see it</legend>
      {(['internal', 'shared'] as const).map((v) => (
        <label key={v} className="check">
          <input
            type="radio"
            name={name}
            value={v}
            checked={props.value === v}
            onChange={() => props.onChange(v)}
          />
          {VISIBILITY_LABELS[v]}
        </label>
      ))}
      {props.error ? (
        <p className="error" id={`${name}-error`}>
          {props.error}
        </p>
      ) : null}
    </fieldset>
  );
}

/** Writes a new note on a subject, or edits one (note given). */
export function NoteForm(props: {
  subjectType: SubjectType;
  subjectId: number;
  note?: Note;
  onDone: (saved: Note | null) => void;
}) {
  const { note } = props;
  const [body, setBody] = useState(note?.body ?? '');
  const [visibility, setVisibility] = useState<NoteVisibility>(note?.visibility ?? 'internal');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const formRef = useRef<HTMLFormElement>(null);
  useFocusError(formRef, errors);
  const save = useSaveNote(props.subjectType, props.subjectId, note?.id ?? null);
  const shareable = SHAREABLE_SUBJECTS.includes(props.subjectType);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = noteUpdate.safeParse({ body, visibility });
    if (!parsed.success) {
      setErrors(issuesToFields(parsed.error.issues));
      return;
    }
    setErrors({});
    save.mutate(parsed.data, {
      onSuccess: (saved) => {
        if (!note) setBody('');
        props.onDone(saved);
      },
      onError: (err) => setErrors(fieldErrors(err)),
    });
  };

  return (
    <form
      className="stack note-form"
      onSubmit={submit}
      noValidate
      ref={formRef}
      aria-label={note ? 'Edit the note' : 'Add a note'}
    >
      {save.isError && Object.keys(errors).length === 0 ? (
        <ErrorMessage>{errorMessage(save.error)}</ErrorMessage>
      ) : null}
      <TextArea
        label={note ? 'Note' : 'New note'}
        rows={note ? 5 : 3}
        maxLength={NOTE_MAX}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        error={errors.body}
        autoFocus={note !== undefined}
      />
      {shareable ? (
        <VisibilityChoice value={visibility} onChange={setVisibility} error={errors.visibility} />
      ) : null}
      <div className="actions">
        <SubmitButton pending={save.isPending}>{note ? 'Save note' : 'Add note'}</SubmitButton>
        {note ? (
          <button type="button" className="secondary" onClick={() => props.onDone(null)}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
