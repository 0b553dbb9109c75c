import { useCallback } from 'react';
import { Link, useParams } from 'react-router';
import type { StaffRunOut } from '../../../shared/group-practice.ts';
import { Page } from '../../ui/Page.tsx';
import { Async, ErrorMessage } from '../../ui/Status.tsx';
import { ratingText, STATE_LABELS } from './labels.ts';
import { type Timed, useRun, useRunAction } from './queries.ts';
import { RunClock, useRemaining } from './RunClock.tsx';

function Actions({ run }: { run: StaffRunOut }) {
  const start = useRunAction(run.id, 'start');
  const finish = useRunAction(run.id, 'finish');
  if (!run.canChange || run.state === 'finished') return null;
  return (
    <div className="actions">
      {run.state === 'waiting' ? (
        <button
          type="button"
          aria-disabled={start.isPending || undefined}
          onClick={() => !start.isPending && start.mutate()}
        >
          Start the clock
        </button>
      ) : null}
      <button
        type="button"
        className="secondary"
        aria-disabled={finish.isPending || undefined}
        onClick={() => !finish.isPending && finish.mutate()}
      >
        Finish the exercise
      </button>
      {start.isError ? <ErrorMessage error={start.error} /> : null}
      {finish.isError ? <ErrorMessage error={finish.error} /> : null}
    </div>
  );
}

function Members({ run }: { run: StaffRunOut }) {
  return (
    <section aria-labelledby="run-members" className="record-section">
      <h2 id="run-members">Candidates ({run.members.length})</h2>
      <p className="meta">
        Each candidate’s notes are private to them. Their self-review shows here once written.
      </p>
      <ul className="plain-list">
        {run.members.map((m) => (
          <li key={m.candidateId} className="interview-item">
            <h3>
              <Link to={`/candidates/${m.candidateId}`}>{m.name}</Link>
            </h3>
            {m.reviewedAt ? (
              <>
                <p>
                  <strong>Self-rating: {ratingText(m.selfRating)}</strong>
                </p>
                <p className="cover-note">{m.selfReview}</p>
              </>
            ) : (
              <p className="meta">No self-review yet.</p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Run({ run, refetch }: { run: Timed<StaffRunOut>; refetch: () => void }) {
  const remaining = useRemaining(run.state === 'running' ? run.endsAt : null, run.offset, refetch);
  return (
    <>
      <p className="meta">
        {STATE_LABELS[run.state]} · {run.minutes} minutes
        {run.createdBy ? ` · set up by ${run.createdBy}` : ''}
      </p>
      {run.state === 'running' && remaining !== null ? <RunClock remaining={remaining} /> : null}
      <Actions run={run} />
      {run.exercise ? (
        <details className="record-section">
          <summary>The brief and what to watch for</summary>
          <p>{run.exercise.brief}</p>
          {run.exercise.materials.length > 0 ? (
            <>
              <h3>Materials</h3>
              <ul>
                {run.exercise.materials.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            </>
          ) : null}
          <h3>What to watch for</h3>
          <ul>
            {run.exercise.watchFor.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </details>
      ) : null}
      <Members run={run} />
    </>
  );
}

/** /app/group-runs/:id: one run, its clock and what the candidates reported back. */
export function StaffGroupRun() {
  const id = Number(useParams().id);
  const run = useRun(id);
  const { refetch } = run;
  const again = useCallback(() => void refetch(), [refetch]);
  return (
    <Page title={run.data?.title ?? 'Group exercise'} back={<Link to="/group-runs">Group exercises</Link>}>
      <Async query={run} loading="Loading the run…">
        {(r) => <Run run={r} refetch={again} />}
      </Async>
    </Page>
  );
}
