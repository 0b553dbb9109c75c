import { Link } from 'react-router';
import { useMyDay } from './queries.ts';

/** The workspace tile: how many of my tasks are overdue or due today. */
export function MyDayTile() {
  const day = useMyDay();
  const n = day.data ? day.data.overdue.length + day.data.today.length : undefined;
  return (
    <li>
      <Link to="/my-day">
        <strong>My day</strong>
        <span>
          {n === undefined
            ? '…'
            : n === 0
              ? 'Nothing due today'
              : `${n} ${n === 1 ? 'task' : 'tasks'} due today or overdue`}
        </span>
      </Link>
    </li>
  );
}
