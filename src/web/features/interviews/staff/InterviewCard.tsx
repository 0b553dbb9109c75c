import { useState } from 'react';
import type { Interview } from '../../../../shared/interview-api.ts';
import {
  ATTENDANCE_OUTCOME_LABELS,
  CANCEL_REASON_LABELS,
  CANCELLED_BY_LABELS,
  INTERVIEW_FORMAT_LABELS,
  INTERVIEW_ROUND_LABELS,
  INTERVIEW_STATE_LABELS,
} from '../../../../shared/interviews.ts';
import { formatDateTime } from '../../../ui/format.ts';
import { type BookingPrep, usePreparation } from './queries.ts';
import { AttendanceForm, CancelInterviewForm, MoveTimeForm } from './StaffActions.tsx';
import { formatInstant, formatSlot } from './slotTime.ts';

type Slot = Interview['slots'][number];
type Booking = Interview['bookings'][number];
type Open = { kind: 'none' } | { kind: 'cancel' } | { kind: 'move'; slotId: number };

const seats = (n: number) => (n === 1 ? '1 seat left' : `${n} seats left`);

/** A slot's time in the viewer's zone, and in the interview's own zone when that differs. */
function SlotTime({
  slot,
  interviewZone,
  viewerZone,
}: {
  slot: Slot;
  interviewZone: string;
  viewerZone: string;
}) {
  return (
    <>
      <time dateTime={slot.startsAt}>{formatSlot(slot.startsAt, slot.endsAt, viewerZone)}</time>
      {interviewZone !== viewerZone ? (
        <span className="meta">
          {' '}
          · {formatInstant(slot.startsAt, interviewZone)} in {interviewZone}
        </span>
      ) : null}
    </>
  );
}

/** One candidate's place on a time: confirmed or not, ready or not, came or not. */
function BookingLine(props: {
  interview: Interview;
  booking: Booking;
  slot: Slot;
  prep: BookingPrep | undefined;
  canChange: boolean;
  onMessage: (text: string) => void;
}) {
  const { interview: i, booking: b, slot, prep } = props;
  if (b.state === 'cancelled')
    return (
      <li>
        <strong>{b.candidateName}</strong>: cancelled
        {b.cancelReason
          ? ` (${CANCEL_REASON_LABELS[b.cancelReason]}${b.cancelNote ? `: ${b.cancelNote}` : ''})`
          : ''}
      </li>
    );
  const ended = Date.parse(slot.endsAt) <= Date.now();
  return (
    <li className="stack booking-line">
      <p>
        <strong>{b.candidateName}</strong> ·{' '}
        {b.confirmedAt ? (
          <>
            confirmed <time dateTime={b.confirmedAt}>{formatDateTime(b.confirmedAt)}</time>
          </>
        ) : (
          'not confirmed yet'
        )}
        {prep ? ` · ${prep.progress.done} of ${prep.progress.total} ready` : ''}
        {b.attendance ? (
          <>
            {' '}
            · <span className="badge">{ATTENDANCE_OUTCOME_LABELS[b.attendance]}</span>
          </>
        ) : null}
      </p>
      {!props.canChange || i.state === 'cancelled' ? null : ended ? (
        <AttendanceForm
          interviewId={i.id}
          candidateId={b.candidateId}
          candidateName={b.candidateName}
          current={b.attendance}
          onRecorded={(o) =>
            props.onMessage(`${b.candidateName}: ${ATTENDANCE_OUTCOME_LABELS[o].toLowerCase()}.`)
          }
        />
      ) : (
        <p className="hint">Attendance can be recorded once this time is over.</p>
      )}
    </li>
  );
}

function Facts({ interview: i }: { interview: Interview }) {
  const others = i.invitees.filter((v) => v.applicationId !== i.applicationId);
  return (
    <dl className="details">
      <dt>{i.format === 'written-test' ? 'Test length' : 'Length'}</dt>
      <dd>{i.durationMinutes} minutes</dd>
      {i.location ? (
        <>
          <dt>Where</dt>
          <dd>{i.location}</dd>
        </>
      ) : null}
      {i.videoUrl ? (
        <>
          <dt>Video link</dt>
          <dd>
            <a href={i.videoUrl} rel="noreferrer" target="_blank">
              {i.videoUrl}
            </a>
          </dd>
        </>
      ) : null}
      <dt>Interviewers</dt>
      <dd>
        {i.interviewers.length
          ? i.interviewers.map((p) => (p.title ? `${p.name} (${p.title})` : p.name)).join(', ')
          : 'None named'}
      </dd>
      {others.length ? (
        <>
          <dt>Also invited</dt>
          <dd>{others.map((v) => v.name).join(', ')}</dd>
        </>
      ) : null}
      {i.instructions ? (
        <>
          <dt>Instructions</dt>
          <dd className="cover-note">{i.instructions}</dd>
        </>
      ) : null}
    </dl>
  );
}

