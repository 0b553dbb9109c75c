import { z } from 'zod';

// The job seeker's story bank: reusable stories (a project, a conflict, a failure) tagged with
// the skills they show and linked to the questions they answer.

const id = z
  .number()
  .int()
  .positive()
  .max(2 ** 31 - 1);

export const MAX_STORY_SKILLS = 30;
export const MAX_STORY_QUESTIONS = 50;

export const storyInput = z.strictObject({
  title: z.string().trim().min(1, 'Give the story a title').max(200, 'Keep the title under 200 characters'),
  body: z.string().max(10_000, 'Keep the story under 10,000 characters').default(''),
  /** As typed; the server stores the skills vocabulary's names, unknown skills as typed. */
  skills: z
    .array(z.string().max(80, 'Keep each skill under 80 characters'))
    .max(MAX_STORY_SKILLS, `Keep it to ${MAX_STORY_SKILLS} skills`)
    .default([]),
  questionIds: z
    .array(id, { message: 'Link questions by their number' })
    .max(MAX_STORY_QUESTIONS, `Link at most ${MAX_STORY_QUESTIONS} questions`)
    .default([]),
});
export type StoryInput = z.infer<typeof storyInput>;

export const storyQuery = z.strictObject({
  /** Only the stories linked to this question. */
  questionId: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 31 - 1)
    .optional(),
});
export type StoryQuery = z.infer<typeof storyQuery>;

export const storyOut = z.object({
  id: z.number().int(),
  title: z.string(),
  body: z.string(),
  skills: z.array(z.string()),
  questionIds: z.array(z.number().int()),
  /** The linked questions' text, in the same order as questionIds, to show without a lookup each. */
  questions: z.array(z.object({ id: z.number().int(), text: z.string() })),
  words: z.number().int(),
  updatedAt: z.string(),
});
export type StoryOut = z.infer<typeof storyOut>;
