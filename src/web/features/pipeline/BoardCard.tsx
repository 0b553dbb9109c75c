import { useDraggable } from '@dnd-kit/core';
import { Link } from 'react-router';
import type { BoardCard as Card } from '../../../shared/pipeline.ts';
import type { Movable } from './useMover.ts';
import { timeInStage } from './words.ts';

export type CardOnBoard = Movable & { stageId: number };

export const toMovable = (c: Card, stageId: number): CardOnBoard => ({
  applicationId: c.applicationId,
  candidateName: c.candidateName,
  openingId: c.openingId,
  openingTitle: c.openingTitle,
  stageId,
});

export interface CardActions {
  showOpening: boolean;
  selected: ReadonlySet<number>;
  pendingIds: readonly number[];
  onToggle: (applicationId: number, on: boolean) => void;
  onMoveRequest: (card: CardOnBoard) => void;
}

/** What a card says: who, for which job (on the all-openings board), and for how long. */
function CardBody({ card, showOpening }: { card: Card; showOpening: boolean }) {
  return (
    <>
      {card.candidateHeadline ? <p className="meta">{card.candidateHeadline}</p> : null}
      {showOpening ? (
        <p className="card-opening">
          {card.openingTitle} · {card.companyName}
        </p>
      ) : null}
      <p className="card-time">
        <time dateTime={card.stageEnteredAt}>{timeInStage(card.stageEnteredAt)}</time>
      </p>
    </>
  );
}

/**
 * One application on the board. The whole card is a drag source for mouse and touch; it is
 * not a focusable drag handle, since the Move button is the keyboard's way and a focusable
 * card would wrap links and buttons in another control.
 */
export function BoardCard(props: CardActions & { card: Card; stageId: number }) {
  const { card } = props;
  const movable = toMovable(card, props.stageId);
  const { setNodeRef, listeners, isDragging } = useDraggable({
    id: `application-${card.applicationId}`,
    data: { card: movable },
  });
  const pending = props.pendingIds.includes(card.applicationId);
  const checked = props.selected.has(card.applicationId);
  return (
    <li
      ref={setNodeRef}
      {...listeners}
      className={`board-card${isDragging ? ' dragging' : ''}${checked ? ' selected' : ''}`}
      aria-busy={pending || undefined}
    >
      <div className="card-head">
        <input
          type="checkbox"
          aria-label={`Select ${card.candidateName}`}
          checked={checked}
          onChange={(e) => props.onToggle(card.applicationId, e.target.checked)}
        />
        <h3>
          <Link to={`/candidates/${card.candidateId}`} draggable={false}>
            {card.candidateName}
          </Link>
        </h3>
      </div>
      <CardBody card={card} showOpening={props.showOpening} />
      <p className="card-actions">
        <Link to={`/applications/${card.applicationId}`} draggable={false}>
          Details<span className="visually-hidden"> of {card.candidateName}’s application</span>
        </Link>
        {pending ? (
          <span className="meta">
            <span className="spinner" aria-hidden="true" /> Moving…
          </span>
        ) : (
          <button
            type="button"
            className="secondary small"
            data-move-for={card.applicationId}
            onClick={() => props.onMoveRequest(movable)}
          >
            Move<span className="visually-hidden"> {card.candidateName}</span>
          </button>
        )}
      </p>
    </li>
  );
}

/** The copy of a card that follows the pointer while dragging. */
export function CardPreview({ card, showOpening }: { card: Card; showOpening: boolean }) {
  return (
    <div className="board-card overlay" aria-hidden="true">
      <p className="card-name">{card.candidateName}</p>
      <CardBody card={card} showOpening={showOpening} />
    </div>
  );
}