/** One interview for staff: what and who, every time with its bookings, its changes, and what can be done next. */
export function InterviewCard(props: {
  interview: Interview;
  canChange: boolean;
  viewerZone: string;
  onMessage: (text: string) => void;
}) {
  const { interview: i, viewerZone } = props;
  const [open, setOpen] = useState<Open>({ kind: 'none' });
  const booked = i.bookings.filter((b) => b.state === 'booked');
  const prep = usePreparation(i.id, booked.length > 0);
  const over = i.state === 'cancelled' || i.state === 'completed';
  // While times are on offer (or seats remain in a group), every time matters; otherwise only the booked ones.
  const showAll = i.state === 'proposed' || (i.capacity > 1 && !over);
  const slots = i.slots.filter((s) => showAll || i.bookings.some((b) => b.slotId === s.id));
  const title = `${INTERVIEW_ROUND_LABELS[i.round]} · ${INTERVIEW_FORMAT_LABELS[i.format]}`;
  const close = (text: string) => (done: boolean) => {
    setOpen({ kind: 'none' });
    if (done) props.onMessage(text);
  };
  return (
    <li className="job-card stack interview-card">
      <div className="page-head">
        <h3>{title}</h3>
        <span className="badge">{INTERVIEW_STATE_LABELS[i.state]}</span>
      </div>
      {i.state === 'cancelled' && i.cancelledBy ? (
        <p className="notice">
          {CANCELLED_BY_LABELS[i.cancelledBy]}
          {i.cancelNote ? `: ${i.cancelNote}` : '.'}
        </p>
      ) : null}
      <Facts interview={i} />
      <h4>{i.state === 'proposed' ? 'Proposed times' : 'Time'}</h4>
      <ul className="interview-times">
        {slots.map((s) => {
          const here = i.bookings.filter((b) => b.slotId === s.id);
          const movable =
            props.canChange && i.state === 'scheduled' && here.some((b) => b.state === 'booked');
          return (
            <li key={s.id} className="stack">
              <p>
                <SlotTime slot={s} interviewZone={i.zone} viewerZone={viewerZone} />
                {showAll ? <span className="meta"> · {seats(s.seatsLeft)}</span> : null}
              </p>
              {here.length ? (
                <ul className="booking-list" aria-label="Booked">
                  {here.map((b) => (
                    <BookingLine
                      key={b.id}
                      interview={i}
                      booking={b}
                      slot={s}
                      prep={prep.data?.find((p) => p.bookingId === b.id)}
                      canChange={props.canChange}
                      onMessage={props.onMessage}
                    />
                  ))}
                </ul>
              ) : i.state === 'proposed' ? null : (
                <p className="meta">No one booked on this time.</p>
              )}
              {open.kind === 'move' && open.slotId === s.id ? (
                <MoveTimeForm
                  interview={i}
                  slot={s}
                  onDone={close('The interview was moved; the candidate is asked to confirm the new time.')}
                />
              ) : movable && open.kind === 'none' ? (
                <p>
                  <button
                    type="button"
                    className="secondary"
                    onClick={() => setOpen({ kind: 'move', slotId: s.id })}
                  >
                    Move
                  </button>
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
      {i.history.length ? (
        <details>
          <summary>Time changes ({i.history.length})</summary>
          <ul className="timeline">
            {i.history.map((h) => (
              <li key={`${h.at}-${h.toStartsAt}`}>
                Moved from {formatInstant(h.fromStartsAt, viewerZone)} to{' '}
                {formatInstant(h.toStartsAt, viewerZone)}
                {h.changedBy ? ` by ${h.changedBy.name}` : ''} on{' '}
                <time dateTime={h.at}>{formatDateTime(h.at)}</time>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {props.canChange && !over ? (
        open.kind === 'cancel' ? (
          <CancelInterviewForm
            interview={i}
            onDone={close(
              booked.length
                ? 'The interview was cancelled; the booked candidates and the interviewers are told.'
                : 'The interview was cancelled. No one had booked a time, so no mail goes out.',
            )}
          />
        ) : open.kind === 'none' ? (
          <p>
            <button type="button" className="secondary" onClick={() => setOpen({ kind: 'cancel' })}>
              Cancel the interview
            </button>
          </p>
        ) : null
      ) : null}
    </li>
  );
}
