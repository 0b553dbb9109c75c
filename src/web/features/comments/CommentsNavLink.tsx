import { NavLink } from 'react-router';
import { usePendingComments } from './queries.ts';

/** "Comments" in the staff navigation, with the number waiting for moderation. */
export function CommentsNavLink() {
  const count = usePendingComments(true).data?.pending ?? 0;
  return <NavLink to="/comments">{count ? `Comments (${count} pending)` : 'Comments'}</NavLink>;
}
