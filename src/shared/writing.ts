import { z } from 'zod';
import { WRITING_KINDS } from './practice.ts';

// Timed writing tests: the prompts as listed, an attempt as its writer and as staff see it.

/** Seconds of grace after the deadline for a save already on its way over a slow connection. */
export const GRACE_SECONDS = 60;

const words = z.object({ min: z.number().int(), max: z.number().int() });

export const writingPromptSummary = z.object({
  key: z.string(),
  kind: z.enum(WRITING_KINDS),
  title: z.string(),
  field: z.string().nullable(),
  minutes: z.number().int(),
  words,
});
export type WritingPromptSummary = z.infer<typeof writingPromptSummary>;

/** The task itself: shown once the clock starts. */
export const writingPromptFull = writingPromptSummary.extend({
  prompt: z.string(),
  document: z.string().nullable(),
  criteria: z.array(z.string()),
});

export const ATTEMPT_STATES = ['writing', 'submitted'] as const;

export const writingAttempt = z.object({
  id: z.number().int(),
  prompt: writingPromptFull,
  state: z.enum(ATTEMPT_STATES),
  startedAt: z.string(),
  deadlineAt: z.string(),
  /** The server's clock when it answered, so a countdown agrees with the deadline. */
  now: z.string(),
  body: z.string(),
  words: z.number().int(),
  savedAt: z.string().nullable(),
  submittedAt: z.string().nullable(),
  autoSubmitted: z.boolean(),
  feedback: z.string(),
  feedbackBy: z.string().nullable(),
  feedbackAt: z.string().nullable(),
});
export type WritingAttempt = z.infer<typeof writingAttempt>;

export const attemptListItem = z.object({
  id: z.number().int(),
  title: z.string(),
  kind: z.enum(WRITING_KINDS),
  state: z.enum(ATTEMPT_STATES),
  startedAt: z.string(),
  submittedAt: z.string().nullable(),
  words: z.number().int(),
  hasFeedback: z.boolean(),
});

export const startInput = z.strictObject({ promptKey: z.string().min(1).max(100) });
export const saveInput = z.strictObject({
  body: z.string().max(50_000, 'Keep the text under 50,000 characters'),
});
export const feedbackInput = z.strictObject({
  feedback: z
    .string()
    .trim()
    .min(1, 'Write your feedback')
    .max(5000, 'Keep the feedback under 5,000 characters'),
});

/** A submission as staff read it: the attempt, and whose it is. */
export const staffSubmission = writingAttempt.extend({
  candidate: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  writer: z.string(),
});
export type StaffSubmission = z.infer<typeof staffSubmission>;

export const staffSubmissionItem = attemptListItem.extend({
  writer: z.string(),
  candidate: z.object({ id: z.number().int(), name: z.string() }).nullable(),
});
