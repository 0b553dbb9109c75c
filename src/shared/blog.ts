import { z } from 'zod';
import { plainText } from './notes.ts';

/** Covers up to 5 MB; JPEG, PNG or WebP, checked by content on the server. */
export const MAX_COVER_BYTES = 5 * 1024 * 1024;
/** The widths a cover is resized to (never wider than the original). */
export const COVER_WIDTHS = [480, 960, 1600] as const;
export const POSTS_PER_PAGE = 10;

export const POST_STATUSES = ['draft', 'scheduled', 'published'] as const;
export type PostStatus = (typeof POST_STATUSES)[number];

const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An instant with its offset, e.g. 2026-03-08T14:30:00Z. */
const instant = z.iso
  .datetime({ offset: true, message: 'Use a date and time such as 2026-03-08T14:30:00Z' })
  .refine((s) => {
    const year = new Date(s).getUTCFullYear();
    return year >= 2000 && year <= 2200;
  }, 'Choose a date between the years 2000 and 2200');

const tag = plainText(40, 'Keep each tag under 40 characters').min(1, 'Remove the empty tag');

export const postInput = z.strictObject({
  title: plainText(200, 'Keep the title under 200 characters').min(1, 'Give the post a title'),
  /** Empty: made from the title. */
  slug: z
    .string()
    .trim()
    .max(80, 'Keep the address under 80 characters')
    .refine((s) => s === '' || SLUG_RE.test(s), 'Use lower-case letters, digits and single hyphens')
    .default(''),
  summary: plainText(500, 'Keep the summary under 500 characters').default(''),
  body: plainText(100_000, 'Keep the post under 100,000 characters').default(''),
  tags: z.array(tag).max(10, 'Use at most 10 tags').default([]),
  /** A recruiter or admin; null makes the person saving it the author. */
  authorId: z.string().max(100).nullable().default(null),
  coverImageId: z.number().int().positive().nullable().default(null),
  coverAlt: plainText(300, 'Keep the description under 300 characters').default(''),
});
export type PostInput = z.input<typeof postInput>;

export const postListQuery = z.object({
  status: z.enum(POST_STATUSES, { message: 'Choose draft, scheduled or published' }).optional(),
});

export const scheduleInput = z.strictObject({ publishAt: instant });
export const previewInput = z.strictObject({
  body: plainText(100_000, 'Keep the post under 100,000 characters'),
});
export const previewOutput = z.object({ html: z.string(), readingMinutes: z.number().int() });

export const coverImage = z.object({
  id: z.number().int(),
  /** The widest version, for a plain <img src>. */
  url: z.string(),
  srcset: z.string(),
  width: z.number().int(),
  height: z.number().int(),
});
export type CoverImage = z.infer<typeof coverImage>;

const person = z.object({ id: z.string(), name: z.string() });

export const postSummary = z.object({
  id: z.number().int(),
  title: z.string(),
  slug: z.string(),
  status: z.enum(POST_STATUSES),
  publishedAt: z.string().nullable(),
  author: person.nullable(),
  tags: z.array(z.string()),
  updatedAt: z.string(),
});
export type PostSummary = z.infer<typeof postSummary>;

export const post = postSummary.extend({
  summary: z.string(),
  body: z.string(),
  cover: coverImage.nullable(),
  coverAlt: z.string(),
  createdAt: z.string(),
});
export type Post = z.infer<typeof post>;
