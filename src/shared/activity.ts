import { z } from 'zod';

export const ACTIVITY_KINDS = [
  'candidate',
  'application',
  'stage',
  'note',
  'file',
  'email',
  'task',
  'merge',
  'import',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export const activityEntry = z.object({
  id: z.number().int(),
  kind: z.enum(ACTIVITY_KINDS),
  summary: z.string(),
  applicationId: z.number().int().nullable(),
  actor: z.object({ id: z.string(), name: z.string() }).nullable(),
  at: z.string(),
});
export type ActivityEntry = z.infer<typeof activityEntry>;

export const activityQuery = z.object({
  /** Entries older than this id, for "show more". */
  before: z.coerce.number().int().positive().optional(),
});

export const activityPage = z.object({
  entries: z.array(activityEntry),
  /** The id to pass as `before` for the next page, or null at the end. */
  next: z.number().int().nullable(),
});
