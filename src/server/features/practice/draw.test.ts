import { describe, expect, it } from 'vitest';
import { drawQuestions, type PoolQuestion } from './draw.ts';

const now = new Date('2026-03-07T12:00:00Z');
const q = (id: number, extra: Partial<PoolQuestion> = {}): PoolQuestion => ({
  id,
  category: 'behavioural',
  companyMatch: false,
  fieldMatch: false,
  due: null,
  ...extra,
});

describe('drawing questions for a session', () => {
  it('asks due questions first (most overdue first), then new ones, then the rest', () => {
    const pool = [
      q(1, { due: '2026-03-20T00:00:00Z', category: 'situational' }),
      q(2, { category: 'motivation-fit' }),
      q(3, { due: '2026-03-06T00:00:00Z', category: 'career-story' }),
      q(4, { due: '2026-03-01T00:00:00Z', category: 'salary-notice' }),
    ];
    expect(drawQuestions(pool, 4, now)).toEqual([4, 3, 2, 1]);
  });

  it('prefers the company’s own questions, then the field’s', () => {
    const pool = [
      q(1, { category: 'motivation-fit' }),
      q(2, { category: 'field-specific', fieldMatch: true }),
      q(3, { category: 'situational', companyMatch: true }),
    ];
    expect(drawQuestions(pool, 3, now)).toEqual([3, 2, 1]);
  });

  it('keeps any one category to half the session while others are left', () => {
    const pool = [1, 2, 3, 4, 5]
      .map((id) => q(id))
      .concat([q(6, { category: 'situational' }), q(7, { category: 'career-story' })]);
    const drawn = drawQuestions(pool, 4, now);
    expect(drawn).toEqual([1, 2, 6, 7]);
    // With nothing else left, the cap gives way.
    expect(
      drawQuestions(
        [1, 2, 3].map((id) => q(id)),
        3,
        now,
      ),
    ).toEqual([1, 2, 3]);
  });

  it('returns fewer when the pool is small, and none from an empty pool', () => {
    expect(drawQuestions([q(1)], 5, now)).toEqual([1]);
    expect(drawQuestions([], 5, now)).toEqual([]);
  });
});
