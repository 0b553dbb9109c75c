import { Link } from 'react-router';
import type { DebriefDue } from '../../../shared/debriefs.ts';
import { zonedDateTime } from '../interviews/time.ts';
import { useDebriefsDue } from './queries.ts';

function DueItem({ d }: { d: DebriefDue }) {
  return (
    <li className="interview-item">
      <strong>
        {d.openingTitle} at {d.companyName}
      </strong>
      <p className="meta">
        <time dateTime={d.interviewAt}>{zonedDateTime(d.interviewAt)}</time>
      </p>
      {d.debriefId === null ? (
        <p>
          How did it go? <Link to={`/interviews/${d.interviewId}/debrief`}>Write a debrief</Link>: it helps
          you and the next person prepare.
        </p>
      ) : (
        <p>
          <Link to={`/interviews/${d.interviewId}/debrief`}>Edit your debrief</Link>
        </p>
      )}
    </li>
  );
}

/** On the portal home: past interviews to debrief (first) and debriefs written, to edit. */
export function DebriefsDue() {
  const due = useDebriefsDue();
  // A prompt, not a page: while it loads or if it fails the home page reads fine without it.
  if (!due.data || due.data.length === 0) return null;
  const open = due.data.filter((d) => d.debriefId === null);
  const written = due.data.filter((d) => d.debriefId !== null);
  return (
    <section aria-labelledby="debriefs-due" className="record-section">
      <h2 id="debriefs-due">Debriefs</h2>
      <ul className="interview-list">
        {[...open, ...written].map((d) => (
          <DueItem key={d.interviewId} d={d} />
        ))}
      </ul>
    </section>
  );
}
