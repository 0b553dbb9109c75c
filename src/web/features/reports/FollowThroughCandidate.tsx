import { Link } from 'react-router';
import {
  type CommittedInterview,
  FOLLOW_THROUGH_VERDICT_LABELS,
  type FollowThroughFigure,
} from '../../../shared/follow-through.ts';
import {
  ATTENDANCE_OUTCOME_LABELS,
  CANCELLED_BY_LABELS,
  INTERVIEW_FORMAT_LABELS,
  INTERVIEW_ROUND_LABELS,
} from '../../../shared/interviews.ts';
import { formatDateTime } from '../../ui/format.ts';
import { TableFrame } from '../../ui/Page.tsx';
import { Async } from '../../ui/Status.tsx';
import { useCandidateFollowThrough } from './followThroughQueries.ts';
import { keptWords, pendingWords } from './followThroughWords.ts';
import { count } from './words.ts';

/** The candidate's figures in one sentence. */
function summary(f: FollowThroughFigure): string {
  if (f.committed > 0) return `${keptWords(f)}${pendingWords(f)}.`;
  if (f.pending > 0)
    return `Nothing counts yet: ${count(f.pending, 'interview is', 'interviews are')} waiting for an outcome.`;
  return 'Nothing counts yet.';
}

/** What happened, in words: the recorded outcome, or who cancelled. */
function whatHappened(i: CommittedInterview): string {
  if (i.outcome) return ATTENDANCE_OUTCOME_LABELS[i.outcome];
  if (i.cancelledBy) return CANCELLED_BY_LABELS[i.cancelledBy];
  if (i.state === 'cancelled') return 'Cancelled';
  return Date.parse(i.scheduledAt) > Date.now() ? 'Still to come' : 'Not recorded yet';
}

function InterviewTable({ list, name }: { list: readonly CommittedInterview[]; name: string }) {
  return (
    <TableFrame label={`Interviews ${name} booked`}>
      <table>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Interview</th>
            <th scope="col">What happened</th>
            <th scope="col">Counts as</th>
          </tr>
        </thead>
        <tbody>
          {list.map((i) => (
            <tr key={i.bookingId}>
              <td>{formatDateTime(i.scheduledAt)}</td>
              <td>
                <Link to={`/applications/${i.applicationId}`}>
                  {INTERVIEW_ROUND_LABELS[i.round]} for {i.openingTitle}
                </Link>{' '}
                <span className="meta">
                  ({INTERVIEW_FORMAT_LABELS[i.format].toLowerCase()}, {i.companyName})
                </span>
              </td>
              <td>{whatHappened(i)}</td>
              <td>{FOLLOW_THROUGH_VERDICT_LABELS[i.verdict]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
}

/** The candidate record's "Follow-through" section: interviews kept of those they booked. */
export function FollowThroughCandidate({ candidate }: { candidate: { id: number; name: string } }) {
  const query = useCandidateFollowThrough(candidate.id);
  return (
    <section aria-labelledby="candidate-follow-through" className="record-section">
      <h2 id="candidate-follow-through">Follow-through</h2>
      <Async query={query} loading="Loading follow-through…">
        {(f) =>
          f.interviews.length === 0 ? (
            <p>No interviews booked yet, so there is nothing to count.</p>
          ) : (
            <>
              <p>
                {summary(f)}{' '}
                <span className="meta">Interviews the agency or the employer called off do not count.</span>
              </p>
              <InterviewTable list={f.interviews} name={candidate.name} />
            </>
          )
        }
      </Async>
    </section>
  );
}
