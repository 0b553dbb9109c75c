import type { SeekerApplication } from '../../../shared/pipeline.ts';
import { formatBytes, formatDate, timeAgo } from '../../ui/format.ts';

type StoredResume = NonNullable<SeekerApplication['resume']>;

/** A link that downloads a stored resume (its owner and staff may). */
export function ResumeLink({ resume }: { resume: StoredResume }) {
  return (
    <a href={`/api/v1/files/${resume.id}`} download={resume.name}>
      {resume.name}
      <span className="meta"> ({formatBytes(resume.sizeBytes)})</span>
    </a>
  );
}

/**
 * Where an application stands, in the words the agency chose for job seekers. The kind only
 * picks the style: closed outcomes are set apart calmly, never in alarm colours.
 */
export function SeekerStage({ stage }: { stage: SeekerApplication['stage'] }) {
  return <span className={`stage-pill ${stage.kind}`}>{stage.label}</span>;
}

/** The current stage, since when, and what happens next. */
export function WhereItStands({ application: a }: { application: SeekerApplication }) {
  return (
    <div className={`stage-panel ${a.stage.kind}`}>
      <p>
        <SeekerStage stage={a.stage} />{' '}
        <span className="meta">
          since <time dateTime={a.stageEnteredAt}>{formatDate(a.stageEnteredAt)}</time> (
          {timeAgo(a.stageEnteredAt)})
        </span>
      </p>
      {a.stage.next ? (
        <p>
          <strong>What happens next:</strong> {a.stage.next}
        </p>
      ) : null}
    </div>
  );
}

/** One application as its candidate sees it: the job, when, and what they sent. */
export function ApplicationDetails({ application }: { application: SeekerApplication }) {
  return (
    <dl className="details">
      <dt>Job</dt>
      <dd>
        <a href={`/jobs/${application.openingSlug}`}>{application.openingTitle}</a>
      </dd>
      <dt>Company</dt>
      <dd>{application.companyName}</dd>
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
