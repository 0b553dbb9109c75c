import { z } from 'zod';
import { DIFFICULTIES, QUESTION_CATEGORIES, RATINGS } from './practice.ts';
import { FIELDS } from './vocabulary.ts';

// Requests and replies of the practice API: the question bank, prepared answers and practice
// sessions.

const category = z.enum(QUESTION_CATEGORIES, { message: 'Choose a category from the list' });
const difficulty = z.enum(DIFFICULTIES, { message: 'Choose easy, medium or hard' });
const field = z.enum(FIELDS, { message: 'Choose a field from the list' });

export const questionQuery = z.strictObject({
  q: z.string().trim().max(200, 'Keep the search under 200 characters').optional(),
  category: category.optional(),
  field: field.optional(),
  companyId: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 31 - 1)
    .optional(),
  difficulty: difficulty.optional(),
  /** Staff only: include retired questions. */
  retired: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
export type QuestionQuery = z.infer<typeof questionQuery>;

export const QUESTIONS_PER_PAGE = 50;

/**
 * Where a question came from. A question written out in a debrief and kept private or to the
 * agency is stored with the source KEPT_QUESTION and is in no one's bank (it never goes out).
 */
export const QUESTION_SOURCES = ['project', 'agency', 'debrief'] as const;
export const KEPT_QUESTION = 'kept';

export const questionOut = z.object({
  id: z.number().int(),
  text: z.string(),
  category,
  difficulty,
  fields: z.array(z.string()),
  lookingFor: z.string(),
  guide: z.string(),
  company: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  source: z.enum(QUESTION_SOURCES),
  timesAsked: z.number().int(),
  lastAskedAt: z.string().nullable(),
  retired: z.boolean(),
  /** For a job seeker: whether they have written an answer to it. */
  answered: z.boolean(),
});
export type QuestionOut = z.infer<typeof questionOut>;

export const questionPage = z.object({
  total: z.number().int(),
  page: z.number().int(),
  perPage: z.number().int(),
  items: z.array(questionOut),
});
export type QuestionPage = z.infer<typeof questionPage>;

export const questionInput = z.strictObject({
  text: z
    .string()
    .trim()
    .min(10, 'Write the question in full')
    .max(500, 'Keep the question under 500 characters'),
  category,
  difficulty,
  fields: z.array(field).max(FIELDS.length).default([]),
  lookingFor: z.string().trim().max(1000, 'Keep this under 1,000 characters').default(''),
  guide: z.string().trim().max(2000, 'Keep the guide under 2,000 characters').default(''),
  companyId: z.number().int().positive().nullable().default(null),
});
export type QuestionInput = z.infer<typeof questionInput>;

const starPart = z.string().max(3000, 'Keep each part under 3,000 characters');
export const star = z.strictObject({
  situation: starPart,
  task: starPart,
  action: starPart,
  result: starPart,
});
export type Star = z.infer<typeof star>;

/** A prepared answer: free text, or the four STAR parts (the text is then built from them). */
export const answerInput = z.strictObject({
  body: z.string().max(10_000, 'Keep the answer under 10,000 characters').default(''),
  star: star.nullable().default(null),
  shared: z.boolean().default(false),
});
export type AnswerInput = z.infer<typeof answerInput>;

export const answerOut = z.object({
  questionId: z.number().int(),
  body: z.string(),
  star: star.nullable(),
  shared: z.boolean(),
  words: z.number().int(),
  speakingSeconds: z.number().int(),
  updatedAt: z.string(),
  versions: z.array(
    z.object({ id: z.number().int(), body: z.string(), star: star.nullable(), at: z.string() }),
  ),
});
export type AnswerOut = z.infer<typeof answerOut>;

/** One answer in a list (the seeker's own, or those they shared, on their candidate record). */
export const answerListItem = z.object({
  questionId: z.number().int(),
  question: z.string(),
  category: z.string(),
  body: z.string(),
  star: star.nullable(),
  shared: z.boolean(),
  words: z.number().int(),
  speakingSeconds: z.number().int(),
  updatedAt: z.string(),
});
export type AnswerListItem = z.infer<typeof answerListItem>;

export const SESSION_SOURCES = ['interview', 'field', 'due', 'questions'] as const;
export const sessionInput = z
  .strictObject({
    source: z.enum(SESSION_SOURCES, { message: 'Choose an interview, a field or the questions due' }),
    interviewId: z.number().int().positive().optional(),
    field: field.optional(),
    /** For 'questions': exactly these, in this order (from insight's trending questions). */
    questionIds: z
      .array(z.number().int().positive())
      .min(1, 'Choose at least one question')
      .max(20, 'At most 20 questions')
      .optional(),
    count: z.number().int().min(1, 'At least one question').max(20, 'At most 20 questions').default(5),
  })
  .superRefine((v, ctx) => {
    if (v.source === 'interview' && !v.interviewId)
      ctx.addIssue({
        code: 'custom',
        path: ['interviewId'],
        message: 'Choose the interview to practise for',
      });
    if (v.source === 'field' && !v.field)
      ctx.addIssue({ code: 'custom', path: ['field'], message: 'Choose a field' });
    if (v.source === 'questions' && !v.questionIds)
      ctx.addIssue({ code: 'custom', path: ['questionIds'], message: 'Choose the questions to practise' });
  });
export type SessionInput = z.infer<typeof sessionInput>;

export const itemInput = z.strictObject({
  seconds: z.number().int().min(0).max(3600, 'An answer takes at most an hour'),
  typed: z.string().max(10_000, 'Keep the answer under 10,000 characters').default(''),
  rating: z.enum(RATINGS, { message: 'Rate your answer: again, hard, good or easy' }),
  note: z.string().trim().max(1000, 'Keep the note under 1,000 characters').default(''),
});
export type ItemInput = z.infer<typeof itemInput>;

export const sessionItemOut = z.object({
  position: z.number().int(),
  question: questionOut,
  targetSeconds: z.number().int(),
  seconds: z.number().int().nullable(),
  typed: z.string(),
  rating: z.enum(RATINGS).nullable(),
  note: z.string(),
  /** The seeker's prepared answer, revealed after answering. */
  prepared: z.object({ body: z.string(), star: star.nullable() }).nullable(),
});

export const sessionOut = z.object({
  id: z.number().int(),
  source: z.enum(SESSION_SOURCES),
  title: z.string(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  items: z.array(sessionItemOut),
});
export type SessionOut = z.infer<typeof sessionOut>;

export const practiceHome = z.object({
  dueToday: z.number().int(),
  practised: z.number().int(),
  sessions: z.array(
    z.object({
      id: z.number().int(),
      title: z.string(),
      startedAt: z.string(),
      finishedAt: z.string().nullable(),
      questions: z.number().int(),
      rated: z.number().int(),
    }),
  ),
});
export type PracticeHome = z.infer<typeof practiceHome>;

export const progressOut = z.object({
  weeks: z.array(
    z.object({
      start: z.string(),
      sessions: z.number().int(),
      answers: z.number().int(),
      writing: z.number().int(),
    }),
  ),
  ratings: z.array(
    z.object({
      category,
      label: z.string(),
      points: z.array(z.object({ start: z.string(), score: z.number(), answers: z.number().int() })),
    }),
  ),
  mastered: z.number().int(),
  practised: z.number().int(),
  totals: z.object({ sessions: z.number().int(), answers: z.number().int(), writing: z.number().int() }),
});
export type ProgressOut = z.infer<typeof progressOut>;
