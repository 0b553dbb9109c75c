import { z } from 'zod';

/** What a note (or a task) can be about. */
export const SUBJECT_TYPES = ['candidate', 'application', 'opening', 'company'] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];

/**
 * 'internal' notes stay with staff; 'shared' ones are shown to the candidate in their portal,
 * so only notes about a candidate or one of their applications can be shared.
 */
export const NOTE_VISIBILITIES = ['internal', 'shared'] as const;
export type NoteVisibility = (typeof NOTE_VISIBILITIES)[number];
export const SHAREABLE_SUBJECTS: readonly SubjectType[] = ['candidate', 'application'];

export const NOTE_MAX = 10_000;

/**
 * Plain text, trimmed. NUL characters are refused: PostgreSQL cannot store them, and they
 * are never typed by a person.
 */
export const plainText = (max: number, tooLong: string) =>
  z
    .string()
    .trim()
    .max(max, tooLong)
    .refine((s) => !s.includes('\u0000'), 'Remove the invisible control characters');

export const subjectType = z.enum(SUBJECT_TYPES, {
  message: 'Choose a candidate, an application, an opening or a company',
});
/** A database id, from JSON (number) or a query string (text). */
export const recordId = z.coerce
  .number({ message: 'Use a record number' })
  .int('Use a record number')
  .positive('Use a record number')
  .max(2 ** 31 - 1, 'Use a record number');

const noteBody = plainText(NOTE_MAX, 'Keep the note under 10,000 characters').min(1, 'Write the note');
const visibility = z.enum(NOTE_VISIBILITIES, { message: 'Choose internal or shared' });

export const noteInput = z.strictObject({
  subjectType,
  subjectId: recordId,
  body: noteBody,
  visibility: visibility.default('internal'),
});
export type NoteInput = z.infer<typeof noteInput>;

export const noteUpdate = z.strictObject({ body: noteBody, visibility });
export type NoteUpdate = z.infer<typeof noteUpdate>;

export const noteQuery = z.object({ subjectType, subjectId: recordId });

const person = z.object({ id: z.string(), name: z.string() });

export const note = z.object({
  id: z.number().int(),
  subjectType,
  subjectId: z.number().int(),
  body: z.string(),
  visibility,
  author: person.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Whether the viewer may edit or delete it (its author, or an admin). */
  canChange: z.boolean(),
});
export type Note = z.infer<typeof note>;

/** A note as the candidate reads it: no internal fields, the author by name only. */
export const seekerNote = z.object({
  id: z.number().int(),
  body: z.string(),
  author: z.string(),
  at: z.string(),
});
export type SeekerNote = z.infer<typeof seekerNote>;
