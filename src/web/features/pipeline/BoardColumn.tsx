import { useDroppable } from '@dnd-kit/core';
import { Link } from 'react-router';
import type { Board } from '../../../shared/pipeline.ts';
import { BoardCard, type CardActions } from './BoardCard.tsx';

/** A stage's column: a drop target with its count and cards, oldest in the stage first. */
export function BoardColumn(props: CardActions & { column: Board['columns'][number]; listLink: string }) {
  const { stage, total, cards } = props.column;
  const { setNodeRef, isOver } = useDroppable({
    id: `stage-${stage.id}`,
    data: { stage },
  });
  const headingId = `stage-${stage.id}-heading`;
  return (
    <section
      ref={setNodeRef}
      className={`board-column${isOver ? ' over' : ''}`}
      aria-labelledby={headingId}
      data-stage={stage.id}
    >
      <div className="column-head">
        <h2 id={headingId}>{stage.name}</h2>
        <span className="column-count">{total === 1 ? '1 application' : `${total} applications`}</span>
      </div>
      {stage.retired ? <p className="meta">Retired stage: takes no new cards.</p> : null}
      {cards.length ? (
        <ul className="card-list">
          {cards.map((c) => (
            <BoardCard key={c.applicationId} {...props} card={c} stageId={stage.id} />
          ))}
        </ul>
      ) : (
        <p className="meta empty-column">Nothing here.</p>
      )}
      {total > cards.length ? (
        <p>
          <Link to={props.listLink}>
            See all {total}
            <span className="visually-hidden"> in {stage.name}</span> in the list
          </Link>
        </p>
      ) : null}
    </section>
  );
}
