import type { StageMove } from '../../../shared/pipeline.ts';
import { formatDateTime } from '../../ui/format.ts';

/** Every move of an application, oldest first: from → to, who, when, and the note. */
export function History({ moves }: { moves: readonly StageMove[] }) {
  if (moves.length === 0) return <p className="meta">No moves yet.</p>;
  return (
    <ol className="timeline">
      {moves.map((m) => (
        <li key={m.id}>
          <p className="timeline-what">
            {m.from ? (
              <>
                {m.from.name} <span aria-hidden="true">→</span>
                <span className="visually-hidden"> to</span> {m.to.name}
              </>
            ) : (
              <>Started in {m.to.name}</>
            )}
          </p>
          <p className="meta">
            {m.by ? m.by.name : 'The job seeker'} · <time dateTime={m.at}>{formatDateTime(m.at)}</time>
          </p>
          {m.note ? <p className="cover-note">{m.note}</p> : null}
        </li>
      ))}
    </ol>
  );
}
