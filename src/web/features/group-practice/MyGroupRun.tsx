import { useCallback } from 'react';
import { Link, useParams } from 'react-router';
import type { MyRunOut } from '../../../shared/group-practice.ts';
import { TextArea } from '../../ui/Field.tsx';
import { Page } from '../../ui/Page.tsx';
import { Async } from '../../ui/Status.tsx';
import { saveNotes, type Timed, useMyRun } from './queries.ts';
import { RunClock, useRemaining } from './RunClock.tsx';
import { SelfReview } from './SelfReview.tsx';
import { statusText, useAutosave } from './useAutosave.ts';

/** The member's private notes, saved as they type; nobody else ever sees them. */
function Notes({ run, readOnly }: { run: MyRunOut; readOnly: boolean }) {
  const save = useCallback((text: string) => saveNotes(run.id, text), [run.id]);
  const notes = useAutosave(run.notes, save);
  const { status } = notes;
  return (
    <section aria-labelledby="my-notes" className="record-section">
      <h2 id="my-notes">Your notes</h2>
      <TextArea
        label="Private notes"
        hint="Only you can see these, not the recruiter or the others in your group. They save as you type."
        rows={8}
        maxLength={20_000}
        value={notes.value}
        readOnly={readOnly}
        onChange={(e) => notes.setValue(e.target.value)}
        onBlur={() => void notes.flush()}
      />
      <div className="actions">
        <p role="status" className={status.kind === 'error' ? 'error' : 'success-line'}>
          {statusText(status)}
        </p>
        {status.kind === 'error' ? (
          <button type="button" className="secondary" onClick={() => void notes.flush()}>
            Try saving again
          </button>
        ) : null}
      </div>
    </section>
  );
}

function Brief({ run }: { run: MyRunOut }) {
  return (
    <section aria-labelledby="group-brief" className="record-section">
      <h2 id="group-brief">The brief</h2>
      <p className="description">{run.brief}</p>
      {run.materials && run.materials.length > 0 ? (
        <>
          <h3>Materials</h3>
          <ul>
            {run.materials.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function Run({ run, refetch }: { run: Timed<MyRunOut>; refetch: () => void }) {
  const remaining = useRemaining(run.state === 'running' ? run.endsAt : null, run.offset, refetch);
  const timeUp = run.state === 'time-up' || (run.state === 'running' && remaining === 0);
  const others = run.members - 1;
  return (
    <>
      <p className="meta">
        {run.minutes} minutes · you and {others} {others === 1 ? 'other candidate' : 'other candidates'}
      </p>
      {run.state === 'waiting' ? (
        <p className="notice" role="status">
          The recruiter will start the exercise. This page updates by itself when they do.
        </p>
      ) : null}
      {run.state === 'running' && remaining !== null ? <RunClock remaining={remaining} /> : null}
      {timeUp ? (
        <p className="notice" role="status">
          Time is up. Write a short review of how it went while it is fresh.
        </p>
      ) : null}
      {run.state === 'finished' ? <p className="notice">The recruiter has closed this exercise.</p> : null}
      {run.brief ? <Brief run={run} /> : null}
      {run.state !== 'waiting' ? <Notes run={run} readOnly={run.state === 'finished'} /> : null}
      {(timeUp || run.state === 'finished') && run.startedAt ? <SelfReview run={run} /> : null}
    </>
  );
}

/** /app/practice/group/:id: one group exercise, as a member sees it. */
export function MyGroupRun() {
  const id = Number(useParams().id);
  const run = useMyRun(id);
  const { refetch } = run;
  const again = useCallback(() => void refetch(), [refetch]);
  return (
    <Page
      title={run.data?.title ?? 'Group exercise'}
      back={<Link to="/practice/group">Group interviews and assessment centres</Link>}
    >
      <Async query={run} loading="Loading the exercise…">
        {(r) => <Run run={r} refetch={again} />}
      </Async>
    </Page>
  );
}
