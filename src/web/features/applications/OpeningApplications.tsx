import { Link } from 'react-router';
import type { Application } from '../../../shared/pipeline.ts';
import { durationSince, formatDate } from '../../ui/format.ts';
import { Async } from '../../ui/Status.tsx';
import { ResumeLink } from './ApplicationDetails.tsx';
import { useOpeningApplications } from './queries.ts';

/** The stage as staff name it, styled by its kind. */
export function StageBadge({ stage }: { stage: Application['stage'] }) {
  return <span className={`stage-pill ${stage.kind}`}>{stage.name}</span>;
}

function ApplicationCard({ a }: { a: Application }) {
  return (
    <li className="job-card">
      <h3>
        <Link to={`/candidates/${a.candidateId}`}>{a.candidateName}</Link>
      </h3>
      <p>
        <StageBadge stage={a.stage} /> <span className="meta">for {durationSince(a.stageEnteredAt)}</span>
      </p>
      <p className="meta">
        {a.candidateEmail ? (
          <>
            <a href={`mailto:${a.candidateEmail}`}>{a.candidateEmail}</a> ·{' '}
          </>
        ) : null}
        {a.origin === 'self' ? 'Applied from the job board' : 'Submitted by the agency'}{' '}
        <time dateTime={a.createdAt}>{formatDate(a.createdAt)}</time>
      </p>
      <p>Resume: {a.resume ? <ResumeLink resume={a.resume} /> : 'none attached'}</p>
      {a.coverNote ? (
        <>
          <p className="visually-hidden">Cover note:</p>
          <blockquote className="cover-note">{a.coverNote}</blockquote>
        </>
      ) : null}
      <p>
        <Link to={`/applications/${a.id}`}>
          Open the application<span className="visually-hidden"> of {a.candidateName}</span>
        </Link>
      </p>
    </li>
  );
}

/** Everyone in one opening's pipeline, for staff. */
export function OpeningApplications({ openingId }: { openingId: number }) {
  const applications = useOpeningApplications(openingId);
  return (
    <section aria-labelledby="applications">
      <h2 id="applications">Applications</h2>
      <Async query={applications} loading="Loading applications…">
        {(list) =>
          list.length === 0 ? (
            <p>No applications yet.</p>
          ) : (
            <ul className="job-list">
              {list.map((a) => (
                <ApplicationCard key={a.id} a={a} />
              ))}
            </ul>
          )
        }
      </Async>
    </section>
  );
}
