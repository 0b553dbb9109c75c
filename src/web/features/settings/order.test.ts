import { describe, expect, it } from 'vitest';
import { moveBy } from './order.ts';

describe('moveBy', () => {
  it('swaps a stage with its neighbour', () => {
    expect(moveBy([1, 2, 3], 2, -1)).toEqual([2, 1, 3]);
    expect(moveBy([1, 2, 3], 2, 1)).toEqual([1, 3, 2]);
  });

  it('leaves the input alone', () => {
    const ids = [1, 2, 3];
    moveBy(ids, 3, -1);
    expect(ids).toEqual([1, 2, 3]);
  });

  it('refuses to move past either end, or an id that is not there', () => {
    expect(moveBy([1, 2, 3], 1, -1)).toBeNull();
    expect(moveBy([1, 2, 3], 3, 1)).toBeNull();
    expect(moveBy([1, 2, 3], 9, 1)).toBeNull();
    expect(moveBy([], 1, 1)).toBeNull();
  });
});
