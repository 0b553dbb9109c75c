import { Link, useParams } from 'react-router';
import type { SeekerInterview } from '../../../shared/interview-api.ts';
import { INTERVIEW_ROUND_LABELS } from '../../../shared/interviews.ts';
import { Page } from '../../ui/Page.tsx';
import { ErrorMessage, Loading, SubmitButton } from '../../ui/Status.tsx';
import { CancelFlow } from './CancelFlow.tsx';
import { Checklist } from './Checklist.tsx';
import { ChooseSection } from './ChooseTime.tsx';
import { Countdown } from './Countdown.tsx';
import { InterviewFacts } from './InterviewFacts.tsx';
import { useChangeInterview, useMyInterview } from './queries.ts';
import { standing } from './standing.ts';
import { zonedDateTime } from './time.ts';

const back = <Link to="/">My applications</Link>;

export const interviewTitle = (iv: SeekerInterview) =>
  `${INTERVIEW_ROUND_LABELS[iv.round]} for ${iv.openingTitle}`;

function Confirm({ iv }: { iv: SeekerInterview }) {
  const change = useChangeInterview(iv.id);
  const confirmedAt = iv.myBooking?.confirmedAt;
  if (confirmedAt)
    return (
      <p className="success-line" role="status">
        You confirmed you will be there ({zonedDateTime(confirmedAt)}).
      </p>
    );
  return (
    <form
      className="form confirm-box"
      onSubmit={(e) => {
        e.preventDefault();
        change.mutate({ kind: 'confirm' });
      }}
    >
      <p>
        <strong>Will you be there?</strong> Confirming tells your recruiter and the employer they can count on
        you.
      </p>
      {change.isError ? <ErrorMessage error={change.error} /> : null}
      <SubmitButton pending={change.isPending} pendingLabel="Confirming…">
        Yes, I will be there
      </SubmitButton>
    </form>
  );
}

function Choose({ iv }: { iv: SeekerInterview }) {
  const change = useChangeInterview(iv.id);
  return (
    <ChooseSection
      iv={iv}
      pending={change.isPending}
      error={change.error}
      onChoose={(slotId) => change.mutate({ kind: 'book', slotId })}
    />
  );
}

function Interview({ iv }: { iv: SeekerInterview }) {
  const s = standing(iv);
  const upcoming = s.kind === 'booked' && !s.started;
  return (
    <>
      <p className="meta">
        {iv.companyName} · <a href={`/jobs/${iv.openingSlug}`}>Read the job description</a>
      </p>
      {s.kind === 'cancelled' ? <p className="notice">{s.words}</p> : null}
      {s.kind === 'done' ? <p className="notice">This interview is done. We hope it went well.</p> : null}
      {s.kind === 'done' || (s.kind === 'booked' && Date.parse(s.slot.endsAt) <= Date.now()) ? (
        <p>
          <Link to={`/interviews/${iv.id}/debrief`}>Write a debrief</Link>: what they asked and how it went,
          while you remember it.
        </p>
      ) : null}
      {upcoming ? (
        <p className={iv.remind ? 'notice reminder' : undefined}>
          {iv.remind ? 'Reminder: your interview is ' : 'Your interview is '}
          <Countdown startsAt={s.slot.startsAt} />.
        </p>
      ) : null}
      {s.kind === 'choose' ? <Choose iv={iv} /> : null}
      {upcoming ? <Confirm iv={iv} /> : null}
      <InterviewFacts iv={iv} slot={s.kind === 'booked' ? s.slot : undefined} />
      {upcoming ? (
        <p>
          <Link to={`/practice?interview=${iv.id}`}>Practise for this interview</Link>: the questions its
          company and field ask.
        </p>
      ) : null}
      {upcoming ? <Checklist interviewId={iv.id} /> : null}
      {upcoming ? <CancelFlow iv={iv} /> : null}
    </>
  );
}

/** /app/interviews/:id: one interview for the job seeker, from choosing a time to the day itself. */
export function MyInterview() {
  const id = Number(useParams().id);
  const found = useMyInterview(id);
  if (!Number.isInteger(id) || id <= 0 || found.isError)
    return (
      <Page title="Interview not found" back={back}>
        {found.isError ? <ErrorMessage error={found.error} /> : <p>There is no such interview.</p>}
      </Page>
    );
  if (found.isPending)
    return (
      <Page title="Your interview" back={back}>
        <Loading label="Loading your interview…" />
      </Page>
    );
  return (
    <Page title={interviewTitle(found.data)} back={back}>
      <Interview iv={found.data} />
    </Page>
  );
}
