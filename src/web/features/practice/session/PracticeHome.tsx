import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { PracticeHome as Home } from '../../../../shared/practice-api.ts';
import { FIELDS } from '../../../../shared/vocabulary.ts';
import { fieldErrors } from '../../../api.ts';
import { SelectField } from '../../../ui/Field.tsx';
import { formatDateTime } from '../../../ui/format.ts';
import { Page } from '../../../ui/Page.tsx';
import { Async, ErrorMessage, SubmitButton } from '../../../ui/Status.tsx';
import { isStaff, useMe } from '../../auth/session.ts';
import { interviewTitle } from '../../interviews/MyInterview.tsx';
import { useMyInterviews } from '../../interviews/queries.ts';
import { standing } from '../../interviews/standing.ts';
import { PracticeProgress } from './PracticeProgress.tsx';
import { usePracticeHome, useStartSession } from './queries.ts';

type Source = 'interview' | 'field' | 'due';

/** Choose what to practise: an upcoming interview, a field, or what is due for review. */
function StartForm({ home, preselect }: { home: Home; preselect: number | null }) {
  const interviews = useMyInterviews();
  const upcoming = (interviews.data ?? []).filter((iv) => {
    const s = standing(iv);
    return s.kind === 'choose' || (s.kind === 'booked' && !s.started);
  });
  const [source, setSource] = useState<Source>(preselect ? 'interview' : home.dueToday > 0 ? 'due' : 'field');
  const [interviewId, setInterviewId] = useState(preselect ? String(preselect) : '');
  const [field, setField] = useState('');
  const [count, setCount] = useState('5');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const start = useStartSession();
  const navigate = useNavigate();
  const chosenInterview = interviewId || String(upcoming[0]?.id ?? '');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const input =
      source === 'interview'
        ? { source, interviewId: Number(chosenInterview) || undefined, count: Number(count) }
        : source === 'field'
          ? {
              source,
              field: (field || undefined) as (typeof FIELDS)[number] | undefined,
              count: Number(count),
            }
          : { source, count: Number(count) };
    start.mutate(input, {
      onSuccess: (s) => navigate(`/practice/sessions/${s.id}`),
      onError: (err) => setErrors(fieldErrors(err)),
    });
  };
  const choice = (value: Source, label: string, disabled = false) => (
    <label className="check">
      <input
        type="radio"
        name="practice-source"
        value={value}
        checked={source === value}
        disabled={disabled}
        onChange={() => setSource(value)}
      />{' '}
      {label}
    </label>
  );
  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="start-heading">
      <h2 id="start-heading">Start a practice session</h2>
      <fieldset className="choice">
        <legend>Practise for</legend>
        {choice('interview', 'An interview I have coming up', upcoming.length === 0)}
        {choice('field', 'A field')}
        {choice('due', `The questions due for review (${home.dueToday} today)`, home.dueToday === 0)}
      </fieldset>
      {source === 'interview' ? (
        <SelectField
          label="Interview"
          value={chosenInterview}
          error={errors.interviewId}
          onChange={(e) => setInterviewId(e.target.value)}
          options={upcoming.map((iv) => ({
            value: String(iv.id),
            label: `${interviewTitle(iv)}, ${iv.companyName}`,
          }))}
        />
      ) : null}
      {source === 'field' ? (
        <SelectField
          label="Field"
          value={field}
          error={errors.field}
          onChange={(e) => setField(e.target.value)}
          options={[{ value: '', label: 'Choose a field' }, ...FIELDS.map((f) => ({ value: f, label: f }))]}
        />
      ) : null}
      <SelectField
        label="Questions"
        value={count}
        error={errors.count}
        onChange={(e) => setCount(e.target.value)}
        options={['3', '5', '8', '10'].map((n) => ({ value: n, label: `${n} questions` }))}
      />
      {start.isError && Object.keys(fieldErrors(start.error)).length === 0 ? (
        <ErrorMessage error={start.error} />
      ) : null}
      <SubmitButton pending={start.isPending} pendingLabel="Choosing questions…">
        Start
      </SubmitButton>
    </form>
  );
}

function Recent({ home }: { home: Home }) {
  if (home.sessions.length === 0) return <p className="meta">Your sessions will be listed here.</p>;
  return (
    <ul className="plain-list">
      {home.sessions.map((s) => (
        <li key={s.id}>
          <Link to={`/practice/sessions/${s.id}`}>{s.title}</Link>{' '}
          <span className="meta">
            · {formatDateTime(s.startedAt)} · {s.rated} of {s.questions} answered
            {s.finishedAt ? '' : ' · not finished'}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** /app/practice: what is due, a new session, and the sessions so far. */
export function PracticeHome() {
  const me = useMe();
  const [params] = useSearchParams();
  const preselect = Number(params.get('interview')) || null;
  const home = usePracticeHome(!isStaff(me.data));
  if (isStaff(me.data))
    return (
      <Page title="This page is for job seekers">
        <p>Staff curate the questions in the question bank.</p>
      </Page>
    );
  return (
    <Page title="Practice">
      <Async query={home} loading="Loading your practice…">
        {(h) => (
          <>
            <p className="lead-figure">
              <strong>{h.dueToday}</strong> {h.dueToday === 1 ? 'question is' : 'questions are'} due for
              review today · {h.practised} practised so far
            </p>
            <StartForm home={h} preselect={preselect} />
            <section aria-labelledby="recent" className="record-section">
              <h2 id="recent">Your sessions</h2>
              <Recent home={h} />
            </section>
            <PracticeProgress />
            <section aria-labelledby="prepare-more" className="record-section">
              <h2 id="prepare-more">Prepare</h2>
              <ul className="plain-list">
                <li>
                  <Link to="/practice/questions">The question bank</Link>: every question, what interviewers
                  look for, and your answers
                </li>
                <li>
                  <Link to="/practice/answers">My answers</Link>
                </li>
                <li>
                  <Link to="/practice/stories">My stories</Link>: projects, conflicts and lessons to draw on
                </li>
                <li>
                  <Link to="/practice/writing">Writing tests</Link>: timed cover letters, reports, emails and
                  summaries
                </li>
                <li>
                  <Link to="/practice/group">Group interviews and assessment centres</Link>: what assessors
                  watch for, and your group exercises
                </li>
              </ul>
            </section>
          </>
        )}
      </Async>
    </Page>
  );
}
