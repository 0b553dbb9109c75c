import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { WRITING_KIND_LABELS, wordCount } from '../../../shared/practice.ts';
import type { WritingAttempt } from '../../../shared/writing.ts';
import { ApiError, errorMessage } from '../../api.ts';
import { formatDateTime } from '../../ui/format.ts';
import { Page } from '../../ui/Page.tsx';
import { ErrorMessage, Loading } from '../../ui/Status.tsx';
import { clearDraft, msLeft, readDraft, startingText, timeLeft } from './draft.ts';
import { saveAttempt, useAttempt } from './queries.ts';
import { type SaveState, useAutosave } from './useAutosave.ts';

const back = <Link to="/practice/writing">Writing tests</Link>;

function Task({ a }: { a: WritingAttempt }) {
  return (
    <section aria-labelledby="task" className="record-section">
      <h2 id="task">The task</h2>
      <p className="meta">
        {WRITING_KIND_LABELS[a.prompt.kind]} · {a.prompt.minutes} minutes · {a.prompt.words.min}–
        {a.prompt.words.max} words
      </p>
      <div className="cover-note">{a.prompt.prompt}</div>
      {a.prompt.document ? (
        <details open>
          <summary>The document</summary>
          <div className="cover-note writing-document">{a.prompt.document}</div>
        </details>
      ) : null}
    </section>
  );
}

function saveWords(s: SaveState): string {
  switch (s.kind) {
    case 'saving':
      return 'Saving…';
    case 'saved':
      return `Saved at ${new Date(s.at).toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit', second: '2-digit' })}`;
    case 'offline':
      return 'Cannot reach the server: your text is kept on this device and will be saved when the connection is back.';
    case 'closed':
      return s.message;
    default:
      return 'Your text is saved as you type.';
  }
}

/** Announces 5 minutes, 1 minute and time up once each, for people who cannot watch the clock. */
function useMilestones(left: number) {
  const [said, setSaid] = useState('');
  const spoken = useRef(new Set<string>());
  useEffect(() => {
    const say = (key: string, text: string) => {
      if (spoken.current.has(key)) return;
      spoken.current.add(key);
      setSaid(text);
    };
    if (left <= 60_000 && left > 0) say('1', 'One minute left.');
    else if (left <= 300_000 && left > 60_000) say('5', 'Five minutes left.');
  }, [left]);
  return said;
}

