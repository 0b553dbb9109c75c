import { z } from 'zod';
import { QUESTION_CATEGORIES } from './practice.ts';

// Mock interviews: a recruiter asks a candidate questions from the bank, scores each answer on
// a four-part rubric and writes feedback the candidate keeps once it is shared.

export const CRITERIA = ['structure', 'relevance', 'evidence', 'delivery'] as const;
export type Criterion = (typeof CRITERIA)[number];

export const CRITERION_LABELS: Record<Criterion, string> = {
  structure: 'Structure',
  relevance: 'Relevance',
  evidence: 'Evidence',
  delivery: 'Delivery',
};

/** What each criterion asks of an answer, shown beside the scores. */
export const CRITERION_HINTS: Record<Criterion, string> = {
  structure: 'A clear beginning, middle and end (for stories: situation, task, action, result).',
  relevance: 'Answers the question asked, for this role.',
  evidence: 'Specific examples, numbers and results rather than claims.',
  delivery: 'Pace, confidence and length: easy to follow, not rushed or rambling.',
};

export const SCORES = [1, 2, 3, 4, 5] as const;
export const SCORE_LABELS: Record<(typeof SCORES)[number], string> = {
  1: 'Missing',
  2: 'Weak',
  3: 'Adequate',
  4: 'Good',
  5: 'Excellent',
};

export const MAX_MOCK_QUESTIONS = 15;

const id = z
  .number({ error: 'Choose a question from the bank' })
  .int()
  .positive()
  .max(2 ** 31 - 1);

export const mockInterviewInput = z.strictObject({
  title: z
    .string({ error: 'Give the mock interview a title' })
    .trim()
    .min(1, 'Give the mock interview a title')
    .max(200, 'Keep the title under 200 characters'),
  questionIds: z
    .array(id, { error: 'Choose the questions to ask' })
    .min(1, 'Choose at least one question')
    .max(MAX_MOCK_QUESTIONS, `Choose at most ${MAX_MOCK_QUESTIONS} questions`)
    .refine((ids) => new Set(ids).size === ids.length, 'Choose each question once'),
});
export type MockInterviewInput = z.infer<typeof mockInterviewInput>;

const score = z
  .number({ error: 'Choose a score from 1 to 5' })
  .int('Choose a score from 1 to 5')
  .min(1, 'Choose a score from 1 to 5')
  .max(5, 'Choose a score from 1 to 5');

export const answerScoreInput = z.strictObject({
  structure: score,
  relevance: score,
  evidence: score,
  delivery: score,
  comment: z.string().trim().max(2000, 'Keep the comment under 2,000 characters').default(''),
});
export type AnswerScoreInput = z.infer<typeof answerScoreInput>;

export const feedbackInput = z.strictObject({
  feedback: z
    .string({ error: 'Write the feedback as text' })
    .trim()
    .max(10_000, 'Keep the feedback under 10,000 characters'),
});

/** `/mock-interviews/:id/answers/:position` parameters. */
export const answerParams = z.object({
  id: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 31 - 1),
  position: z.coerce.number().int().min(1).max(MAX_MOCK_QUESTIONS),
});

const scoresOut = z.object({
  structure: z.number().int().nullable(),
  relevance: z.number().int().nullable(),
  evidence: z.number().int().nullable(),
  delivery: z.number().int().nullable(),
});
export type Scores = z.infer<typeof scoresOut>;

export const rubricSummary = z.object({
  /** Average per criterion over the scored answers, to one decimal; null before any score. */
  averages: z.object({
    structure: z.number().nullable(),
    relevance: z.number().nullable(),
    evidence: z.number().nullable(),
    delivery: z.number().nullable(),
  }),
  overall: z.number().nullable(),
  scored: z.number().int(),
  total: z.number().int(),
  /** The criterion to work on first, in words; null before any score. */
  weakest: z.object({ criterion: z.enum(CRITERIA), words: z.string() }).nullable(),
});
export type RubricSummary = z.infer<typeof rubricSummary>;

export const mockAnswerOut = z.object({
  position: z.number().int(),
  question: z.object({
    id: z.number().int(),
    text: z.string(),
    category: z.enum(QUESTION_CATEGORIES),
    lookingFor: z.string(),
  }),
  scores: scoresOut,
  comment: z.string(),
});
export type MockAnswerOut = z.infer<typeof mockAnswerOut>;

/** A mock interview as its recruiter sees it. */
export const mockInterviewOut = z.object({
  id: z.number().int(),
  candidate: z.object({ id: z.number().int(), name: z.string() }),
  title: z.string(),
  heldAt: z.string(),
  interviewer: z.object({ id: z.string(), name: z.string() }).nullable(),
  feedback: z.string(),
  sharedAt: z.string().nullable(),
  canChange: z.boolean(),
  answers: z.array(mockAnswerOut),
  rubric: rubricSummary,
});
export type MockInterviewOut = z.infer<typeof mockInterviewOut>;

/** One line of a list: staff see every one of a candidate; seekers only the shared ones. */
export const mockInterviewItem = z.object({
  id: z.number().int(),
  title: z.string(),
  heldAt: z.string(),
  interviewerName: z.string().nullable(),
  sharedAt: z.string().nullable(),
  questions: z.number().int(),
  overall: z.number().nullable(),
});
export type MockInterviewItem = z.infer<typeof mockInterviewItem>;

/** A shared mock interview as the candidate reads it: the interviewer by name only. */
export const seekerMockInterview = z.object({
  id: z.number().int(),
  title: z.string(),
  heldAt: z.string(),
  interviewerName: z.string().nullable(),
  feedback: z.string(),
  sharedAt: z.string(),
  answers: z.array(mockAnswerOut),
  rubric: rubricSummary,
});
export type SeekerMockInterview = z.infer<typeof seekerMockInterview>;
