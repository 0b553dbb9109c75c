import type { Application } from '../../../shared/applications.ts';
import { applicationStatus, formatBytes, formatDate } from '../../ui/format.ts';

/** A link that downloads a stored resume (its owner and staff may). */
export function ResumeLink({ resume }: { resume: NonNullable<Application['resume']> }) {
  return (
    <a href={`/api/v1/files/${resume.id}`} download={resume.name}>
      {resume.name}
      <span className="meta"> ({formatBytes(resume.sizeBytes)})</span>
    </a>
  );
}

/** One application as its candidate sees it. */
export function ApplicationDetails({ application }: { application: Application }) {
  return (
    <dl className="details">
      <dt>Job</dt>
      <dd>
        <a href={`/jobs/${application.openingSlug}`}>{application.openingTitle}</a>
      </dd>
      <dt>Company</dt>
      <dd>{application.companyName}</dd>
      <dt>Status</dt>
      <dd>{applicationStatus(application.status)}</dd>
      <dt>Applied</dt>
      <dd>
        <time dateTime={application.createdAt}>{formatDate(application.createdAt)}</time>
      </dd>
      <dt>Resume</dt>
      <dd>{application.resume ? <ResumeLink resume={application.resume} /> : 'None attached'}</dd>
      <dt>Cover note</dt>
      <dd className="cover-note">{application.coverNote || 'None'}</dd>
    </dl>
  );
}
