import { type FormEvent, useRef, useState } from 'react';
import { type Interview, staffCancelInput } from '../../../../shared/interview-api.ts';
import {
  ATTENDANCE_OUTCOME_LABELS,
  ATTENDANCE_OUTCOMES,
  type AttendanceOutcome,
} from '../../../../shared/interviews.ts';
import { errorMessage, fieldErrors } from '../../../api.ts';
import { SelectField, TextArea, TextField } from '../../../ui/Field.tsx';
import { ErrorMessage, SubmitButton } from '../../../ui/Status.tsx';
import { useFocusError } from '../../../ui/useFocusError.ts';
import { issuesToFields } from '../../../ui/validation.ts';
import { useCancelInterview, useMoveInterview, useRecordAttendance } from './queries.ts';
import { formatSlot } from './slotTime.ts';
import { instantToWallTime, wallTimeToInstant } from './zonedInput.ts';

// The changes staff make to an interview once it is set up: move a booked time, call the
// interview off, record who came. Each is a small form that keeps its input on a refusal and
// shows the server's words next to the field they are about.

type Slot = Interview['slots'][number];

/** A form's error banner: the general message, or a pointer to the fields marked below. */
function Banner({ errors, failure }: { errors: Record<string, string>; failure: unknown }) {
  if (Object.keys(errors).length)
    return <ErrorMessage>{errors._ ?? 'Please correct the fields marked below.'}</ErrorMessage>;
  return failure ? <ErrorMessage>{errorMessage(failure)}</ErrorMessage> : null;
}

/** Moves one booked time, typed as a wall time in the interview's own zone. */
export function MoveTimeForm(props: { interview: Interview; slot: Slot; onDone: (moved: boolean) => void }) {
  const { interview: i, slot } = props;
  const written = i.format === 'written-test';
  const [startsAt, setStartsAt] = useState(() => instantToWallTime(slot.startsAt, i.zone));
  const [endsAt, setEndsAt] = useState(() => instantToWallTime(slot.endsAt, i.zone));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const formRef = useRef<HTMLFormElement>(null);
  useFocusError(formRef, errors);
  const move = useMoveInterview(i.id);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const start = wallTimeToInstant(startsAt, i.zone);
    const end = written ? wallTimeToInstant(endsAt, i.zone) : null;
    const found: Record<string, string> = {};
    if (!start) found.startsAt = 'Choose the new date and time';
    if (written && !end) found.endsAt = 'Choose when the window closes';
    setErrors(found);
    if (!start || Object.keys(found).length) return;
    move.mutate(
      { slotId: slot.id, startsAt: start, ...(end ? { endsAt: end } : {}) },
      { onSuccess: () => props.onDone(true), onError: (err) => setErrors(fieldErrors(err)) },
    );
  };
  return (
    <form
      className="stack"
      onSubmit={submit}
      noValidate
      ref={formRef}
      aria-label={`Move ${formatSlot(slot.startsAt, slot.endsAt, i.zone)}`}
    >
      <Banner errors={errors} failure={move.error} />
      <div className="row">
        <TextField
          label={written ? 'Window opens' : 'New date and time'}
          hint={`In ${i.zone}, the interview’s time zone.`}
          type="datetime-local"
          value={startsAt}
          onChange={(e) => setStartsAt(e.target.value)}
          error={errors.startsAt ?? errors.slotId}
        />
        {written ? (
          <TextField
            label="Window closes"
            type="datetime-local"
            value={endsAt}
            onChange={(e) => setEndsAt(e.target.value)}
            error={errors.endsAt}
          />
        ) : null}
      </div>
      <div className="actions">
        <SubmitButton pending={move.isPending}>Move the interview</SubmitButton>
        <button type="button" className="secondary" onClick={() => props.onDone(false)}>
          Keep the time
        </button>
      </div>
    </form>
  );
}

/** Calls the interview off for the agency or the employer, with a reason the candidate reads. */
export function CancelInterviewForm(props: { interview: Interview; onDone: (cancelled: boolean) => void }) {
  const [by, setBy] = useState<'agency' | 'client'>('agency');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const formRef = useRef<HTMLFormElement>(null);
  useFocusError(formRef, errors);
  const cancel = useCancelInterview(props.interview.id);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = staffCancelInput.safeParse({ by, reason });
    if (!parsed.success) {
      setErrors(issuesToFields(parsed.error.issues));
      return;
    }
    setErrors({});
    cancel.mutate(parsed.data, {
      onSuccess: () => props.onDone(true),
      onError: (err) => setErrors(fieldErrors(err)),
    });
  };
  return (
    <form className="stack" onSubmit={submit} noValidate ref={formRef} aria-label="Cancel the interview">
      <Banner errors={errors} failure={cancel.error} />
      <SelectField
        label="Who is calling it off"
        value={by}
        onChange={(e) => setBy(e.target.value === 'client' ? 'client' : 'agency')}
        error={errors.by}
        options={[
          { value: 'agency', label: 'The agency' },
          { value: 'client', label: 'The employer' },
        ]}
      />
      <TextArea
        label="Reason"
        hint="Kept with the interview and in the activity history, for staff."
        rows={2}
        maxLength={1000}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={errors.reason}
      />
      <div className="actions">
        <SubmitButton pending={cancel.isPending} pendingLabel="Cancelling…">
          Cancel the interview
        </SubmitButton>
        <button type="button" className="secondary" onClick={() => props.onDone(false)}>
          Keep it
        </button>
      </div>
    </form>
  );
}

/** Records whether one booked candidate came; offered only once their time has passed. */
export function AttendanceForm(props: {
  interviewId: number;
  candidateId: number;
  candidateName: string;
  current: AttendanceOutcome | null;
  onRecorded: (outcome: AttendanceOutcome) => void;
}) {
  const [outcome, setOutcome] = useState<AttendanceOutcome>(props.current ?? 'attended');
  const record = useRecordAttendance(props.interviewId);
  const problem = record.isError
    ? (Object.values(fieldErrors(record.error))[0] ?? errorMessage(record.error))
    : undefined;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    record.mutate(
      { outcome, candidateId: props.candidateId },
      { onSuccess: () => props.onRecorded(outcome) },
    );
  };
  return (
    <form
      className="actions attendance-form"
      onSubmit={submit}
      aria-label={`Attendance of ${props.candidateName}`}
    >
      <SelectField
        label="Attendance"
        value={outcome}
        onChange={(e) => setOutcome(e.target.value as AttendanceOutcome)}
        error={problem}
        options={ATTENDANCE_OUTCOMES.map((o) => ({ value: o, label: ATTENDANCE_OUTCOME_LABELS[o] }))}
      />
      <SubmitButton pending={record.isPending}>
        {props.current ? 'Change attendance' : 'Record attendance'}
      </SubmitButton>
    </form>
  );
}
