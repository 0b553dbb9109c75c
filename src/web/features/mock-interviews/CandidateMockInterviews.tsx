import { Link } from 'react-router';
import { formatDate } from '../../ui/format.ts';
import { Async } from '../../ui/Status.tsx';
import { useCandidateMockInterviews } from './queries.ts';
import { averageWords } from './words.ts';

/** The candidate page's mock interviews: each one run so far, and a way to run another. */
export function CandidateMockInterviews({ candidateId }: { candidateId: number }) {
  const list = useCandidateMockInterviews(candidateId);
  return (
    <section aria-labelledby="mock-interviews" className="record-section">
      <h2 id="mock-interviews">Mock interviews</h2>
      <Async query={list} loading="Loading mock interviews…">
        {(items) =>
          items.length ? (
            <ul className="note-list" aria-label="Mock interviews">
              {items.map((m) => (
                <li key={m.id} className="note">
                  <p>
                    <Link to={`/mock-interviews/${m.id}`}>{m.title}</Link>
                  </p>
                  <p className="meta">
                    <time dateTime={m.heldAt}>{formatDate(m.heldAt)}</time>
                    {m.interviewerName ? ` · with ${m.interviewerName}` : ''} · {m.questions}{' '}
                    {m.questions === 1 ? 'question' : 'questions'} · overall {averageWords(m.overall)} ·{' '}
                    {m.sharedAt ? 'shared with the candidate' : 'not shared yet'}
                  </p>
                </li>
              ))}
            </ul>
          ) : (
            <p className="meta">No mock interviews yet.</p>
          )
        }
      </Async>
      <p>
        <Link className="button secondary" to={`/candidates/${candidateId}/mock-interviews/new`}>
          Run a mock interview
        </Link>
      </p>
    </section>
  );
}
