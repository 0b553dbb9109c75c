import { formatDate } from '../../ui/format.ts';
import { useMyNotes } from './queries.ts';

/** Notes the agency shared with the job seeker; nothing at all when there are none. */
export function SharedNotes() {
  const notes = useMyNotes();
  if (!notes.data?.length) return null;
  return (
    <section aria-labelledby="shared-notes" className="record-section">
      <h2 id="shared-notes">Notes from your recruiter</h2>
      <ul className="note-list">
        {notes.data.map((n) => (
          <li key={n.id} className="note">
            <p className="meta">
              <strong>{n.author}</strong> · <time dateTime={n.at}>{formatDate(n.at)}</time>
            </p>
            <p className="cover-note">{n.body}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
