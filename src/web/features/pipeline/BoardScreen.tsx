import { useEffect, useState } from 'react';
import type { Board, Stage } from '../../../shared/pipeline.ts';
import { Async, Loading } from '../../ui/Status.tsx';
import { type CardOnBoard, toMovable } from './BoardCard.tsx';
import { BoardView } from './BoardView.tsx';
import { BulkMoveBar } from './BulkMoveBar.tsx';
import { MoveDialog } from './Dialogs.tsx';
import { filterParams, isFiltered, type PipelineFilter } from './filters.ts';
import { problemText } from './MoveForm.tsx';
import { PipelineFeedback } from './PipelineFeedback.tsx';
import { PipelineFilters } from './PipelineFilters.tsx';
import { useBoard, useStages } from './queries.ts';
import { useMover } from './useMover.ts';
import { useSelection } from './useSelection.ts';

const cardsOf = (board: Board | undefined): CardOnBoard[] =>
  board ? board.columns.flatMap((col) => col.cards.map((c) => toMovable(c, col.stage.id))) : [];

/**
 * After a move from the dialog the card has left its column, so focus goes to its Move button
 * in the new one (or to the heading when the card is no longer shown).
 */
function useFocusMoved(): (applicationId: number) => void {
  const [target, setTarget] = useState<number | null>(null);
  useEffect(() => {
    if (target === null) return;
    const frame = requestAnimationFrame(() => {
      const button = document.querySelector<HTMLElement>(`[data-move-for="${target}"]`);
      (button ?? document.querySelector<HTMLElement>('main h1'))?.focus();
      setTarget(null);
    });
    return () => cancelAnimationFrame(frame);
  }, [target]);
  return setTarget;
}

function Columns(props: { board: Board; stages: Stage[]; filter: PipelineFilter; showOpening: boolean }) {
  const { board, stages } = props;
  const mover = useMover();
  const [error, setError] = useState('');
  const [moving, setMoving] = useState<CardOnBoard | null>(null);
  const selection = useSelection(cardsOf(board));
  const focusMoved = useFocusMoved();
  const empty = board.columns.every((c) => c.total === 0);
  const listLink = (stageId: number) =>
    `/pipeline/list?${filterParams({ ...props.filter, stageId: String(stageId), sort: 'entered', dir: 'asc', page: 1 })}`;

  return (
    <>
      <PipelineFeedback mover={mover} error={error} />
      <BulkMoveBar
        selected={selection.cards}
        stages={stages}
        mover={mover}
        onMoved={selection.clear}
        onClear={selection.clear}
      />
      {empty ? (
        <p>
          {isFiltered(props.filter)
            ? 'No applications match these filters. Try fewer words or another filter.'
            : 'No applications in progress yet.'}
        </p>
      ) : null}
      <BoardView
        board={board}
        showOpening={props.showOpening}
        selected={selection.ids}
        pendingIds={mover.pendingIds}
        onToggle={selection.toggle}
        onMoveRequest={(card) => {
          setError('');
          setMoving(card);
        }}
        onDrop={(card, stage) => {
          setError('');
          mover
            .moveOne(card, stage, '')
            .catch((err) => setError(`${card.candidateName} was not moved: ${problemText(err)}`));
        }}
        listLink={listLink}
      />
      <MoveDialog
        card={moving}
        stages={stages}
        mover={mover}
        onClose={(moved) => {
          if (moved && moving) focusMoved(moving.applicationId);
          setMoving(null);
        }}
      />
    </>
  );
}

/** The filters and the board under them, for every opening or for one. */
export function BoardScreen(props: {
  filter: PipelineFilter;
  onChange: (next: Partial<PipelineFilter>) => void;
  showOpening: boolean;
}) {
  const stages = useStages();
  const board = useBoard(props.filter);
  return (
    <>
      <PipelineFilters
        key={props.filter.q}
        filter={props.filter}
        onChange={props.onChange}
        showOpening={props.showOpening}
      />
      {board.isPlaceholderData && board.isFetching ? <Loading label="Updating the board…" /> : null}
      <Async query={stages} loading="Loading the stages…">
        {(stageList) => (
          <Async query={board} loading="Loading the board…">
            {(b) => (
              <Columns board={b} stages={stageList} filter={props.filter} showOpening={props.showOpening} />
            )}
          </Async>
        )}
      </Async>
    </>
  );
}
