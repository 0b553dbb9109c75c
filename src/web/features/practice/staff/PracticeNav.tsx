import { NavLink } from 'react-router';

/** The staff side of practice in one place: the bank, writing tests, group exercises. */
export function PracticeNav() {
  return (
    <nav aria-label="Practice" className="sub-nav">
      <ul>
        <li>
          <NavLink className="sub-nav-link" to="/questions">
            Question bank
          </NavLink>
        </li>
        <li>
          <NavLink className="sub-nav-link" to="/writing" end>
            Writing tests
          </NavLink>
        </li>
        <li>
          <NavLink className="sub-nav-link" to="/group-runs" end>
            Group exercises
          </NavLink>
        </li>
      </ul>
    </nav>
  );
}
