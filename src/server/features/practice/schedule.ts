import { type Card, createEmptyCard, fsrs, Rating, type State } from 'ts-fsrs';
import type { PracticeRating } from '../../../shared/practice.ts';

// Spaced repetition for practised questions, with FSRS (ts-fsrs): a question rated "again"
// comes back within minutes, "hard" soon, "good" and "easy" later and later. Pure: the caller
// reads and writes the card row and passes the time in.

// One short step: a question answered badly comes back in ten minutes, within the same sitting
// or the same day; one answered well graduates at once and comes back on a later day. No fuzz:
// the same ratings at the same times give the same schedule, so it can be tested.
const scheduler = fsrs({ enable_fuzz: false, learning_steps: ['10m'], relearning_steps: ['10m'] });

const GRADES: Record<PracticeRating, Rating.Again | Rating.Hard | Rating.Good | Rating.Easy> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

/** A card as the review_card table holds it (instants as ISO strings). */
export interface CardRow {
  due: string;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: number;
  last_review: string | null;
}

function toCard(row: CardRow): Card {
  return {
    due: new Date(row.due),
    stability: row.stability,
    difficulty: row.difficulty,
    elapsed_days: row.elapsed_days,
    scheduled_days: row.scheduled_days,
    learning_steps: row.learning_steps,
    reps: row.reps,
    lapses: row.lapses,
    state: row.state as State,
    ...(row.last_review ? { last_review: new Date(row.last_review) } : {}),
  };
}

function toRow(card: Card): CardRow {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    last_review: card.last_review ? card.last_review.toISOString() : null,
  };
}

/** The card after one rating at `now`; a question never practised starts from a new card. */
export function review(row: CardRow | null, rating: PracticeRating, now: Date): CardRow {
  const card = row ? toCard(row) : createEmptyCard(now);
  return toRow(scheduler.next(card, now, GRADES[rating]).card);
}

/** Due by the end of the seeker's day counts as due today. */
export function isDue(row: Pick<CardRow, 'due'>, endOfToday: Date): boolean {
  return Date.parse(row.due) <= endOfToday.getTime();
}
