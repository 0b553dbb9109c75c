import { Temporal } from 'temporal-polyfill';
import {
  type PracticeRating,
  QUESTION_CATEGORY_LABELS,
  type QuestionCategory,
} from '../../../shared/practice.ts';

// A seeker's practice over time: sessions and answers per week, how their self-ratings move per
// category, how many questions they have mastered, writing tests handed in. Pure: weeks start on
// Monday in the seeker's zone, and the caller passes "now".

export const PROGRESS_WEEKS = 12;
/** A question counts as mastered once the schedule waits three weeks or more to ask it again. */
export const MASTERED_DAYS = 21;
const SCORE: Record<PracticeRating, number> = { again: 1, hard: 2, good: 3, easy: 4 };

export interface ProgressInput {
  sessions: { startedAt: string }[];
  answers: { ratedAt: string; rating: PracticeRating; category: QuestionCategory }[];
  writing: { submittedAt: string }[];
  cards: { scheduledDays: number }[];
}

export interface Progress {
  weeks: { start: string; sessions: number; answers: number; writing: number }[];
  /** Mean self-rating per category and week (1 again … 4 easy), weeks with ratings only. */
  ratings: {
    category: QuestionCategory;
    label: string;
    points: { start: string; score: number; answers: number }[];
  }[];
  mastered: number;
  practised: number;
  totals: { sessions: number; answers: number; writing: number };
}

function weekOf(instant: string, zone: string): string {
  const day = Temporal.Instant.from(instant).toZonedDateTimeISO(zone).toPlainDate();
  return day.subtract({ days: day.dayOfWeek - 1 }).toString();
}

export function progress(input: ProgressInput, zone: string, now: Date): Progress {
  const thisWeek = Temporal.PlainDate.from(weekOf(now.toISOString(), zone));
  const starts = Array.from({ length: PROGRESS_WEEKS }, (_, i) =>
    thisWeek.subtract({ weeks: PROGRESS_WEEKS - 1 - i }).toString(),
  );
  const first = starts[0] as string;
  const weeks = new Map(starts.map((s) => [s, { start: s, sessions: 0, answers: 0, writing: 0 }]));
  const bump = (instant: string, what: 'sessions' | 'answers' | 'writing') => {
    const w = weeks.get(weekOf(instant, zone));
    if (w) w[what]++;
  };
  for (const s of input.sessions) bump(s.startedAt, 'sessions');
  for (const a of input.answers) bump(a.ratedAt, 'answers');
  for (const w of input.writing) bump(w.submittedAt, 'writing');

  const sums = new Map<QuestionCategory, Map<string, { total: number; n: number }>>();
  for (const a of input.answers) {
    const week = weekOf(a.ratedAt, zone);
    if (week < first) continue;
    const byWeek = sums.get(a.category) ?? new Map<string, { total: number; n: number }>();
    const cell = byWeek.get(week) ?? { total: 0, n: 0 };
    cell.total += SCORE[a.rating];
    cell.n++;
    byWeek.set(week, cell);
    sums.set(a.category, byWeek);
  }
  const ratings = [...sums]
    .map(([category, byWeek]) => ({
      category,
      label: QUESTION_CATEGORY_LABELS[category],
      points: [...byWeek]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([start, c]) => ({ start, score: Math.round((c.total / c.n) * 100) / 100, answers: c.n })),
    }))
    .sort((a, b) => a.label.localeCompare(b.label));

  return {
    weeks: [...weeks.values()],
    ratings,
    mastered: input.cards.filter((c) => c.scheduledDays >= MASTERED_DAYS).length,
    practised: input.cards.length,
    totals: { sessions: input.sessions.length, answers: input.answers.length, writing: input.writing.length },
  };
}
