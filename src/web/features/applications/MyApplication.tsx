import { Link, useParams } from 'react-router';
import type { SeekerApplication } from '../../../shared/pipeline.ts';
import { formatDate } from '../../ui/format.ts';
import { Page } from '../../ui/Page.tsx';
import { ErrorMessage, Loading } from '../../ui/Status.tsx';
import { isStaff, useMe } from '../auth/session.ts';
import { ResumeLink, WhereItStands } from './ApplicationDetails.tsx';
import { useMyApplicationById } from './queries.ts';

const back = <Link to="/">My applications</Link>;

function History({ history }: { history: SeekerApplication['history'] }) {
  return (
    <section aria-labelledby="history" className="record-section">
      <h2 id="history">History</h2>
      <ol className="progress-history">
        {history.map((h) => (
          <li key={`${h.at}-${h.label}`}>
            <span>{h.label}</span> <time dateTime={h.at}>{formatDate(h.at)}</time>
          </li>
        ))}
      </ol>
    </section>
  );
}

function SharedNotes({ notes }: { notes: SeekerApplication['notes'] }) {
  return (
    <section aria-labelledby="shared-notes" className="record-section">
      <h2 id="shared-notes">Notes from your recruiter</h2>
      {notes.length === 0 ? (
        <p className="meta">Your recruiter has not shared a note about this application yet.</p>
      ) : (
        <ul className="shared-notes">
          {notes.map((n) => (
            <li key={n.id}>
              <p className="cover-note">{n.body}</p>
              <p className="meta">
                {n.author} · <time dateTime={n.at}>{formatDate(n.at)}</time>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function WhatYouSent({ a }: { a: SeekerApplication }) {
  return (
    <section aria-labelledby="what-you-sent" className="record-section">
      <h2 id="what-you-sent">What you sent</h2>
      <dl className="details">
        <dt>Applied</dt>
        <dd>
          <time dateTime={a.createdAt}>{formatDate(a.createdAt)}</time>
        </dd>
        <dt>Resume</dt>
        <dd>{a.resume ? <ResumeLink resume={a.resume} /> : 'None attached'}</dd>
        <dt>Cover note</dt>
        <dd className="cover-note">{a.coverNote || 'None'}</dd>
      </dl>
    </section>
  );
}

/** /app/my-applications/:id: one application's progress, history and shared notes. */
export function MyApplication() {
  const id = Number(useParams().id);
  const me = useMe();
  const found = useMyApplicationById(id);
  if (isStaff(me.data)) {
    return (
      <Page title="This page is for job seekers" back={back}>
        <p>Staff read applications from the opening or the candidate record.</p>
      </Page>
    );
  }
  if (!Number.isInteger(id) || id <= 0 || found.isError) {
    return (
      <Page title="Application not found" back={back}>
        {found.isError ? <ErrorMessage error={found.error} /> : <p>There is no such application.</p>}
      </Page>
    );
  }
  if (found.isPending) {
    return (
      <Page title="Your application" back={back}>
        <Loading label="Loading your application…" />
      </Page>
    );
  }
  const a = found.data;
  return (
    <Page title={`Your application for ${a.openingTitle}`} back={back}>
      <p className="meta">
        {a.companyName} · <a href={`/jobs/${a.openingSlug}`}>Read the job description</a>
      </p>
      <WhereItStands application={a} />
      <History history={a.history} />
      <SharedNotes notes={a.notes} />
      <WhatYouSent a={a} />
    </Page>
  );
}
