import { z } from 'zod';

export const APPLICATION_STATUSES = [
  'applied',
  'in-review',
  'interviewing',
  'offered',
  'hired',
  'declined',
  'withdrawn',
] as const;

export const applicationFields = z.strictObject({
  coverNote: z.string().trim().max(5000, 'Keep the cover note under 5,000 characters').default(''),
});

export const application = z.object({
  id: z.number().int(),
  openingId: z.number().int(),
  openingSlug: z.string(),
  openingTitle: z.string(),
  companyName: z.string(),
  candidateId: z.string(),
  candidateName: z.string(),
  candidateEmail: z.string(),
  coverNote: z.string(),
  resume: z.object({ id: z.number().int(), name: z.string(), sizeBytes: z.number().int() }).nullable(),
  status: z.enum(APPLICATION_STATUSES),
  createdAt: z.string(),
});
export type Application = z.infer<typeof application>;

/** The largest resume accepted, in bytes. */
export const MAX_RESUME_BYTES = 5 * 1024 * 1024;
