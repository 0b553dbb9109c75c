import { type FormEvent, useRef, useState } from 'react';
import { STAGE_KINDS, type Stage, stageInput } from '../../../shared/pipeline.ts';
import { ApiError, errorMessage, fieldErrors } from '../../api.ts';
import { SelectField, TextArea, TextField } from '../../ui/Field.tsx';
import { ErrorMessage, SubmitButton } from '../../ui/Status.tsx';
import { useFocusError } from '../../ui/useFocusError.ts';
import { issuesToFields } from '../../ui/validation.ts';
import { useSaveStage } from './queries.ts';
import { KIND_HINTS, KIND_LABELS } from './words.ts';

interface Values {
  name: string;
  kind: string;
  seekerLabel: string;
  seekerNext: string;
}

const kindOptions = STAGE_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }));

/** Adds a stage (stage = undefined) or edits one; checked by the shared schema, then by the server. */
export function StageForm(props: { stage?: Stage; onDone: (saved: Stage | null) => void }) {
  const { stage } = props;
  const [values, setValues] = useState<Values>({
    name: stage?.name ?? '',
    kind: stage?.kind ?? 'active',
    seekerLabel: stage?.seekerLabel ?? '',
    seekerNext: stage?.seekerNext ?? '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const formRef = useRef<HTMLFormElement>(null);
  useFocusError(formRef, errors);
  const save = useSaveStage(stage?.id ?? null);
  const bind = (key: keyof Values) => ({
    name: key,
    value: values[key],
    onChange: (e: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: e.target.value })),
    error: errors[key],
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (save.isPending) return;
    const parsed = stageInput.safeParse(values);
    if (!parsed.success) {
      setErrors(issuesToFields(parsed.error.issues));
      return;
    }
    setErrors({});
    save.mutate(parsed.data, { onSuccess: props.onDone, onError: (err) => setErrors(fieldErrors(err)) });
  };

  const kind = values.kind as keyof typeof KIND_HINTS;
  return (
    <form className="stack" onSubmit={submit} noValidate ref={formRef}>
      {Object.keys(errors).length ? (
        <ErrorMessage>Please correct the fields marked below.</ErrorMessage>
      ) : save.isError ? (
        <ErrorMessage>
          {save.error instanceof ApiError && save.error.status === 409
            ? `This change was not saved. ${save.error.message}`
            : errorMessage(save.error)}
        </ErrorMessage>
      ) : null}
      <TextField label="Stage name (staff see this)" autoComplete="off" maxLength={80} {...bind('name')} />
      <SelectField label="Kind" options={kindOptions} hint={KIND_HINTS[kind]} {...bind('kind')} />
      <TextField
        label="What the job seeker reads"
        hint="Plain words for their application page, e.g. “Sent to the employer”."
        autoComplete="off"
        {...bind('seekerLabel')}
      />
      <TextArea
        label="What happens next (optional)"
        hint="One or two sentences the job seeker reads under the stage."
        rows={3}
        {...bind('seekerNext')}
      />
      <div className="actions">
        <SubmitButton pending={save.isPending}>{stage ? 'Save stage' : 'Add stage'}</SubmitButton>
        <button type="button" className="secondary" onClick={() => props.onDone(null)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
