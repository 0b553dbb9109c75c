import { describe, expect, it } from 'vitest';
import type { Stage } from '../../../shared/pipeline.ts';
import { checkMove, checkStages, firstStage, positionsLeft, reorder, shouldOfferClose } from './rules.ts';

const stage = (id: number, kind: Stage['kind'], extra: Partial<Stage> = {}): Stage => ({
  id,
  name: `S${id}`,
  kind,
  seekerLabel: '',
  seekerNext: '',
  position: id * 10,
  retired: false,
  ...extra,
});

describe('checkMove', () => {
  const applied = stage(1, 'active');
  const placed = stage(2, 'placed');
  it('allows a move to another current stage', () => {
    expect(checkMove(applied, stage(3, 'active'), 1)).toEqual({ ok: true });
  });
  it('refuses the same, a missing or a retired stage', () => {
    expect(checkMove(applied, applied, 1)).toMatchObject({ ok: false, code: 'same_stage' });
    expect(checkMove(applied, undefined, 1)).toMatchObject({ ok: false, code: 'unknown_stage' });
    expect(checkMove(applied, stage(4, 'active', { retired: true }), 1)).toMatchObject({
      code: 'stage_retired',
    });
  });
  it('refuses a placement when every position is filled', () => {
    expect(checkMove(applied, placed, 0)).toMatchObject({ ok: false, code: 'positions_filled' });
    expect(checkMove(applied, placed, 1)).toEqual({ ok: true });
    // From one placed stage to another fills nothing new.
    expect(checkMove(placed, stage(5, 'placed'), 0)).toEqual({ ok: true });
  });
});

describe('positions', () => {
  it('counts what is left and never goes below zero', () => {
    expect(positionsLeft(3, 1)).toBe(2);
    expect(positionsLeft(1, 4)).toBe(0);
  });
  it('offers to close only an open opening whose last position a placement filled', () => {
    expect(shouldOfferClose(stage(2, 'placed'), 0, 'open')).toBe(true);
    expect(shouldOfferClose(stage(2, 'placed'), 1, 'open')).toBe(false);
    expect(shouldOfferClose(stage(2, 'placed'), 0, 'on-hold')).toBe(false);
    expect(shouldOfferClose(stage(3, 'closed'), 0, 'open')).toBe(false);
  });
});

describe('stage changes', () => {
  it('keeps an active, a placed and a closed stage', () => {
    const all = [stage(1, 'active'), stage(2, 'placed'), stage(3, 'closed')];
    expect(checkStages(all)).toEqual({ ok: true });
    expect(checkStages(all.map((s) => (s.kind === 'placed' ? { ...s, retired: true } : s)))).toMatchObject({
      ok: false,
      message: 'The pipeline needs a placed stage.',
    });
    expect(checkStages(all.filter((s) => s.kind !== 'closed'))).toMatchObject({ ok: false });
  });
  it('starts new applications in the first current active stage', () => {
    expect(
      firstStage([stage(3, 'active'), stage(1, 'active', { retired: true }), stage(2, 'placed')])?.id,
    ).toBe(3);
  });
  it('reorders only with every stage named once', () => {
    expect(reorder([1, 2, 3], [3, 1, 2])).toEqual(
      new Map([
        [3, 10],
        [1, 20],
        [2, 30],
      ]),
    );
    expect(reorder([1, 2, 3], [3, 1])).toBeNull();
    expect(reorder([1, 2, 3], [3, 1, 1])).toBeNull();
    expect(reorder([1, 2, 3], [3, 1, 9])).toBeNull();
  });
});
