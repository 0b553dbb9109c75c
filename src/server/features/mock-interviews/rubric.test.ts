import { describe, expect, it } from 'vitest';
import { isScored, summarizeRubric } from './rubric.ts';

const s = (
  structure: number | null,
  relevance: number | null,
  evidence: number | null,
  delivery: number | null,
) => ({
  structure,
  relevance,
  evidence,
  delivery,
});

describe('summarizeRubric', () => {
  it('has nothing to say before any answer is scored', () => {
    expect(summarizeRubric([])).toEqual({
      averages: { structure: null, relevance: null, evidence: null, delivery: null },
      overall: null,
      scored: 0,
      total: 0,
      weakest: null,
    });
    expect(summarizeRubric([s(null, null, null, null)]).total).toBe(1);
  });

  it('averages each criterion to one decimal and names the weakest in words', () => {
    const r = summarizeRubric([s(4, 5, 2, 3), s(3, 4, 1, 4), s(5, 5, 2, 3)]);
    expect(r.averages).toEqual({ structure: 4, relevance: 4.7, evidence: 1.7, delivery: 3.3 });
    expect(r.overall).toBe(3.4);
    expect(r.scored).toBe(3);
    expect(r.weakest?.criterion).toBe('evidence');
    expect(r.weakest?.words).toMatch(/^Evidence is the area to work on first \(1\.7 of 5\): back each claim/);
  });

  it('leaves half-scored answers out of every average but counts them in the total', () => {
    const r = summarizeRubric([s(2, 2, 2, 2), s(5, null, 5, 5)]);
    expect(r.averages.structure).toBe(2);
    expect(r.overall).toBe(2);
    expect(r).toMatchObject({ scored: 1, total: 2 });
    expect(isScored(s(5, null, 5, 5))).toBe(false);
    expect(isScored(s(1, 1, 1, 1))).toBe(true);
  });

  it('breaks a tie by the rubric order and says when all four are even', () => {
    expect(summarizeRubric([s(3, 2, 4, 2)]).weakest?.criterion).toBe('relevance');
    const even = summarizeRubric([s(3, 3, 3, 3)]).weakest;
    expect(even?.criterion).toBe('structure');
    expect(even?.words).toMatch(/^All four areas scored the same \(3 of 5\)/);
  });
});
