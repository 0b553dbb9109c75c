import { z } from 'zod';

// Group interviews and assessment-centre practice: the preparation guide with its checklist, and
// group exercises a recruiter runs with several candidates at once on one shared clock. A
// member's notes are theirs alone; staff and the other members never see them.

const id = z
  .number()
  .int()
  .positive()
  .max(2 ** 31 - 1);

export const MIN_GROUP = 2;
export const MAX_GROUP = 12;
export const MAX_NOTES = 20_000;
export const MAX_REVIEW = 5_000;

export const EXERCISE_KINDS = ['discussion', 'case-study', 'ranking', 'role-play', 'presentation'] as const;

export const groupExerciseOut = z.object({
  key: z.string(),
  title: z.string(),
  kind: z.enum(EXERCISE_KINDS),
  minutes: z.number().int(),
  brief: z.string(),
  materials: z.array(z.string()),
  watchFor: z.array(z.string()),
});
export type GroupExerciseOut = z.infer<typeof groupExerciseOut>;

export const groupPrepOut = z.object({
  watchFor: z.array(z.object({ title: z.string(), detail: z.string() })),
  checklist: z.array(z.object({ key: z.string(), label: z.string(), hint: z.string(), ticked: z.boolean() })),
});
export type GroupPrepOut = z.infer<typeof groupPrepOut>;

export const tickInput = z.strictObject({ ticked: z.boolean({ message: 'Say true or false' }) });

/** Where a run stands: waiting for the recruiter, on the clock, time up, or closed. */
export const RUN_STATES = ['waiting', 'running', 'time-up', 'finished'] as const;
export type RunState = (typeof RUN_STATES)[number];

export const runInput = z.strictObject({
  exerciseKey: z.string().min(1, 'Choose an exercise').max(100),
  candidateIds: z
    .array(id, { message: 'Choose candidates by their record' })
    .min(MIN_GROUP, `Choose at least ${MIN_GROUP} candidates`)
    .max(MAX_GROUP, `Choose at most ${MAX_GROUP} candidates`),
});
export type RunInput = z.infer<typeof runInput>;

export const notesInput = z.strictObject({
  notes: z.string({ message: 'Notes are text' }).max(MAX_NOTES, 'Keep your notes under 20,000 characters'),
});

export const reviewInput = z.strictObject({
  selfReview: z
    .string({ message: 'The review is text' })
    .trim()
    .min(1, 'Write a few words about how it went')
    .max(MAX_REVIEW, 'Keep the review under 5,000 characters'),
  selfRating: z
    .number({ message: 'Rate yourself from 1 to 5' })
    .int('Rate yourself from 1 to 5')
    .min(1, 'Rate yourself from 1 to 5')
    .max(5, 'Rate yourself from 1 to 5'),
});
export type ReviewInput = z.infer<typeof reviewInput>;

const clock = {
  id: z.number().int(),
  title: z.string(),
  minutes: z.number().int(),
  state: z.enum(RUN_STATES),
  /** The server's clock when it answered, so a browser can count down in step with everyone. */
  now: z.string(),
  startedAt: z.string().nullable(),
  endsAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
};

export const myRunSummary = z.object({ ...clock, createdAt: z.string() });
export type MyRunSummary = z.infer<typeof myRunSummary>;

/** A member's own view: the brief and materials only once the clock has started. */
export const myRunOut = z.object({
  ...clock,
  kind: z.enum(EXERCISE_KINDS),
  brief: z.string().nullable(),
  materials: z.array(z.string()).nullable(),
  /** How many people are in the group, the member included; never who. */
  members: z.number().int(),
  notes: z.string(),
  selfReview: z.string(),
  selfRating: z.number().int().nullable(),
  reviewedAt: z.string().nullable(),
});
export type MyRunOut = z.infer<typeof myRunOut>;

export const staffRunSummary = z.object({
  ...clock,
  exerciseKey: z.string(),
  members: z.number().int(),
  reviews: z.number().int(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
});
export type StaffRunSummary = z.infer<typeof staffRunSummary>;

/** The staff view: who is in the group and their self-reviews, never their notes. */
export const staffRunOut = z.object({
  ...clock,
  exercise: groupExerciseOut.nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  canChange: z.boolean(),
  members: z.array(
    z.object({
      candidateId: z.number().int(),
      name: z.string(),
      selfReview: z.string(),
      selfRating: z.number().int().nullable(),
      reviewedAt: z.string().nullable(),
    }),
  ),
});
export type StaffRunOut = z.infer<typeof staffRunOut>;
