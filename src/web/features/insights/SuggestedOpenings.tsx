import { type ReactNode, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { SuggestionOut } from '../../../shared/insights.ts';
import { ApiError, errorMessage } from '../../api.ts';
import { Async, ErrorMessage } from '../../ui/Status.tsx';
import { useSubmitToOpening } from '../candidates/recordQueries.ts';
import { useCandidateSuggestions, useMySuggestions, useRefreshSuggestions } from './suggestQueries.ts';

// Better-suited openings as a list: the title, the company and why it may suit. The seeker sees
// them on their home and after a debrief; staff see them on a candidate as "consider for", each
// with a button that submits the candidate.

function SuggestionCard(props: { s: SuggestionOut; title: ReactNode; children?: ReactNode }) {
  return (
    <li className="job-card">
      <h3>{props.title}</h3>
      <p className="meta">{props.s.opening.companyName}</p>
      <p>{props.s.reason}</p>
      {props.children}
    </li>
  );
}

const jobLink = (s: SuggestionOut) => (
  // The public job page is served by the server, outside the app's router.
  <a href={`/jobs/${encodeURIComponent(s.opening.slug)}`}>{s.opening.title}</a>
);

/**
 * The seeker's suggestions under a heading, for one interview or from their latest application.
 * A prompt, not a page: while it loads, if it fails or when there is nothing, it stays out of the way.
 */
export function SuggestedOpenings(props: { heading: string; interviewId?: number }) {
  const id = useId();
  const suggestions = useMySuggestions(props.interviewId);
  if (!suggestions.data || suggestions.data.length === 0) return null;
  return (
    <section aria-labelledby={id} className="record-section">
      <h2 id={id}>{props.heading}</h2>
      <ul className="job-list">
        {suggestions.data.map((s) => (
          <SuggestionCard key={s.opening.id} s={s} title={jobLink(s)} />
        ))}
      </ul>
    </section>
  );
}

/** Why a submission failed, in words; "already in the pipeline" comes back as already_applied. */
function failure(err: unknown): string {
  if (err instanceof ApiError && err.code === 'already_applied') return err.message;
  return errorMessage(err);
}

/** Staff, on the candidate record: openings to consider them for, each one a click from submitting. */
export function ConsiderFor({ candidate }: { candidate: { id: number; name: string } }) {
  const suggestions = useCandidateSuggestions(candidate.id);
  const submit = useSubmitToOpening(candidate.id);
  const refresh = useRefreshSuggestions();
  const [status, setStatus] = useState('');
  const [failed, setFailed] = useState<{ openingId: number; message: string } | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const send = (s: SuggestionOut) => {
    if (submit.isPending) return;
    setStatus('');
    setFailed(null);
    submit.mutate(
      { openingId: s.opening.id, note: '' },
      {
        onSuccess: (created) => {
          setStatus(`${candidate.name} was submitted to ${created.openingTitle} (${created.companyName}).`);
          refresh();
          // The button leaves with the suggestion; keep keyboard users in this section.
          headingRef.current?.focus();
        },
        onError: (err) => setFailed({ openingId: s.opening.id, message: failure(err) }),
      },
    );
  };

  return (
    <section aria-labelledby="candidate-consider-for" className="record-section">
      <h2 id="candidate-consider-for" ref={headingRef} tabIndex={-1}>
        Consider for
      </h2>
      <p className="success-line" aria-live="polite">
        {status}
      </p>
      <Async query={suggestions} loading="Loading openings to consider…">
        {(list) =>
          list.length === 0 ? (
            <p>No open openings at their companies or in their field to suggest.</p>
          ) : (
            <ul className="job-list">
              {list.map((s) => {
                const pending = submit.isPending && submit.variables?.openingId === s.opening.id;
                return (
                  <SuggestionCard
                    key={s.opening.id}
                    s={s}
                    title={<Link to={`/openings/${s.opening.id}`}>{s.opening.title}</Link>}
                  >
                    {failed?.openingId === s.opening.id ? (
                      <ErrorMessage>{failed.message}</ErrorMessage>
                    ) : null}
                    <p>
                      <button
                        type="button"
                        className="secondary"
                        aria-disabled={pending || undefined}
                        onClick={() => send(s)}
                      >
                        {pending ? 'Submitting…' : 'Submit'}
                        <span className="visually-hidden">
                          {' '}
                          {candidate.name} to {s.opening.title}
                        </span>
                      </button>
                    </p>
                  </SuggestionCard>
                );
              })}
            </ul>
          )
        }
      </Async>
    </section>
  );
}
