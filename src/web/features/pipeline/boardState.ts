import type { Board, BoardCard } from '../../../shared/pipeline.ts';

// Changes to a board already on screen, so a moved card shows in its new column at once,
// before the board is fetched again. Pure: takes a board, returns a new one.

/**
 * Moves cards to a stage: out of their columns (totals drop), into the target (totals rise),
 * placed last there since they have now waited least. Cards not on this board are ignored.
 */
export function moveCards(
  board: Board,
  applicationIds: readonly number[],
  stageId: number,
  at: string,
): Board {
  const ids = new Set(applicationIds);
  const moving: BoardCard[] = [];
  for (const col of board.columns) {
    if (col.stage.id === stageId) continue;
    for (const card of col.cards) if (ids.has(card.applicationId)) moving.push(card);
  }
  if (moving.length === 0) return board;
  const movingIds = new Set(moving.map((c) => c.applicationId));
  return {
    columns: board.columns.map((col) => {
      if (col.stage.id === stageId) {
        const arrived = moving.map((c) => ({ ...c, stageEnteredAt: at }));
        return { ...col, total: col.total + arrived.length, cards: [...col.cards, ...arrived] };
      }
      const kept = col.cards.filter((c) => !movingIds.has(c.applicationId));
      return kept.length === col.cards.length
        ? col
        : { ...col, total: col.total - (col.cards.length - kept.length), cards: kept };
    }),
  };
}

/** The card and its column, by application id. */
export function findCard(board: Board, applicationId: number) {
  for (const col of board.columns) {
    const card = col.cards.find((c) => c.applicationId === applicationId);
    if (card) return { card, stageId: col.stage.id };
  }
  return null;
}
