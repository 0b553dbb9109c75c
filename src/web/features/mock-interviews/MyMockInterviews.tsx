import { Link } from 'react-router';
import { formatDate } from '../../ui/format.ts';
import { Async } from '../../ui/Status.tsx';
import { useMyMockInterviews } from './queries.ts';
import { averageWords } from './words.ts';

/** The portal home's list of mock interview feedback the recruiter shared; hidden until there is some. */
export function MyMockInterviews() {
  const list = useMyMockInterviews();
  return (
    <Async query={list} loading="Loading your mock interview feedback…">
      {(items) =>
        items.length === 0 ? null : (
          <section aria-labelledby="my-mock-interviews" className="record-section">
            <h2 id="my-mock-interviews">Mock interview feedback</h2>
            <ul className="interview-list">
              {items.map((m) => (
                <li key={m.id} className="interview-item">
                  <Link to={`/my-mock-interviews/${m.id}`}>{m.title}</Link>
                  <p className="meta">
                    <time dateTime={m.heldAt}>{formatDate(m.heldAt)}</time>
                    {m.interviewerName ? ` · with ${m.interviewerName}` : ''} · overall{' '}
                    {averageWords(m.overall)}
                  </p>
                </li>
              ))}
            </ul>
          </section>
        )
      }
    </Async>
  );
}
