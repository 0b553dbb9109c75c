import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { SeekerApplication } from '../../../shared/pipeline.ts';
import { formatDate } from '../../ui/format.ts';
import { Page } from '../../ui/Page.tsx';
import { ErrorMessage, Loading } from '../../ui/Status.tsx';
import { isStaff, useMe } from '../auth/session.ts';
import { ApplicationDetails, WhereItStands } from './ApplicationDetails.tsx';
import { ApplyForm } from './ApplyForm.tsx';
import { applicationKey, useJob, useMyApplication } from './queries.ts';

function Applied({ application, justNow }: { application: SeekerApplication; justNow: boolean }) {
  return (
    <Page title={`Your application for ${application.openingTitle}`}>
      {justNow ? (
        <div className="success" role="status">
          <p>
            <strong>Your application was sent.</strong> {application.companyName} and our recruiters can now
            see it. We will email you when something changes.
          </p>
        </div>
      ) : (
        <p className="notice">You applied on {formatDate(application.createdAt)}.</p>
      )}
      <WhereItStands application={application} />
      <ApplicationDetails application={application} />
      <p>
        <Link to={`/my-applications/${application.id}`}>Follow this application</Link> ·{' '}
        <Link to="/">See all my applications</Link>
      </p>
    </Page>
  );
}

/** /app/apply/:slug: apply to a job, or see the application already sent. */
export function Apply() {
  const { slug = '' } = useParams();
  const queryClient = useQueryClient();
  const me = useMe();
  const job = useJob(slug);
  const mine = useMyApplication(slug);
  const [justNow, setJustNow] = useState(false);

  if (isStaff(me.data)) {
    return (
      <Page title="Applying is for job seekers">
        <p>You are signed in with a staff account, which cannot apply for jobs.</p>
        <p>
          <a href={`/jobs/${encodeURIComponent(slug)}`}>Back to the job</a>
        </p>
      </Page>
    );
  }
  if (job.isPending || mine.isPending) {
    return (
      <Page title="Apply">
        <Loading label="Loading the job…" />
      </Page>
    );
  }
  if (mine.isError || job.isError) {
    return (
      <Page title="Apply">
        <ErrorMessage error={mine.error ?? job.error} />
      </Page>
    );
  }
  if (mine.data) return <Applied application={mine.data} justNow={justNow} />;
  if (!job.data) {
    return (
      <Page title="This job is not open">
        <p>This position is closed or no longer exists, so it does not take applications.</p>
        <p>
          <a href="/jobs">See the open positions</a>
        </p>
      </Page>
    );
  }

  const title = job.data.title;
  return (
    <Page title={`Apply for ${title}`}>
      <p className="meta">
        {job.data.companyName} · <a href={`/jobs/${job.data.slug}`}>Read the job description</a>
      </p>
      <ApplyForm
        slug={slug}
        onApplied={(created) => {
          setJustNow(true);
          queryClient.setQueryData(applicationKey(slug), created);
          void queryClient.invalidateQueries({ queryKey: ['my-applications'] });
        }}
        onAlreadyApplied={() => void queryClient.invalidateQueries({ queryKey: applicationKey(slug) })}
      />
    </Page>
  );
}
