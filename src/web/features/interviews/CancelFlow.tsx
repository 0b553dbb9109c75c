import { type FormEvent, useCallback, useRef, useState } from 'react';
import type { SeekerInterview } from '../../../shared/interview-api.ts';
import { CANCEL_REASON_LABELS, CANCEL_REASONS, type CancelReason } from '../../../shared/interviews.ts';
import { fieldErrors } from '../../api.ts';
import { TextArea } from '../../ui/Field.tsx';
import { Async, ErrorMessage, SubmitButton } from '../../ui/Status.tsx';
import { useFocusError } from '../../ui/useFocusError.ts';
import { ChooseTime, openSlots } from './ChooseTime.tsx';
import { useChangeInterview, useReasons } from './queries.ts';
import { zonedDateTime } from './time.ts';

// Cancelling is a path with a pause in it: first what the person stands to gain by going and
// the ways to keep the interview at another time, and only then the cancellation, with a reason.

type Step = 'closed' | 'reasons' | 'cancel';

/**
 * Moves focus to the heading of each new step, so keyboard and screen reader users follow. Each
 * step's heading is keyed by the step, so it mounts afresh and this ref callback runs for it.
 */
function useStepFocus() {
  const wanted = useRef(false);
  const heading = useCallback((el: HTMLHeadingElement | null) => {
    if (el && wanted.current) {
      wanted.current = false;
      el.focus();
    }
  }, []);
  return { heading, willMove: () => (wanted.current = true) };
}

export function CancelFlow({ iv }: { iv: SeekerInterview }) {
  const [step, setStepNow] = useState<Step>('closed');
  const [moved, setMoved] = useState<string | null>(null);
  const { heading, willMove } = useStepFocus();
  const setStep = (next: Step) => {
    willMove();
    setStepNow(next);
  };
  return (
    <section aria-labelledby="cant-go" className="record-section">
      {step === 'closed' ? (
        <>
          <h2 key={step} id="cant-go" ref={heading} tabIndex={-1}>
            Can’t make it?
          </h2>
          {moved ? (
            <p className="success" role="status">
              {moved}
            </p>
          ) : null}
          <p>If something has come up, there is usually a way to keep this interview.</p>
          <button type="button" onClick={() => setStep('reasons')}>
            Cancel or move this interview
          </button>
        </>
      ) : step === 'reasons' ? (
        <>
          <h2 key={step} id="cant-go" ref={heading} tabIndex={-1}>
            Before you cancel
          </h2>
          <Reasons iv={iv} />
          <KeepAtAnotherTime
            iv={iv}
            onMoved={(text) => {
              setMoved(text);
              setStep('closed');
            }}
          />
          <div className="actions">
            <button type="button" onClick={() => setStep('closed')}>
              Keep my interview
            </button>
            <button type="button" className="link-button" onClick={() => setStep('cancel')}>
              I still want to cancel
            </button>
          </div>
        </>
      ) : (
        <>
          <h2 key={step} id="cant-go" ref={heading} tabIndex={-1}>
            Cancel your interview
          </h2>
          <CancelForm iv={iv} onBack={() => setStep('reasons')} />
        </>
      )}
    </section>
  );
}

