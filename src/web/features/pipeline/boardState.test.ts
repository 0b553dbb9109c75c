import { describe, expect, it } from 'vitest';
import type { Board, BoardCard, Stage } from '../../../shared/pipeline.ts';
import { findCard, moveCards } from './boardState.ts';

const stage = (id: number, name: string): Stage => ({
  id,
  name,
  kind: 'active',
  seekerLabel: name,
  seekerNext: '',
  position: id * 10,
  retired: false,
});
const card = (applicationId: number): BoardCard => ({
  applicationId,
  candidateId: applicationId,
  candidateName: `Person ${applicationId}`,
  candidateHeadline: '',
  openingId: 1,
  openingTitle: 'Developer',
  companyName: 'Acme',
  origin: 'agency',
  stageEnteredAt: '2026-01-01T00:00:00.000Z',
});
const board: Board = {
  columns: [
    { stage: stage(1, 'Applied'), total: 3, cards: [card(1), card(2), card(3)] },
    { stage: stage(2, 'Interviewing'), total: 1, cards: [card(4)] },
  ],
};

describe('moving cards on a board in memory', () => {
  it('takes cards out of their columns and puts them last in the target, with totals', () => {
    const next = moveCards(board, [1, 3], 2, '2026-02-01T00:00:00.000Z');
    expect(next.columns.map((c) => [c.total, c.cards.map((x) => x.applicationId)])).toEqual([
      [1, [2]],
      [3, [4, 1, 3]],
    ]);
    expect(findCard(next, 3)).toMatchObject({
      stageId: 2,
      card: { stageEnteredAt: '2026-02-01T00:00:00.000Z' },
    });
    // The board it was given is left as it was.
    expect(board.columns[0]?.cards).toHaveLength(3);
  });

  it('leaves the board alone for cards already there or not on it', () => {
    expect(moveCards(board, [4, 99], 2, 'x')).toBe(board);
    expect(findCard(board, 99)).toBeNull();
  });

  it('drops cards moved to a stage the board does not show (a closed outcome)', () => {
    const next = moveCards(board, [2], 9, 'x');
    expect(next.columns.map((c) => c.total)).toEqual([2, 1]);
  });
});
