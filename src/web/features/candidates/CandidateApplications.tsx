import { useRef, useState } from 'react';
import { Link } from 'react-router';
import type { Application } from '../../../shared/pipeline.ts';
import { durationSince } from '../../ui/format.ts';
import { TableFrame } from '../../ui/Page.tsx';
import { Async } from '../../ui/Status.tsx';
import { StageBadge } from '../applications/OpeningApplications.tsx';
import { useCandidateApplications } from './recordQueries.ts';
import { SubmitToOpening } from './SubmitToOpening.tsx';

function ApplicationTable({ list, name }: { list: readonly Application[]; name: string }) {
  return (
    <TableFrame label={`Applications of ${name}`}>
      <table>
        <thead>
          <tr>
            <th scope="col">Opening</th>
            <th scope="col">Company</th>
            <th scope="col">Stage</th>
            <th scope="col">In stage for</th>
            <th scope="col">
              <span className="visually-hidden">Application</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {list.map((a) => (
            <tr key={a.id}>
              <td>
                <Link to={`/openings/${a.openingId}`}>{a.openingTitle}</Link>
              </td>
              <td>{a.companyName}</td>
              <td>
                <StageBadge stage={a.stage} />
              </td>
              <td>{durationSince(a.stageEnteredAt)}</td>
              <td>
                <Link to={`/applications/${a.id}`}>
                  Open<span className="visually-hidden"> the application to {a.openingTitle}</span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
}

/** The record's "Applications" section: every opening they are in, and submitting them to another. */
export function CandidateApplications({ candidate }: { candidate: { id: number; name: string } }) {
  const applications = useCandidateApplications(candidate.id);
  const [adding, setAdding] = useState(false);
  const [status, setStatus] = useState('');
  const openButton = useRef<HTMLButtonElement>(null);
  const close = (created: Application | null) => {
    setAdding(false);
    if (created)
      setStatus(`${candidate.name} was submitted to ${created.openingTitle} (${created.companyName}).`);
    // The form is gone; put focus back where the person started.
    requestAnimationFrame(() => openButton.current?.focus());
  };
  return (
    <section aria-labelledby="candidate-applications" className="record-section">
      <h2 id="candidate-applications">Applications</h2>
      <p className="success-line" aria-live="polite">
        {status}
      </p>
      <Async query={applications} loading="Loading applications…">
        {(list) => (
          <div className="stack">
            {list.length === 0 ? (
              <p>Not in any opening’s pipeline yet.</p>
            ) : (
              <ApplicationTable list={list} name={candidate.name} />
            )}
            {adding ? (
              <SubmitToOpening candidateId={candidate.id} current={list} onDone={close} />
            ) : (
              <p>
                <button
                  type="button"
                  className="secondary"
                  ref={openButton}
                  onClick={() => {
                    setStatus('');
                    setAdding(true);
                  }}
                >
                  Submit to an opening
                </button>
              </p>
            )}
          </div>
        )}
      </Async>
    </section>
  );
}