function Writer({ a, reload }: { a: WritingAttempt; reload: () => void }) {
  const client = useQueryClient();
  // The server's clock decides; `offset` turns this browser's time into the server's.
  const [offset] = useState(() => Date.parse(a.now) - Date.now());
  const [start] = useState(() => startingText(a, readDraft(a.id)));
  const [body, setBody] = useState(start.body);
  const [left, setLeft] = useState(() => msLeft(a.deadlineAt, offset));
  const [handing, setHanding] = useState<'no' | 'busy' | 'failed'>('no');
  const [failure, setFailure] = useState('');
  const autosave = useAutosave(a.id, start.unsent, reload);
  const bodyRef = useRef(body);
  bodyRef.current = body;

  const handIn = useCallback(async () => {
    autosave.stop();
    setHanding('busy');
    try {
      const done = await saveAttempt(a.id, bodyRef.current, true);
      clearDraft(a.id);
      client.setQueryData(['writing', 'attempt', a.id], done);
      void client.invalidateQueries({ queryKey: ['writing', 'mine'] });
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) {
        clearDraft(a.id);
        reload();
        return;
      }
      setHanding('failed');
      setFailure(errorMessage(err));
    }
  }, [a.id, autosave, client, reload]);

  useEffect(() => autosave.sendInitial(start.body), [autosave, start.body]);
  useEffect(() => {
    const timer = setInterval(() => setLeft(msLeft(a.deadlineAt, offset)), 250);
    return () => clearInterval(timer);
  }, [a.deadlineAt, offset]);
  useEffect(() => {
    if (left === 0 && handing === 'no') void handIn();
  }, [left, handing, handIn]);
  const milestone = useMilestones(left);
  const words = wordCount(body);

  return (
    <>
      <Task a={a} />
      <section aria-labelledby="answer-heading" className="record-section">
        <h2 id="answer-heading">Your answer</h2>
        <p className={left <= 60_000 ? 'writing-clock warning' : 'writing-clock'}>
          Time left: <span role="timer">{timeLeft(left)}</span>
        </p>
        <p className="visually-hidden" aria-live="polite">
          {milestone}
        </p>
        <div className="field">
          <label htmlFor="writing-body">Your text</label>
          <textarea
            id="writing-body"
            rows={16}
            value={body}
            maxLength={50_000}
            readOnly={handing !== 'no'}
            aria-describedby="writing-words writing-saved"
            onChange={(e) => {
              setBody(e.target.value);
              autosave.change(e.target.value);
            }}
          />
        </div>
        <p id="writing-words" className="meta">
          {words} {words === 1 ? 'word' : 'words'} (aim for {a.prompt.words.min}–{a.prompt.words.max})
        </p>
        <p
          id="writing-saved"
          role="status"
          className={autosave.state.kind === 'offline' ? 'warning' : 'meta'}
        >
          {saveWords(autosave.state)}
        </p>
        {handing === 'failed' ? (
          <ErrorMessage>
            {failure} Your text is kept on this device; what reached the server before the end is handed in.
          </ErrorMessage>
        ) : null}
        <button type="button" onClick={() => void handIn()} aria-disabled={handing === 'busy' || undefined}>
          {handing === 'busy' ? 'Handing in…' : 'Hand in now'}
        </button>
      </section>
    </>
  );
}

function Submitted({ a }: { a: WritingAttempt }) {
  return (
    <>
      <p className="success-line" role="status">
        {a.autoSubmitted
          ? `Time ran out, so your test was handed in with the text saved before the end (${formatDateTime(a.submittedAt)}).`
          : `Handed in ${formatDateTime(a.submittedAt)}.`}
      </p>
      <Task a={a} />
      <section aria-labelledby="written" className="record-section">
        <h2 id="written">What you wrote</h2>
        <p className="meta">
          {a.words} words (aim: {a.prompt.words.min}–{a.prompt.words.max})
        </p>
        <div className="cover-note">{a.body || 'Nothing was written.'}</div>
      </section>
      <section aria-labelledby="feedback" className="record-section">
        <h2 id="feedback">Feedback</h2>
        {a.feedback ? (
          <>
            <div className="cover-note">{a.feedback}</div>
            <p className="meta">
              {a.feedbackBy} · {formatDateTime(a.feedbackAt)}
            </p>
          </>
        ) : (
          <p>Your recruiter has not read it yet. You will get an email when they leave feedback.</p>
        )}
        <h3>What a marker looks for</h3>
        <ul>
          {a.prompt.criteria.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      </section>
    </>
  );
}

/** /app/practice/writing/:id: a timed writing test, then what was handed in and the feedback. */
export function WritingAttemptPage() {
  const id = Number(useParams().id);
  const found = useAttempt(id);
  const reload = useCallback(() => void found.refetch(), [found]);
  if (!Number.isInteger(id) || id <= 0 || found.isError)
    return (
      <Page title="Writing test not found" back={back}>
        {found.isError ? <ErrorMessage error={found.error} /> : <p>There is no such writing test.</p>}
      </Page>
    );
  if (found.isPending)
    return (
      <Page title="Writing test" back={back}>
        <Loading label="Loading your writing test…" />
      </Page>
    );
  const a = found.data;
  return (
    <Page title={a.prompt.title} back={back}>
      {a.state === 'writing' ? <Writer key={a.id} a={a} reload={reload} /> : <Submitted a={a} />}
    </Page>
  );
}
