import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api } from '../../../api.ts';
import { ErrorMessage } from '../../../ui/Status.tsx';
import { viewerZone, zonedDateTime } from '../time.ts';

interface Unconfirmed {
  interviewId: number;
  bookingId: number;
  candidateId: number;
  candidateName: string;
  openingTitle: string;
  startsAt: string;
}

/**
 * On My day: booked interviews in the next 24 hours that the candidate has not confirmed, so
 * someone calls before the time comes. Shown only when there are some.
 */
export function UnconfirmedInterviews() {
  const list = useQuery({
    queryKey: ['interviews', 'unconfirmed'],
    queryFn: () => api<Unconfirmed[]>('/api/v1/interviews/unconfirmed'),
  });
  if (list.isError) return <ErrorMessage error={list.error} />;
  if (!list.data || list.data.length === 0) return null;
  return (
    <section aria-labelledby="unconfirmed" className="day-bucket unconfirmed">
      <h2 id="unconfirmed">
        Interviews not confirmed yet <span className="count">({list.data.length})</span>
      </h2>
      <p className="meta">In the next 24 hours. A call now may save them.</p>
      <ul className="task-list">
        {list.data.map((u) => (
          <li key={u.bookingId} className="task">
            <Link to={`/candidates/${u.candidateId}`}>{u.candidateName}</Link>
            <span className="meta">
              {' '}
              · {u.openingTitle} ·{' '}
              <time dateTime={u.startsAt}>{zonedDateTime(u.startsAt, viewerZone())}</time>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
