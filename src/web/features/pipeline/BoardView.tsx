import {
  type CollisionDetection,
  DndContext,
  type DragEndEvent,
  DragOverlay,
  MouseSensor,
  pointerWithin,
  rectIntersection,
  TouchSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { useState } from 'react';
import type { Board, Stage } from '../../../shared/pipeline.ts';
import { type CardActions, type CardOnBoard, CardPreview } from './BoardCard.tsx';
import { BoardColumn } from './BoardColumn.tsx';
import { findCard } from './boardState.ts';

// Where the pointer is decides the column; when it is between columns (in a gap), the
// column the dragged card overlaps most.
const collision: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  return hits.length ? hits : rectIntersection(args);
};

const dragData = (e: DragEndEvent) => ({
  card: e.active.data.current?.card as CardOnBoard | undefined,
  stage: e.over?.data.current?.stage as Stage | undefined,
});

/**
 * The columns, with drag and drop for mouse and touch. Touch starts a drag only after a
 * long press, so a swipe still scrolls the columns sideways.
 */
export function BoardView(
  props: CardActions & {
    board: Board;
    onDrop: (card: CardOnBoard, stage: Stage) => void;
    listLink: (stageId: number) => string;
  },
) {
  const { board } = props;
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 250, tolerance: 8 } }),
  );
  const [activeId, setActiveId] = useState<number | null>(null);
  const active = activeId === null ? null : findCard(board, activeId);
  const stageName = (id: unknown) => board.columns.find((c) => `stage-${c.stage.id}` === id)?.stage.name;
  const nameOf = (id: unknown) =>
    board.columns.flatMap((c) => c.cards).find((c) => `application-${c.applicationId}` === id)
      ?.candidateName ?? 'The card';

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collision}
      onDragStart={(e) =>
        setActiveId((e.active.data.current?.card as CardOnBoard | undefined)?.applicationId ?? null)
      }
      onDragCancel={() => setActiveId(null)}
      onDragEnd={(e) => {
        setActiveId(null);
        const { card, stage } = dragData(e);
        if (card && stage && stage.id !== card.stageId) props.onDrop(card, stage);
      }}
      accessibility={{
        screenReaderInstructions: {
          draggable:
            'Drag the card with a mouse, or press and hold on a touch screen; or use its Move button.',
        },
        announcements: {
          onDragStart: ({ active: a }) => `Picked up ${nameOf(a.id)}.`,
          onDragOver: ({ active: a, over }) =>
            over ? `${nameOf(a.id)} is over ${stageName(over.id)}.` : `${nameOf(a.id)} is over no stage.`,
          onDragEnd: ({ active: a, over }) =>
            over ? `${nameOf(a.id)} was dropped on ${stageName(over.id)}.` : `${nameOf(a.id)} was put back.`,
          onDragCancel: ({ active: a }) => `Moving ${nameOf(a.id)} was cancelled.`,
        },
      }}
    >
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <div className="board-scroll" role="region" aria-label="Stages, side by side" tabIndex={0}>
        <div className="board">
          {board.columns.map((column) => (
            <BoardColumn
              key={column.stage.id}
              {...props}
              column={column}
              listLink={props.listLink(column.stage.id)}
            />
          ))}
        </div>
      </div>
      <DragOverlay dropAnimation={null}>
        {active ? <CardPreview card={active.card} showOpening={props.showOpening} /> : null}
      </DragOverlay>
    </DndContext>
  );
}
