import { z } from 'zod';

// Reader comments under blog posts: what a reader posts, and what staff see when they moderate.
// The commenter's email appears only in the staff shapes here, never in a public page.

export const COMMENT_STATUSES = ['pending', 'approved', 'spam', 'trash'] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];
export const COMMENT_STATUS_LABELS: Record<CommentStatus, string> = {
  pending: 'Pending',
  approved: 'Approved',
  spam: 'Spam',
  trash: 'Trash',
};

/** Replies nest this deep; a reply to the deepest level joins that level. */
export const MAX_COMMENT_DEPTH = 3;
export const MAX_COMMENT_CHARS = 5000;

const text = (max: number) => z.string().trim().max(max, `Please keep it under ${max} characters`);

const website = z
  .string()
  .trim()
  .max(300, 'Please keep the web address under 300 characters')
  .refine((v) => v === '' || /^https?:\/\/[^\s/?#]+\.[^\s]*$/i.test(v), {
    message: 'Please enter a web address starting with http:// or https://, or leave it empty',
  });

/** The "Leave a Reply" form as posted (after the form's strings are read). */
export const commentForm = z.strictObject({
  name: text(100).min(1, 'Please enter your name'),
  email: z.string().trim().toLowerCase().max(254).email('Please enter a valid email address'),
  website,
  body: text(MAX_COMMENT_CHARS).min(1, 'Please write a comment'),
  parentId: z
    .number()
    .int()
    .positive()
    .max(2 ** 31 - 1)
    .nullable(),
  notify: z.boolean(),
});
export type CommentForm = z.infer<typeof commentForm>;

export const staffComment = z.object({
  id: z.number().int(),
  postId: z.number().int(),
  postTitle: z.string(),
  postSlug: z.string(),
  parentId: z.number().int().nullable(),
  parentName: z.string().nullable(),
  status: z.enum(COMMENT_STATUSES),
  spamReason: z.string().nullable(),
  name: z.string(),
  email: z.string(),
  website: z.string(),
  body: z.string(),
  notifyReplies: z.boolean(),
  byStaff: z.boolean(),
  createdAt: z.string(),
});
export type StaffComment = z.infer<typeof staffComment>;

/** Comments shown on one page of a folder. */
export const COMMENT_PAGE_SIZE = 50;

export const commentQuery = z.strictObject({
  status: z.enum(COMMENT_STATUSES).default('pending'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});

export const commentQueue = z.object({
  comments: z.array(staffComment),
  page: z.number().int(),
  pageSize: z.number().int(),
  counts: z.record(z.enum(COMMENT_STATUSES), z.number().int()),
});
export type CommentQueue = z.infer<typeof commentQueue>;

export const commentCount = z.object({ pending: z.number().int() });

export const commentEdit = z.strictObject({
  name: text(100).min(1, 'Please enter a name'),
  website,
  body: text(MAX_COMMENT_CHARS).min(1, 'Please write a comment'),
});
export type CommentEdit = z.infer<typeof commentEdit>;

export const commentReply = z.strictObject({
  body: text(MAX_COMMENT_CHARS).min(1, 'Please write a reply'),
});

export const COMMENT_ACTIONS = ['approve', 'unapprove', 'spam', 'trash', 'delete'] as const;
export type CommentAction = (typeof COMMENT_ACTIONS)[number];

export const commentBulk = z.strictObject({
  ids: z
    .array(
      z
        .number()
        .int()
        .positive()
        .max(2 ** 31 - 1),
    )
    .min(1, 'Choose at least one comment')
    .max(200),
  action: z.enum(COMMENT_ACTIONS),
});

export const commentBulkResult = z.object({ changed: z.number().int() });

export const commentSettings = z.strictObject({ holdAll: z.boolean() });
