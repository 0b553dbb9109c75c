import { z } from 'zod';

/**
 * What a recruiter may see and change: everything ('all'), only what they own with the rest
 * read-only ('own-read-only'), or only what they own with the rest hidden ('own-only').
 * Admins always see and change everything.
 */
export const RECRUITER_ACCESS = ['all', 'own-read-only', 'own-only'] as const;
export type RecruiterAccess = (typeof RECRUITER_ACCESS)[number];

export const accessSettings = z.strictObject({
  recruiterAccess: z.enum(RECRUITER_ACCESS, { message: 'Choose one of the access rules' }),
});
export type AccessSettings = z.infer<typeof accessSettings>;
