import { Link } from 'react-router';
import type { PossibleDuplicate } from '../../../shared/candidates.ts';
import { duplicateReasons } from './words.ts';

/** Other records that may be the same person, each linked, with the reason we think so. */
export function DuplicateWarning({
  duplicates,
  candidateId,
}: {
  duplicates: readonly PossibleDuplicate[];
  /** The record shown, so each duplicate offers a merge into it. */
  candidateId?: number;
}) {
  if (duplicates.length === 0) return null;
  return (
    <section className="warning" aria-labelledby="possible-duplicates">
      <h2 id="possible-duplicates">This may be someone we already have</h2>
      <ul className="warning-list">
        {duplicates.map((d) => (
          <li key={d.id}>
            Possible duplicate: <Link to={`/candidates/${d.id}`}>{d.name}</Link>
            {d.email ? ` <${d.email}>` : ''} ({duplicateReasons(d.reasons)})
            {candidateId ? (
              <>
                {' '}
                <Link
                  to={`/candidates/${candidateId}/merge/${d.id}`}
                  aria-label={`Compare and merge ${d.name}`}
                >
                  Compare and merge
                </Link>
              </>
            ) : null}
          </li>
        ))}
      </ul>
      <p className="hint">Check before adding more to either record, or merge them into one.</p>
    </section>
  );
}
