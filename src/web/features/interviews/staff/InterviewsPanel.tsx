import { useId, useState } from 'react';
import { viewerZone } from '../../../ui/format.ts';
import { Async } from '../../../ui/Status.tsx';
import { InterviewCard } from './InterviewCard.tsx';
import { InterviewForm, type InterviewTarget } from './InterviewForm.tsx';
import { useApplicationInterviews } from './queries.ts';

/** The interviews of one application on its staff page, and a way to set one up. */
export function InterviewsPanel(props: InterviewTarget & { canChange: boolean }) {
  const interviews = useApplicationInterviews(props.applicationId);
  const [adding, setAdding] = useState(false);
  const [message, setMessage] = useState('');
  const headingId = useId();
  const zone = viewerZone();
  return (
    <section aria-labelledby={headingId} className="record-section interviews-panel">
      <div className="page-head">
        <h2 id={headingId}>Interviews</h2>
        {props.canChange && !adding ? (
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setMessage('');
              setAdding(true);
            }}
          >
            Set up an interview
          </button>
        ) : null}
      </div>
      <div role="status">{message ? <p className="success">{message}</p> : null}</div>
      {adding ? (
        <div className="job-card">
          <InterviewForm
            target={props}
            onDone={(saved) => {
              setAdding(false);
              setMessage(
                saved
                  ? saved.state === 'proposed'
                    ? `The interview is set up with ${saved.slots.length} times; the candidate is asked to choose one.`
                    : 'The interview is set up and booked; the candidate is asked to confirm.'
                  : '',
              );
            }}
          />
        </div>
      ) : null}
      <Async query={interviews} loading="Loading interviews…">
        {(list) =>
          list.length ? (
            <ul className="interview-list" aria-label="Interviews">
              {list.map((i) => (
                <InterviewCard
                  key={i.id}
                  interview={i}
                  canChange={props.canChange}
                  viewerZone={zone}
                  onMessage={setMessage}
                />
              ))}
            </ul>
          ) : (
            <p className="meta">No interviews yet.</p>
          )
        }
      </Async>
    </section>
  );
}
