import { describe, expect, it } from 'vitest';
import { enoughRows, MIN_CONTRIBUTORS, whenEnough } from './privacy.ts';
import { rankWithTrends, trendOf } from './trends.ts';

describe('trends against the previous period', () => {
  it('calls a clear, well-backed increase in share rising, and a decrease falling', () => {
    expect(trendOf({ mentions: 12, interviews: 40 }, { mentions: 4, interviews: 40 }).trend).toBe('rising');
    expect(trendOf({ mentions: 3, interviews: 40 }, { mentions: 10, interviews: 40 }).trend).toBe('falling');
  });

  it('compares shares, not counts: twice the interviews and twice the mentions is steady', () => {
    const t = trendOf({ mentions: 20, interviews: 100 }, { mentions: 10, interviews: 50 });
    expect(t).toMatchObject({ trend: 'steady', share: 0.2, previousShare: 0.2, change: 0 });
  });

  it('ignores small changes and thin evidence', () => {
    expect(trendOf({ mentions: 11, interviews: 50 }, { mentions: 10, interviews: 50 }).trend).toBe('steady');
    expect(trendOf({ mentions: 2, interviews: 10 }, { mentions: 1, interviews: 10 }).trend).toBe('steady');
  });

  it('marks what was never mentioned before as new, once it is mentioned enough', () => {
    expect(trendOf({ mentions: 3, interviews: 20 }, { mentions: 0, interviews: 20 }).trend).toBe('new');
    expect(trendOf({ mentions: 2, interviews: 20 }, { mentions: 0, interviews: 20 }).trend).toBe('steady');
    // No interviews at all before: nothing to compare against.
    expect(trendOf({ mentions: 9, interviews: 20 }, { mentions: 0, interviews: 0 }).trend).toBe('steady');
  });

  it('survives empty periods', () => {
    expect(trendOf({ mentions: 0, interviews: 0 }, { mentions: 0, interviews: 0 })).toEqual({
      trend: 'steady',
      share: 0,
      previousShare: 0,
      change: 0,
    });
    expect(trendOf({ mentions: 0, interviews: 30 }, { mentions: 6, interviews: 30 }).trend).toBe('falling');
  });

  it('ranks by mentions with each trend, keeping what fell away', () => {
    const ranked = rankWithTrends(
      new Map([
        ['SQL', 9],
        ['Excel', 9],
        ['Python', 2],
      ]),
      new Map([
        ['SQL', 3],
        ['Excel', 9],
        ['Cobol', 5],
      ]),
      { current: 30, previous: 30 },
    );
    expect(ranked.map((r) => [r.key, r.mentions, r.trend])).toEqual([
      ['Excel', 9, 'steady'],
      ['SQL', 9, 'rising'],
      ['Python', 2, 'steady'],
      ['Cobol', 0, 'falling'],
    ]);
  });
});

describe('the five-contributor rule', () => {
  it('shows a figure to a job seeker only when enough different people stand behind it', () => {
    expect(whenEnough(0.6, new Set(['a', 'b', 'c', 'd']))).toBeNull();
    expect(whenEnough(0.6, new Set(['a', 'b', 'c', 'd', 'e']))).toBe(0.6);
    expect(whenEnough(0.6, MIN_CONTRIBUTORS - 1)).toBeNull();
    expect(whenEnough(0.6, 1, true)).toBe(0.6);
  });

  it('counts people, not reports: one person five times is one contributor', () => {
    const rows = [
      { key: 'q1', mentions: 5, contributors: new Set([7]) },
      { key: 'q2', mentions: 6, contributors: new Set([1, 2, 3, 4, 5]) },
    ];
    expect(enoughRows(rows)).toEqual([{ key: 'q2', mentions: 6, people: 5 }]);
    expect(enoughRows(rows, true).map((r) => r.key)).toEqual(['q1', 'q2']);
  });
});
