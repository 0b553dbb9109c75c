import { Link } from 'react-router';
import { type PracticeRating, RATINGS } from '../../../../shared/practice.ts';
import type { SessionOut } from '../../../../shared/practice-api.ts';
import { clock, summarise } from './summary.ts';

const RATING_WORDS: Record<PracticeRating, string> = {
  again: 'Again',
  hard: 'Hard',
  good: 'Good',
  easy: 'Easy',
};

/** What the session covered and what to work on next. */
export function SessionSummary({ session }: { session: SessionOut }) {
  const s = summarise(session);
  return (
    <section aria-labelledby="summary" className="record-section">
      <h2 id="summary">Session summary</h2>
      <p>
        {s.covered} of {s.total} questions answered in {clock(s.seconds)}, against a target of{' '}
        {clock(s.targetSeconds)}.
      </p>
      <ul className="chips" aria-label="Your ratings">
        {RATINGS.map((r) => (
          <li key={r} className="chip">
            {RATING_WORDS[r]}: {s.ratings[r]}
          </li>
        ))}
      </ul>
      <h3>What to work on</h3>
      {s.workOn.length === 0 ? (
        <p>Nothing stood out: every answer went well and in good time.</p>
      ) : (
        <ul className="work-on">
          {s.workOn.map((w) => {
            const item = session.items.find((i) => i.position === w.position);
            return (
              <li key={w.position}>
                <Link to={`/practice/questions/${item?.question.id}`}>{w.question}</Link>
                <p className="meta">{w.why}</p>
              </li>
            );
          })}
        </ul>
      )}
      {s.weakCategories.length > 0 ? <p>Practise more: {s.weakCategories.join(', ')}.</p> : null}
      <p>
        Questions you rated “again” come back today; the others come back when they are due, the easier ones
        later.
      </p>
      <p>
        <Link to="/practice">Back to practice</Link>
      </p>
    </section>
  );
}
