import { formatDate } from '../../ui/format.ts';
import { Async } from '../../ui/Status.tsx';
import { ResumeLink } from './ApplicationDetails.tsx';
import { useOpeningApplications } from './queries.ts';

/** Everyone who applied to one opening, for staff. */
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
                <li key={a.id} className="job-card">
                  <h3>{a.candidateName}</h3>
                  <p className="meta">
                    <a href={`mailto:${a.candidateEmail}`}>{a.candidateEmail}</a> · Applied{' '}
                    <time dateTime={a.createdAt}>{formatDate(a.createdAt)}</time>
                  </p>
                  <p>Resume: {a.resume ? <ResumeLink resume={a.resume} /> : 'none attached'}</p>
                  {a.coverNote ? (
                    <>
                      <p className="visually-hidden">Cover note:</p>
                      <blockquote className="cover-note">{a.coverNote}</blockquote>
                    </>
                  ) : (
                    <p className="meta">No cover note.</p>
                  )}
                </li>
              ))}
            </ul>
          )
        }
      </Async>
    </section>
  );
}
