import { Link } from 'react-router';
import type { SeekerInterview } from '../../../shared/interview-api.ts';
import { Async } from '../../ui/Status.tsx';
import { CalendarFeed } from '../calendars/CalendarFeed.tsx';
import { interviewTitle } from './MyInterview.tsx';
import { useMyInterviews } from './queries.ts';
import { nextStep, standing } from './standing.ts';
import { zonedDateTime } from './time.ts';

function InterviewItem({ iv }: { iv: SeekerInterview }) {
  const s = standing(iv);
  return (
    <li className={iv.remind ? 'interview-item reminder' : 'interview-item'}>
      <Link to={`/interviews/${iv.id}`}>{interviewTitle(iv)}</Link>
      <span className="meta"> · {iv.companyName}</span>
      {s.kind === 'booked' ? (
        <p>
          <time dateTime={s.slot.startsAt}>{zonedDateTime(s.slot.startsAt)}</time>
        </p>
      ) : null}
      <p className={iv.remind ? 'reminder-line' : 'meta'}>
        {iv.remind ? 'Coming up soon. ' : ''}
        {nextStep(iv)}
      </p>
    </li>
  );
}

/** Interviews still to come (or to choose a time for) on the portal home; earlier ones folded away. */
export function MyInterviews() {
  const interviews = useMyInterviews();
  return (
    <Async query={interviews} loading="Loading your interviews…">
      {(list) => {
        if (list.length === 0) return null;
        const ahead = list.filter((iv) => {
          const s = standing(iv);
          return s.kind === 'choose' || (s.kind === 'booked' && !s.started);
        });
        const earlier = list.filter((iv) => !ahead.includes(iv));
        return (
          <section aria-labelledby="my-interviews" className="record-section">
            <h2 id="my-interviews">Your interviews</h2>
            {ahead.length === 0 ? <p className="meta">No interviews coming up.</p> : null}
            <ul className="interview-list">
              {ahead.map((iv) => (
                <InterviewItem key={iv.id} iv={iv} />
              ))}
            </ul>
            {earlier.length > 0 ? (
              <details>
                <summary>Earlier interviews ({earlier.length})</summary>
                <ul className="interview-list">
                  {earlier.map((iv) => (
                    <InterviewItem key={iv.id} iv={iv} />
                  ))}
                </ul>
              </details>
            ) : null}
            <CalendarFeed level={3} />
          </section>
        );
      }}
    </Async>
  );
}
