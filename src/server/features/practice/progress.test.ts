import { describe, expect, it } from 'vitest';
import { PROGRESS_WEEKS, progress } from './progress.ts';

// Wednesday 2026-03-11, 12:00 UTC.
const now = new Date('2026-03-11T12:00:00Z');

describe('practice progress', () => {
  it('counts sessions, answers and writing tests per week, Monday first, in the seeker’s zone', () => {
    const p = progress(
      {
        sessions: [{ startedAt: '2026-03-09T10:00:00Z' }, { startedAt: '2026-03-02T10:00:00Z' }],
        // Sunday 23:30 in Halifax is Monday 02:30 UTC: it belongs to the week before.
        answers: [{ ratedAt: '2026-03-09T02:30:00Z', rating: 'good', category: 'behavioural' }],
        writing: [{ submittedAt: '2026-03-10T09:00:00Z' }, { submittedAt: '2025-01-01T09:00:00Z' }],
        cards: [{ scheduledDays: 30 }, { scheduledDays: 3 }],
      },
      'America/Halifax',
      now,
    );
    expect(p.weeks).toHaveLength(PROGRESS_WEEKS);
    expect(p.weeks.at(-1)).toEqual({ start: '2026-03-09', sessions: 1, answers: 0, writing: 1 });
    expect(p.weeks.at(-2)).toEqual({ start: '2026-03-02', sessions: 1, answers: 1, writing: 0 });
    expect(p.weeks[0]?.start).toBe('2025-12-22');
    expect(p).toMatchObject({ mastered: 1, practised: 2, totals: { sessions: 2, answers: 1, writing: 2 } });
  });

  it('averages self-ratings per category and week, for the trend', () => {
    const p = progress(
      {
        sessions: [],
        answers: [
          { ratedAt: '2026-03-02T10:00:00Z', rating: 'again', category: 'situational' },
          { ratedAt: '2026-03-03T10:00:00Z', rating: 'hard', category: 'situational' },
          { ratedAt: '2026-03-10T10:00:00Z', rating: 'easy', category: 'situational' },
          { ratedAt: '2026-03-10T11:00:00Z', rating: 'good', category: 'behavioural' },
          { ratedAt: '2024-03-10T11:00:00Z', rating: 'again', category: 'behavioural' },
        ],
        writing: [],
        cards: [],
      },
      'UTC',
      now,
    );
    expect(p.ratings).toEqual([
      {
        category: 'behavioural',
        label: 'Behavioural',
        points: [{ start: '2026-03-09', score: 3, answers: 1 }],
      },
      {
        category: 'situational',
        label: 'Situational',
        points: [
          { start: '2026-03-02', score: 1.5, answers: 2 },
          { start: '2026-03-09', score: 4, answers: 1 },
        ],
      },
    ]);
  });
});
