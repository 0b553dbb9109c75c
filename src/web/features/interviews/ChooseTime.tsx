import { type FormEvent, useId, useState } from 'react';
import type { SeekerInterview } from '../../../shared/interview-api.ts';
import { ErrorMessage, SubmitButton } from '../../ui/Status.tsx';
import { zonedClock, zonedDateTime } from './time.ts';

type Slot = SeekerInterview['slots'][number];

/** Times the person can still take: not started, with a seat left, and not the one they hold. */
export function openSlots(iv: SeekerInterview, now = Date.now()): Slot[] {
  const mine = iv.myBooking?.state === 'booked' ? iv.myBooking.slotId : null;
  return iv.slots.filter((s) => s.id !== mine && s.seatsLeft > 0 && Date.parse(s.startsAt) > now);
}

/**
 * A choice of times as radio buttons, each in the reader's own zone with the zone named. Used
 * to book (portal and signed link) and to move to another time.
 */
export function ChooseTime(props: {
  iv: SeekerInterview;
  slots: Slot[];
  legend: string;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onChoose: (slotId: number) => void;
}) {
  const [chosen, setChosen] = useState<number | null>(null);
  const [missing, setMissing] = useState(false);
  const name = useId();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (chosen === null) setMissing(true);
    else props.onChoose(chosen);
  };
  if (props.slots.length === 0)
    return (
      <p className="notice">None of the offered times is free any more. Ask your recruiter for another.</p>
    );
  return (
    <form className="form" onSubmit={submit} noValidate>
      <fieldset className="choice" aria-describedby={missing ? `${name}-error` : undefined}>
        <legend>{props.legend}</legend>
        {props.slots.map((s) => (
          <label key={s.id} className="check">
            <input
              type="radio"
              name={name}
              value={s.id}
              checked={chosen === s.id}
              onChange={() => {
                setChosen(s.id);
                setMissing(false);
              }}
            />{' '}
            {props.iv.format === 'written-test'
              ? `Between ${zonedDateTime(s.startsAt)} and ${zonedClock(s.endsAt)}`
              : `${zonedDateTime(s.startsAt)} to ${zonedClock(s.endsAt)}`}
            {props.iv.group ? <span className="meta"> · {seats(s.seatsLeft)}</span> : null}
          </label>
        ))}
        {missing ? (
          <p className="error" id={`${name}-error`}>
            Choose one of the times
          </p>
        ) : null}
      </fieldset>
      {props.error ? <ErrorMessage error={props.error} /> : null}
      <SubmitButton pending={props.pending} pendingLabel="Booking…">
        {props.submitLabel}
      </SubmitButton>
    </form>
  );
}

/** The "Choose a time" section, in the portal and on the signed link alike. */
export function ChooseSection(props: {
  iv: SeekerInterview;
  pending: boolean;
  error: unknown;
  onChoose: (slotId: number) => void;
}) {
  return (
    <section aria-labelledby="choose" className="record-section">
      <h2 id="choose">Choose a time</h2>
      <ChooseTime
        iv={props.iv}
        slots={openSlots(props.iv)}
        legend="Times offered (shown in your time zone)"
        submitLabel="Book this time"
        pending={props.pending}
        error={props.error}
        onChoose={props.onChoose}
      />
    </section>
  );
}

const seats = (n: number) => (n === 1 ? '1 place left' : `${n} places left`);
