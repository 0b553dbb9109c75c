import type { SeekerInterview } from '../../../shared/interview-api.ts';
import { INTERVIEW_FORMAT_LABELS } from '../../../shared/interviews.ts';
import { viewerZone, zonedClock, zonedDateTime } from './time.ts';

type Slot = SeekerInterview['slots'][number];

/** The booked time in the reader's zone, and in the employer's too when that differs. */
export function When({ iv, slot }: { iv: SeekerInterview; slot: Slot }) {
  const mine = viewerZone();
  const test = iv.format === 'written-test';
  return (
    <>
      <time dateTime={slot.startsAt}>{zonedDateTime(slot.startsAt, mine)}</time>
      {test ? ` until ${zonedClock(slot.endsAt, mine)}` : ` to ${zonedClock(slot.endsAt, mine)}`}
      {iv.zone !== mine ? (
        <span className="meta"> · for the employer: {zonedDateTime(slot.startsAt, iv.zone)}</span>
      ) : null}
    </>
  );
}

/** What, where, with whom and what to bring. */
export function InterviewFacts({ iv, slot }: { iv: SeekerInterview; slot: Slot | undefined }) {
  const test = iv.format === 'written-test';
  return (
    <dl className="details">
      {slot ? (
        <>
          <dt>{test ? 'Take it between' : 'When'}</dt>
          <dd>
            <When iv={iv} slot={slot} />
          </dd>
        </>
      ) : null}
      <dt>Format</dt>
      <dd>
        {INTERVIEW_FORMAT_LABELS[iv.format]}
        {iv.group ? ' with other candidates' : ''}
      </dd>
      <dt>{test ? 'The test takes' : 'Length'}</dt>
      <dd>{iv.durationMinutes} minutes</dd>
      {iv.location ? (
        <>
          <dt>Where</dt>
          <dd>{iv.location}</dd>
        </>
      ) : null}
      {iv.videoUrl ? (
        <>
          <dt>{test ? 'Test link' : 'Video link'}</dt>
          <dd>
            <a href={iv.videoUrl} rel="noopener noreferrer" target="_blank">
              {iv.videoUrl}
            </a>
          </dd>
        </>
      ) : null}
      {iv.interviewers.length > 0 ? (
        <>
          <dt>{iv.interviewers.length === 1 ? 'Interviewer' : 'Interviewers'}</dt>
          <dd>
            <ul className="plain-list">
              {iv.interviewers.map((p) => (
                <li key={`${p.name}-${p.title}`}>
                  {p.name}
                  {p.title ? <span className="meta">, {p.title}</span> : null}
                </li>
              ))}
            </ul>
          </dd>
        </>
      ) : null}
      <dt>Instructions</dt>
      <dd className="cover-note">
        {iv.instructions || 'None yet. Your recruiter will tell you if anything is needed.'}
      </dd>
    </dl>
  );
}
