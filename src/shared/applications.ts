import { z } from 'zod';

// Applying from the job board. Applications themselves (stages, history, the seeker's view)
// are described in pipeline.ts.

export const applicationFields = z.strictObject({
  coverNote: z.string().trim().max(5000, 'Keep the cover note under 5,000 characters').default(''),
});

/** The largest resume accepted, in bytes. */
export const MAX_RESUME_BYTES = 5 * 1024 * 1024;
