import { Link } from 'react-router';

/** On the portal home: where to read what employers in their field ask now. */
export function InsightTile() {
  return (
    <section aria-labelledby="insight-tile" className="record-section">
      <h2 id="insight-tile">Insight</h2>
      <p>
        See which questions and skills employers in your field ask about now, and what to work on.{' '}
        <Link to="/my-insight">Read your insight</Link>
      </p>
    </section>
  );
}
