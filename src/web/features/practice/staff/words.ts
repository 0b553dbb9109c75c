import {
  type Difficulty,
  QUESTION_CATEGORY_LABELS,
  type QuestionCategory,
} from '../../../../shared/practice.ts';

// How the question bank says things, in one place.

export const DIFFICULTY_LABELS: Record<Difficulty, string> = {
  easy: 'Easy',
  medium: 'Medium',
  hard: 'Hard',
};

export const categoryLabel = (category: string): string =>
  QUESTION_CATEGORY_LABELS[category as QuestionCategory] ?? category;

export const difficultyLabel = (difficulty: string): string =>
  DIFFICULTY_LABELS[difficulty as Difficulty] ?? difficulty;

/** "1 question", "214 questions". */
export function questionCount(n: number): string {
  return n === 1 ? '1 question' : `${n.toLocaleString('en-US')} questions`;
}

/** "asked once", "asked 3 times", or nothing when no debrief has met it yet. */
export function askedWords(times: number): string {
  if (times <= 0) return '';
  return times === 1 ? 'asked once' : `asked ${times.toLocaleString('en-US')} times`;
}
