import { type FormEvent, useRef, useState } from 'react';
import type { Candidate } from '../../../shared/candidates.ts';
import { errorMessage, fieldErrors } from '../../api.ts';
import { ErrorMessage, SubmitButton } from '../../ui/Status.tsx';
import { useFocusError } from '../../ui/useFocusError.ts';
import {
  ConsentFieldset,
  type FieldsetProps,
  PersonFieldset,
  PreferencesFieldset,
  RecordFieldset,
  WorkFieldset,
} from './CandidateFieldsets.tsx';
import {
  blankCandidate,
  type CandidateValues,
  fieldsForForm,
  fromCandidate,
  toCandidateInput,
} from './formValues.ts';
import { type CandidateWithDuplicates, useSaveCandidate } from './queries.ts';

/** Creates a candidate (candidate = undefined) or edits one: every field of candidateInput. */
export function CandidateForm(props: {
  candidate?: Candidate;
  onSaved: (saved: CandidateWithDuplicates) => void;
}) {
  const { candidate } = props;
  const [values, setValues] = useState<CandidateValues>(
    candidate ? fromCandidate(candidate) : blankCandidate(),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const formRef = useRef<HTMLFormElement>(null);
  useFocusError(formRef, errors);
  const save = useSaveCandidate(candidate?.id ?? null);

  const fieldset: FieldsetProps = {
    values,
    errors,
    bind: (key) => ({
      name: key,
      value: values[key],
      onChange: (e) => setValues((v) => ({ ...v, [key]: e.target.value })),
    }),
    setList: (key, list) => setValues((v) => ({ ...v, [key]: list })),
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const checked = toCandidateInput(values);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    save.mutate(checked.input, {
      onSuccess: props.onSaved,
      onError: (err) => setErrors(fieldsForForm(fieldErrors(err))),
    });
  };
  const hasFieldErrors = Object.keys(errors).length > 0;

  return (
    <form className="stack form" onSubmit={submit} noValidate ref={formRef}>
      {hasFieldErrors ? (
        <ErrorMessage>Please correct the fields marked below.</ErrorMessage>
      ) : save.isError ? (
        <ErrorMessage>{errorMessage(save.error)}</ErrorMessage>
      ) : null}
      <PersonFieldset {...fieldset} />
      <WorkFieldset {...fieldset} />
      <PreferencesFieldset {...fieldset} />
      <RecordFieldset {...fieldset} />
      <ConsentFieldset {...fieldset} />
      <div className="actions">
        <SubmitButton pending={save.isPending}>
          {candidate ? 'Save changes' : 'Create candidate'}
        </SubmitButton>
      </div>
    </form>
  );
}
