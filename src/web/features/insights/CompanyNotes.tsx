import { useId } from 'react';
import { Link } from 'react-router';
import type { CompanyNote } from '../../../shared/insights.ts';
import { formatDate } from '../../ui/format.ts';
import { NOTE_PART_LABELS, NOTE_VISIBILITY_LABELS } from './words.ts';

/** Staff only: candidates' notes on the company (agency-visible and shared), newest first. */
export function CompanyNotes({ notes }: { notes: CompanyNote[] }) {
  const headingId = useId();
  return (
    <section className="record-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Notes from debriefs</h2>
      {notes.length === 0 ? (
        <p className="meta">No candidate has left notes on this company yet.</p>
      ) : (
        <ul className="note-list" aria-label="Notes from debriefs">
          {notes.map((n) => (
            <li key={`${n.debriefId}-${n.part}`} className="note">
              <p className="meta">
                <strong>{NOTE_PART_LABELS[n.part]}</strong> ·{' '}
                <span className={`badge ${n.visibility === 'shared' ? 'shared' : 'internal'}`}>
                  {NOTE_VISIBILITY_LABELS[n.visibility]}
                </span>
              </p>
              <p className="cover-note">{n.text}</p>
              <p className="meta">
                <Link to={`/candidates/${n.candidateId}`}>{n.candidateName}</Link> · {n.openingTitle} ·{' '}
                <time dateTime={n.interviewAt}>{formatDate(n.interviewAt)}</time>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
