import { describe, expect, it } from 'vitest';
import { movedMessage, namesOf, timeInStage } from './words.ts';

describe('pipeline wording', () => {
  const now = Date.parse('2026-03-10T12:00:00Z');
  it('says how long a card has been in its stage', () => {
    expect(timeInStage('2026-03-10T11:30:00Z', now)).toBe('Under an hour in stage');
    expect(timeInStage('2026-03-10T11:00:00Z', now)).toBe('1 hour in stage');
    expect(timeInStage('2026-03-10T07:00:00Z', now)).toBe('5 hours in stage');
    expect(timeInStage('2026-03-09T12:00:00Z', now)).toBe('1 day in stage');
    expect(timeInStage('2026-03-07T11:00:00Z', now)).toBe('3 days in stage');
    // A clock slightly ahead on the server never shows a negative time.
    expect(timeInStage('2026-03-10T12:05:00Z', now)).toBe('Under an hour in stage');
  });

  it('names who moved, and counts when there are many', () => {
    expect(namesOf(['Priya Patel'])).toBe('Priya Patel');
    expect(namesOf(['Priya Patel', 'Sam Lee'])).toBe('Priya Patel and Sam Lee');
    expect(namesOf(['A', 'B', 'C'])).toBe('A, B and C');
    expect(namesOf(['A', 'B', 'C', 'D'])).toBe('4 applications');
    expect(movedMessage(['Priya Patel'], 'Interviewing')).toBe('Priya Patel moved to Interviewing.');
    expect(movedMessage([], 'Offer')).toBe('Nothing to move: already in Offer.');
  });
});
