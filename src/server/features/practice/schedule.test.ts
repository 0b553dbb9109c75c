import { describe, expect, it } from 'vitest';
import { type CardRow, isDue, review } from './schedule.ts';

const t0 = new Date('2026-03-07T12:00:00Z');
const minutes = (row: CardRow, from: Date) => (Date.parse(row.due) - from.getTime()) / 60_000;
const days = (row: CardRow, from: Date) => minutes(row, from) / 1440;

describe('the review schedule', () => {
  it('brings a forgotten question back within minutes and a good one after days', () => {
    const again = review(null, 'again', t0);
    expect(minutes(again, t0)).toBeLessThanOrEqual(10);
    // A first "good" already waits a day or more: it is not asked again the same day.
    expect(days(review(null, 'good', t0), t0)).toBeGreaterThanOrEqual(1);
  });

  it('spaces easier ratings further apart, and lengthens intervals on each success', () => {
    const first = {
      hard: review(null, 'hard', t0),
      good: review(null, 'good', t0),
      easy: review(null, 'easy', t0),
    };
    expect(Date.parse(first.hard.due)).toBeLessThan(Date.parse(first.good.due));
    expect(Date.parse(first.good.due)).toBeLessThan(Date.parse(first.easy.due));
    let card = review(null, 'easy', t0);
    let gap = 0;
    for (let i = 0; i < 4; i++) {
      const at = new Date(Date.parse(card.due));
      const next = review(card, 'good', at);
      const d = days(next, at);
      expect(d).toBeGreaterThan(gap);
      gap = d;
      card = next;
    }
    expect(card.reps).toBe(5);
  });

  it('counts a lapse when a learned question is forgotten, and brings it back soon', () => {
    let card = review(null, 'easy', t0);
    card = review(card, 'good', new Date(Date.parse(card.due)));
    const at = new Date(Date.parse(card.due));
    const lapsed = review(card, 'again', at);
    expect(lapsed.lapses).toBe(1);
    expect(days(lapsed, at)).toBeLessThan(1);
  });

  it('is the same every time for the same ratings (no fuzz)', () => {
    expect(review(review(null, 'good', t0), 'hard', new Date('2026-03-08T12:00:00Z'))).toEqual(
      review(review(null, 'good', t0), 'hard', new Date('2026-03-08T12:00:00Z')),
    );
  });

  it('counts a card due by the end of today as due', () => {
    const end = new Date('2026-03-07T23:59:59Z');
    expect(isDue({ due: '2026-03-07T20:00:00Z' }, end)).toBe(true);
    expect(isDue({ due: '2026-03-08T00:00:01Z' }, end)).toBe(false);
  });
});
