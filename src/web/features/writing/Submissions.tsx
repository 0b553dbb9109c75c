import { type FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router';
import { WRITING_KIND_LABELS } from '../../../shared/practice.ts';
import { fieldErrors } from '../../api.ts';
import { TextArea } from '../../ui/Field.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { Page } from '../../ui/Page.tsx';
import { Async, ErrorMessage, SubmitButton } from '../../ui/Status.tsx';
import { PracticeNav } from '../practice/staff/PracticeNav.tsx';
import { useGiveFeedback, useSubmission, useSubmissions } from './queries.ts';

/** /app/writing (staff): handed-in writing tests, the ones without feedback first. */
export function Submissions() {
  const list = useSubmissions();
  return (
    <Page title="Writing tests">
      <PracticeNav />
      <Async query={list} loading="Loading the writing tests…">
        {(all) => {
          const waiting = all.filter((s) => !s.hasFeedback);
          const done = all.filter((s) => s.hasFeedback);
          const rows = (items: typeof all) => (
            <ul className="plain-list">
              {items.map((s) => (
                <li key={s.id}>
                  <Link to={`/writing/${s.id}`}>
                    {s.candidate?.name ?? s.writer}: {s.title}
                  </Link>{' '}
                  <span className="meta">
                    · {WRITING_KIND_LABELS[s.kind]} · {s.words} words · handed in{' '}
                    {formatDateTime(s.submittedAt)}
                  </span>
                </li>
              ))}
            </ul>
          );
          return (
            <>
              <section aria-labelledby="waiting" className="record-section">
                <h2 id="waiting">Waiting for feedback ({waiting.length})</h2>
                {waiting.length ? rows(waiting) : <p className="meta">Nothing is waiting.</p>}
              </section>
              <section aria-labelledby="given" className="record-section">
                <h2 id="given">Feedback given ({done.length})</h2>
                {done.length ? rows(done) : <p className="meta">None yet.</p>}
              </section>
            </>
          );
        }}
      </Async>
    </Page>
  );
}

function FeedbackForm({ id, current }: { id: number; current: string }) {
  const give = useGiveFeedback(id);
  const [text, setText] = useState(current);
  const [error, setError] = useState<string | undefined>();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) {
      setError('Write your feedback');
      return;
    }
    setError(undefined);
    give.mutate(text, { onError: (err) => setError(fieldErrors(err).feedback) });
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <TextArea
        label="Your feedback"
        hint="The writer reads it with their text, and is emailed that it is there."
        rows={6}
        maxLength={5000}
        value={text}
        error={error}
        onChange={(e) => setText(e.target.value)}
      />
      {give.isError && !error ? <ErrorMessage error={give.error} /> : null}
      <div className="actions">
        <SubmitButton pending={give.isPending}>{current ? 'Update feedback' : 'Send feedback'}</SubmitButton>
        <span className="success-line" aria-live="polite">
          {give.isSuccess ? 'Sent.' : ''}
        </span>
      </div>
    </form>
  );
}

/** /app/writing/:id (staff): one handed-in test, and feedback on it. */
export function Submission() {
  const id = Number(useParams().id);
  const found = useSubmission(id);
  return (
    <Page
      title={
        found.data
          ? `${found.data.candidate?.name ?? found.data.writer}: ${found.data.prompt.title}`
          : 'Writing test'
      }
      back={<Link to="/writing">Writing tests</Link>}
    >
      <Async query={found} loading="Loading the writing test…">
        {(s) => (
          <>
            <p className="meta">
              {WRITING_KIND_LABELS[s.prompt.kind]} · {s.prompt.minutes} minutes · handed in{' '}
              {formatDateTime(s.submittedAt)}
              {s.autoSubmitted ? ' when time ran out' : ''}
              {s.candidate ? (
                <>
                  {' · '}
                  <Link to={`/candidates/${s.candidate.id}`}>Candidate record</Link>
                </>
              ) : null}
            </p>
            <details>
              <summary>The task</summary>
              <div className="cover-note">{s.prompt.prompt}</div>
              {s.prompt.document ? (
                <div className="cover-note writing-document">{s.prompt.document}</div>
              ) : null}
            </details>
            <section aria-labelledby="written" className="record-section">
              <h2 id="written">What they wrote</h2>
              <p className="meta">
                {s.words} words (asked for {s.prompt.words.min}–{s.prompt.words.max})
              </p>
              <div className="cover-note">{s.body || 'Nothing was written.'}</div>
            </section>
            <section aria-labelledby="marking" className="record-section">
              <h2 id="marking">Feedback</h2>
              <p>What a marker looks for:</p>
              <ul>
                {s.prompt.criteria.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
              <FeedbackForm id={s.id} current={s.feedback} />
            </section>
          </>
        )}
      </Async>
    </Page>
  );
}
