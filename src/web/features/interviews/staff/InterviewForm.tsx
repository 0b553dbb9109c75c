import { type FormEvent, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { Interview } from '../../../../shared/interview-api.ts';
import {
  INTERVIEW_FORMAT_LABELS,
  INTERVIEW_FORMATS,
  INTERVIEW_ROUND_LABELS,
  INTERVIEW_ROUNDS,
} from '../../../../shared/interviews.ts';
import { errorMessage, fieldErrors } from '../../../api.ts';
import { SelectField, TextArea, TextField } from '../../../ui/Field.tsx';
import { viewerZone } from '../../../ui/format.ts';
import { ErrorMessage, Loading, SubmitButton } from '../../../ui/Status.tsx';
import { useFocusError } from '../../../ui/useFocusError.ts';
import { useContacts } from '../../contacts/queries.ts';
import { CheckGroup } from './CheckGroup.tsx';
import { type InterviewFormValues, initialValues, toInterviewInput } from './formValues.ts';
import { useCreateInterview, useOpeningApplications } from './queries.ts';
import { knownZones } from './slotTime.ts';
import { TimesFieldset } from './TimesFieldset.tsx';

export interface InterviewTarget {
  applicationId: number;
  companyId: number;
  openingId: number;
}

/** The employer's contacts as interviewer checkboxes (name and title). */
function Interviewers(props: {
  companyId: number;
  selected: number[];
  onChange: (ids: number[]) => void;
  error: string | undefined;
}) {
  const contacts = useContacts(props.companyId);
  if (contacts.isPending) return <Loading label="Loading the employer’s contacts…" />;
  if (contacts.isError) return <ErrorMessage error={contacts.error} />;
  if (contacts.data.length === 0)
    return (
      <p className="meta">
        No contacts at this employer yet to choose as interviewers.{' '}
        <Link to={`/companies/${props.companyId}`}>Add them on the company’s page</Link>.
      </p>
    );
  return (
    <CheckGroup
      legend="Interviewers"
      hint="The employer’s people who will interview; they get the invitation too."
      options={contacts.data.map((c) => ({ id: c.id, label: c.title ? `${c.name}, ${c.title}` : c.name }))}
      selected={props.selected}
      onChange={props.onChange}
      error={props.error}
    />
  );
}

/** A group session's size and the other applicants to the same opening invited to it. */
function GroupFields(props: {
  target: InterviewTarget;
  values: InterviewFormValues;
  set: (change: Partial<InterviewFormValues>) => void;
  errors: Record<string, string>;
}) {
  const others = useOpeningApplications(props.target.openingId, true);
  const options = (others.data?.results ?? [])
    .filter((a) => a.id !== props.target.applicationId)
    .map((a) => ({ id: a.id, label: `${a.candidateName} (${a.stage.name})` }));
  return (
    <>
      <TextField
        label="Seats per time"
        type="number"
        inputMode="numeric"
        min={2}
        max={100}
        value={props.values.capacity}
        onChange={(e) => props.set({ capacity: e.target.value })}
        error={props.errors.capacity}
      />
      {others.isPending ? <Loading label="Loading the opening’s applicants…" /> : null}
      {others.isError ? <ErrorMessage error={others.error} /> : null}
      {others.isSuccess && options.length === 0 ? (
        <p className="meta">No one else has applied to this opening yet.</p>
      ) : null}
      {options.length > 0 ? (
        <CheckGroup
          legend="Also invite"
          hint="Other applicants to this opening who may book a seat."
          options={options}
          selected={props.values.alsoInvite}
          onChange={(ids) => props.set({ alsoInvite: ids })}
          error={props.errors.alsoInvite}
        />
      ) : null}
    </>
  );
}

/** Sets an interview up for one application: what, where, who, and one time or several to choose from. */
export function InterviewForm(props: { target: InterviewTarget; onDone: (saved: Interview | null) => void }) {
  const [values, setValues] = useState(() => initialValues(viewerZone()));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const formRef = useRef<HTMLFormElement>(null);
  useFocusError(formRef, errors);
  const create = useCreateInterview(props.target.applicationId);
  const set = (change: Partial<InterviewFormValues>) => setValues((v) => ({ ...v, ...change }));
  const bind = (key: 'durationMinutes' | 'location' | 'videoUrl' | 'instructions' | 'zone') => ({
    name: key,
    value: values[key],
    error: errors[key],
    onChange: (e: { target: { value: string } }) => set({ [key]: e.target.value }),
  });
  const written = values.format === 'written-test';

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const result = toInterviewInput(values);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    create.mutate(result.input, {
      onSuccess: props.onDone,
      onError: (err) => setErrors(fieldErrors(err)),
    });
  };

  return (
    <form
      className="stack interview-form"
      onSubmit={submit}
      noValidate
      ref={formRef}
      aria-label="Set up an interview"
    >
      {Object.keys(errors).length ? (
        <ErrorMessage>{errors._ ?? 'Please correct the fields marked below.'}</ErrorMessage>
      ) : create.isError ? (
        <ErrorMessage>{errorMessage(create.error)}</ErrorMessage>
      ) : null}
      <div className="row">
        <SelectField
          label="Round"
          value={values.round}
          onChange={(e) => set({ round: e.target.value as InterviewFormValues['round'] })}
          error={errors.round}
          options={INTERVIEW_ROUNDS.map((r) => ({ value: r, label: INTERVIEW_ROUND_LABELS[r] }))}
        />
        <SelectField
          label="Format"
          value={values.format}
          onChange={(e) => set({ format: e.target.value as InterviewFormValues['format'] })}
          error={errors.format}
          options={INTERVIEW_FORMATS.map((f) => ({ value: f, label: INTERVIEW_FORMAT_LABELS[f] }))}
        />
        <TextField
          label={written ? 'Test length (minutes)' : 'Length (minutes)'}
          type="number"
          inputMode="numeric"
          min={5}
          max={600}
          {...bind('durationMinutes')}
        />
      </div>
      <div className="row">
        <TextField
          label="Location (optional)"
          hint="Address, floor or room."
          maxLength={500}
          {...bind('location')}
        />
        <TextField
          label="Video link (optional)"
          type="url"
          inputMode="url"
          placeholder="https://"
          maxLength={2000}
          {...bind('videoUrl')}
        />
      </div>
      <TextArea
        label="Instructions for the candidate (optional)"
        hint="What to bring, what to wear, who to ask for at reception."
        rows={3}
        maxLength={4000}
        {...bind('instructions')}
      />
      <SelectField
        label="Time zone"
        hint="The times below are read in this zone, and the candidate sees it named."
        {...bind('zone')}
        options={knownZones(viewerZone(), values.zone).map((z) => ({ value: z, label: z }))}
      />
      <Interviewers
        companyId={props.target.companyId}
        selected={values.interviewerIds}
        onChange={(ids) => set({ interviewerIds: ids })}
        error={errors.interviewerIds}
      />
      {values.format === 'group' ? (
        <GroupFields target={props.target} values={values} set={set} errors={errors} />
      ) : null}
      <TimesFieldset values={values} update={setValues} errors={errors} />
      <div className="actions">
        <SubmitButton pending={create.isPending}>Set up the interview</SubmitButton>
        <button type="button" className="secondary" onClick={() => props.onDone(null)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
