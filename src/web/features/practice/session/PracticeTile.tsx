import { Link } from 'react-router';
import { usePracticeHome } from './queries.ts';

/** On the portal home: how many questions are due for review today. */
export function PracticeTile() {
  const home = usePracticeHome();
  const due = home.data?.dueToday;
  return (
    <section aria-labelledby="practice-tile" className="record-section">
      <h2 id="practice-tile">Practice</h2>
      <p>
        {due === undefined ? (
          'Practise the questions employers ask. '
        ) : due > 0 ? (
          <strong>{due === 1 ? '1 question is' : `${due} questions are`} due for review today. </strong>
        ) : (
          'Nothing is due for review today. '
        )}
        <Link to="/practice">Practise now</Link>
      </p>
    </section>
  );
}
