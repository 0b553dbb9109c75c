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

/** Words and phrases that mark a post from a public form (comments, the contact form) as spam. */
export const spamWords = z.strictObject({
  words: z
    .array(
      z
        .string()
        .trim()
        .min(1, 'Remove the empty line')
        .max(100, 'Please keep each word under 100 characters')
        // The list is stored one per line.
        .regex(/^[^\r\n]*$/, 'Put one word or phrase on each line'),
    )
    .max(500, 'Keep the list to 500 words'),
});
export type SpamWords = z.infer<typeof spamWords>;