function Reasons({ iv }: { iv: SeekerInterview }) {
  const reasons = useReasons(iv.id, true);
  return (
    <Async query={reasons} loading="Loading…">
      {(r) => (
        <ul className="reasons">
          {r.reasons
            .filter((x) => x.key !== 'reschedule')
            .map((x) => (
              <li key={x.key}>
                <h3>{x.headline}</h3>
                <p className="reason-text">{x.detail}</p>
                {x.openings && x.openings.length > 0 ? (
                  <ul>
                    {x.openings.map((o) => (
                      <li key={o.href}>
                        <a href={o.href}>{o.label}</a>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          {r.reasons
            .filter((x) => x.key === 'reschedule')
            .map((x) => (
              <li key={x.key}>
                <h3>{x.headline}</h3>
                <p className="reason-text">{x.detail}</p>
              </li>
            ))}
        </ul>
      )}
    </Async>
  );
}

/** Another offered time with room, or else a request to the recruiter for one. */
function KeepAtAnotherTime({ iv, onMoved }: { iv: SeekerInterview; onMoved: (text: string) => void }) {
  const change = useChangeInterview(iv.id);
  const free = openSlots(iv);
  const booked = iv.myBooking?.state === 'booked';
  if (!booked) return null;
  return (
    <div className="keep-options">
      {free.length > 0 ? (
        <ChooseTime
          iv={iv}
          slots={free}
          legend="Move to another time that was offered"
          submitLabel="Move to this time"
          pending={change.isPending && change.variables?.kind === 'move'}
          error={change.variables?.kind === 'move' ? change.error : null}
          onChoose={(slotId) =>
            change.mutate(
              { kind: 'move', slotId },
              {
                onSuccess: (next) => {
                  const slot = next.slots.find((s) => s.id === next.myBooking?.slotId);
                  onMoved(
                    `Your interview is now ${slot ? zonedDateTime(slot.startsAt) : 'at the new time'}. Please confirm the new time.`,
                  );
                },
              },
            )
          }
        />
      ) : null}
      <AskForAnotherTime iv={iv} />
    </div>
  );
}

function AskForAnotherTime({ iv }: { iv: SeekerInterview }) {
  const change = useChangeInterview(iv.id);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();
  const asked = iv.myBooking?.moveRequestedAt;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!note.trim()) {
      setError('Tell your recruiter which days and times suit you');
      return;
    }
    setError(undefined);
    change.mutate(
      { kind: 'ask-to-move', note },
      { onError: (err) => setError(fieldErrors(err).note), onSuccess: () => setNote('') },
    );
  };
  if (asked)
    return (
      <p className="notice" role="status">
        You asked for another time on {zonedDateTime(asked)}. Your recruiter will arrange it with the employer
        and let you know; until then your booking stands.
      </p>
    );
  return (
    <form className="form" onSubmit={submit} noValidate>
      <TextArea
        label="Or ask your recruiter for another time: which days and times suit you?"
        value={note}
        maxLength={1000}
        rows={3}
        error={error}
        onChange={(e) => setNote(e.target.value)}
      />
      {change.isError && !fieldErrors(change.error).note ? <ErrorMessage error={change.error} /> : null}
      <SubmitButton pending={change.isPending} pendingLabel="Sending…">
        Ask for another time
      </SubmitButton>
    </form>
  );
}

function CancelForm({ iv, onBack }: { iv: SeekerInterview; onBack: () => void }) {
  const change = useChangeInterview(iv.id);
  const [reason, setReason] = useState<CancelReason | null>(null);
  const [details, setDetails] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const form = useRef<HTMLFormElement>(null);
  useFocusError(form, errors);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (!reason) found.reason = 'Choose why you are cancelling';
    if (reason === 'other' && !details.trim()) found.details = 'Tell us the reason in a few words';
    setErrors(found);
    if (!reason || Object.keys(found).length > 0) return;
    change.mutate(
      { kind: 'cancel', input: { reason, details } },
      { onError: (err) => setErrors(fieldErrors(err)) },
    );
  };
  return (
    <form ref={form} className="form" onSubmit={submit} noValidate>
      <p>Your recruiter is told at once, and so are the interviewers.</p>
      <fieldset className="choice" aria-describedby={errors.reason ? 'cancel-reason-error' : undefined}>
        <legend>Why are you cancelling? (required)</legend>
        {CANCEL_REASONS.map((r) => (
          <label key={r} className="check">
            <input
              type="radio"
              name="cancel-reason"
              value={r}
              checked={reason === r}
              aria-invalid={errors.reason ? true : undefined}
              onChange={() => setReason(r)}
            />{' '}
            {CANCEL_REASON_LABELS[r]}
          </label>
        ))}
        {errors.reason ? (
          <p className="error" id="cancel-reason-error">
            {errors.reason}
          </p>
        ) : null}
      </fieldset>
      <TextArea
        label={reason === 'other' ? 'Tell us the reason (required)' : 'Anything your recruiter should know'}
        value={details}
        maxLength={1000}
        rows={3}
        error={errors.details}
        onChange={(e) => setDetails(e.target.value)}
      />
      {change.isError && Object.keys(fieldErrors(change.error)).length === 0 ? (
        <ErrorMessage error={change.error} />
      ) : null}
      <div className="actions">
        <SubmitButton pending={change.isPending} pendingLabel="Cancelling…">
          Cancel my interview
        </SubmitButton>
        <button type="button" className="link-button" onClick={onBack}>
          Go back
        </button>
      </div>
    </form>
  );
}
