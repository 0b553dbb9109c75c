import type { Me } from '../../../shared/accounts.ts';
import { applicationStatus, formatDate } from '../../ui/format.ts';
import { Page } from '../../ui/Page.tsx';
import { Async } from '../../ui/Status.tsx';
import { ResumeLink } from './ApplicationDetails.tsx';
import { useMyApplications } from './queries.ts';

/** The job seeker's home: every application and where it stands. */
export function MyApplications({ me }: { me: Me }) {
  const applications = useMyApplications();
  return (
    <Page title="My applications">
      {me.emailVerified ? null : (
        <p className="notice">
          We sent a link to <strong>{me.email}</strong> to confirm your email address. Open it so we can reach
          you about interviews.
        </p>
      )}
      <Async query={applications} loading="Loading your applications…">
        {(list) =>
          list.length === 0 ? (
            <p>
              You have not applied for a job yet. <a href="/jobs">Find open positions</a>.
            </p>
          ) : (
            <ul className="job-list">
              {list.map((a) => (
                <li key={a.id} className="job-card">
                  <h2>
                    <a href={`/jobs/${a.openingSlug}`}>{a.openingTitle}</a>
                  </h2>
                  <p className="meta">{a.companyName}</p>
                  <p>
                    <span className="badge">{applicationStatus(a.status)}</span>
                  </p>
                  <p>
                    Applied <time dateTime={a.createdAt}>{formatDate(a.createdAt)}</time>
                    {a.resume ? (
                      <>
                        {' · Resume: '}
                        <ResumeLink resume={a.resume} />
                      </>
                    ) : (
                      ' · No resume attached'
                    )}
                  </p>
                </li>
              ))}
            </ul>
          )
        }
      </Async>
      <p>
        <a href="/jobs">Browse more jobs</a>
      </p>
    </Page>
  );
}
