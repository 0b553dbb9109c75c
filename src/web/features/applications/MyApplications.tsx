import { Link } from 'react-router';
import type { Me } from '../../../shared/accounts.ts';
import type { SeekerApplication } from '../../../shared/pipeline.ts';
import { formatDate, timeAgo } from '../../ui/format.ts';
import { Page } from '../../ui/Page.tsx';
import { Async } from '../../ui/Status.tsx';
import { DebriefsDue } from '../debriefs/DebriefsDue.tsx';
import { InsightTile } from '../insights/InsightTile.tsx';
import { MyInterviews } from '../interviews/MyInterviews.tsx';
import { MyMockInterviews } from '../mock-interviews/MyMockInterviews.tsx';
import { PracticeTile } from '../practice/session/PracticeTile.tsx';
import { ResumeLink, SeekerStage } from './ApplicationDetails.tsx';
import { useMyApplications } from './queries.ts';

function ApplicationCard({ a }: { a: SeekerApplication }) {
  return (
    <li className={`job-card application-card ${a.stage.kind}`}>
      <h2>
        <a href={`/jobs/${a.openingSlug}`}>{a.openingTitle}</a>
      </h2>
      <p className="meta">{a.companyName}</p>
      <p>
        <SeekerStage stage={a.stage} />{' '}
        <span className="meta">
          {a.history.length > 1 ? 'updated' : 'sent'} {timeAgo(a.stageEnteredAt)}
        </span>
      </p>
      {a.stage.next ? <p>{a.stage.next}</p> : null}
      <p className="meta">
        Applied <time dateTime={a.createdAt}>{formatDate(a.createdAt)}</time>
        {a.resume ? (
          <>
            {' · Resume: '}
            <ResumeLink resume={a.resume} />
          </>
        ) : (
          ' · No resume attached'
        )}
        {a.notes.length > 0
          ? ` · ${a.notes.length} ${a.notes.length === 1 ? 'note' : 'notes'} from your recruiter`
          : null}
      </p>
      <p>
        {/* The card (a list item under the job's heading) gives the link its context. */}
        <Link to={`/my-applications/${a.id}`}>Progress and history</Link>
      </p>
    </li>
  );
}

/** The job seeker's home: every application, where it stands and what happens next. */
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
      <MyInterviews />
      <DebriefsDue />
      <PracticeTile />
      <InsightTile />
      <MyMockInterviews />
      <Async query={applications} loading="Loading your applications…">
        {(list) =>
          list.length === 0 ? (
            <p>
              You have not applied for a job yet. <a href="/jobs">Find open positions</a>.
            </p>
          ) : (
            <ul className="job-list">
              {list.map((a) => (
                <ApplicationCard key={a.id} a={a} />
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
