import type { Field } from './vocabulary.ts';

// The practice side of the portal: the vocabulary shared by the server, the web app and the
// content shipped with the project (the question bank, writing tests, group exercises).

export const QUESTION_CATEGORIES = [
  'behavioural',
  'situational',
  'motivation-fit',
  'strengths-weaknesses',
  'career-story',
  'salary-notice',
  'questions-to-ask',
  'field-specific',
] as const;
export type QuestionCategory = (typeof QUESTION_CATEGORIES)[number];
export const QUESTION_CATEGORY_LABELS: Record<QuestionCategory, string> = {
  behavioural: 'Behavioural',
  situational: 'Situational',
  'motivation-fit': 'Motivation and fit',
  'strengths-weaknesses': 'Strengths and weaknesses',
  'career-story': 'Career story',
  'salary-notice': 'Salary and notice',
  'questions-to-ask': 'Questions to ask the interviewer',
  'field-specific': 'Field-specific',
};

export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

/** A question as shipped with the project: written by us, seeded into the bank on start. */
export interface SeedQuestion {
  /** Stable, unique, kebab-case: seeding is idempotent by key. */
  key: string;
  text: string;
  category: QuestionCategory;
  /** The fields it applies to; empty means any field. */
  fields: readonly Field[];
  difficulty: Difficulty;
  /** What the interviewer is looking for, in one to three sentences. */
  lookingFor: string;
  /** A short guide to a strong answer, in two to five sentences. */
  guide: string;
}

export const WRITING_KINDS = ['cover-letter', 'report', 'customer-email', 'summary', 'field-task'] as const;
export type WritingKind = (typeof WRITING_KINDS)[number];
export const WRITING_KIND_LABELS: Record<WritingKind, string> = {
  'cover-letter': 'Cover letter to a brief',
  report: 'Short report',
  'customer-email': 'Email to a difficult customer',
  summary: 'Summary of a document',
  'field-task': 'Field-specific task',
};

/** A timed writing exercise as shipped with the project. */
export interface SeedWritingPrompt {
  key: string;
  kind: WritingKind;
  title: string;
  /** The task, as the candidate reads it before the clock starts. */
  prompt: string;
  /** For a summary: the document to summarise (plain text, paragraphs separated by blank lines). */
  document?: string;
  /** The field it is written for; null for any field. */
  field: Field | null;
  minutes: number;
  /** The length asked for, in words. */
  words: { min: number; max: number };
  /** What a marker looks for, shown with the feedback. */
  criteria: readonly string[];
}

/** A group exercise a recruiter runs with several candidates, as shipped with the project. */
export interface SeedGroupExercise {
  key: string;
  title: string;
  kind: 'discussion' | 'case-study' | 'ranking' | 'role-play' | 'presentation';
  minutes: number;
  /** What the group is told when the clock starts. */
  brief: string;
  /** Facts or roles handed out, if any. */
  materials: readonly string[];
  /** What assessors watch for in this exercise. */
  watchFor: readonly string[];
}

/** How long a spoken answer should take, by category, in seconds: the practice timer's target. */
export const TARGET_SECONDS: Record<QuestionCategory, number> = {
  behavioural: 120,
  situational: 90,
  'motivation-fit': 60,
  'strengths-weaknesses': 75,
  'career-story': 90,
  'salary-notice': 45,
  'questions-to-ask': 30,
  'field-specific': 120,
};

/** Categories whose answers are best told as a story: they offer the STAR structure. */
export const STAR_CATEGORIES: readonly QuestionCategory[] = ['behavioural', 'situational'];

export const RATINGS = ['again', 'hard', 'good', 'easy'] as const;
export type PracticeRating = (typeof RATINGS)[number];
export const RATING_LABELS: Record<PracticeRating, string> = {
  again: 'Again: I could not answer it',
  hard: 'Hard: I struggled',
  good: 'Good: a solid answer',
  easy: 'Easy: I nailed it',
};

/**
 * Words as a reader counts them: runs of letters or digits, with apostrophes and hyphens inside
 * ("didn't", "re-planned") and digit groups ("3,400", "12.5") each counting once.
 */
export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+|[.,]\p{N}+)*/gu)?.length ?? 0;
}

/** Speaking time for a text at a calm interview pace (about 130 words a minute), in seconds. */
export const WORDS_PER_MINUTE = 130;
export function speakingSeconds(words: number): number {
  return Math.round((words / WORDS_PER_MINUTE) * 60);
}
