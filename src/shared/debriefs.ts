import { z } from 'zod';

// Debriefs: the shapes that cross the wire, and the closed lists the form offers.

export const VISIBILITIES = ['private', 'agency', 'shared'] as const;
export type Visibility = (typeof VISIBILITIES)[number];
export const visibility = z.enum(VISIBILITIES, { message: 'Choose private, agency or shared anonymously' });
export const VISIBILITY_LABELS: Record<Visibility, string> = {
  private: 'Only me',
  agency: 'Me and the agency',
  shared: 'Shared anonymously',
};

export const FORMAT_SURPRISES = [
  'writing-test',
  'group-interview',
  'presentation',
  'more-rounds',
  'panel',
  'technical-test',
  'other',
] as const;
export type FormatSurprise = (typeof FORMAT_SURPRISES)[number];
export const FORMAT_SURPRISE_LABELS: Record<FormatSurprise, string> = {
  'writing-test': 'A writing test',
  'group-interview': 'A group interview',
  presentation: 'A presentation',
  'more-rounds': 'More rounds than announced',
  panel: 'A panel instead of one interviewer',
  'technical-test': 'A technical or skills test',
  other: 'Something else',
};

/** The stored JSON list of surprises, keeping only the known ones. */
export function parseSurprises(text: string): FormatSurprise[] {
  try {
    const list: unknown = JSON.parse(text);
    return Array.isArray(list)
      ? list.filter((s): s is FormatSurprise => (FORMAT_SURPRISES as readonly string[]).includes(s))
      : [];
  } catch {
    return [];
  }
}

export const EXPERIENCES = ['positive', 'neutral', 'negative'] as const;
export type Experience = (typeof EXPERIENCES)[number];

/** Where things ended, kept in step with the pipeline. */
export const OUTCOMES = ['pending', 'next-round', 'offer', 'placed', 'rejected', 'withdrawn'] as const;
export type Outcome = (typeof OUTCOMES)[number];

const scale = z
  .number({ message: 'Choose 1 to 5' })
  .int('Choose 1 to 5')
  .min(1, 'Choose 1 to 5')
  .max(5, 'Choose 1 to 5')
  .nullable()
  .default(null);
const note = z.string().trim().max(4000, 'Keep this under 4,000 characters').default('');
/** A free-text part with who may read it. Notes default to the agency. */
const part = z.strictObject({ text: note, visibility: visibility.default('agency') });

export const debriefQuestionInput = z
  .strictObject({
    /** A question from the bank… */
    questionId: z.number().int().positive().optional(),
    /** …or a new one in the candidate's words, which joins the bank. */
    text: z
      .string()
      .trim()
      .min(10, 'Write the question in full')
      .max(500, 'Keep the question under 500 characters')
      .optional(),
    /** Questions are shared anonymously unless the author says otherwise. */
    visibility: visibility.default('shared'),
    note: part.default({ text: '', visibility: 'agency' }),
  })
  .refine((q) => (q.questionId === undefined) !== (q.text === undefined), {
    message: 'Pick a question from the bank or write a new one',
    path: ['text'],
  });

export const debriefInput = z.strictObject({
  questions: z.array(debriefQuestionInput).max(40, 'At most 40 questions').default([]),
  /** Skills as typed; the vocabulary normalises them and keeps unknown ones. */
  skills: z.array(z.string().trim().min(1).max(80)).max(40, 'At most 40 skills').default([]),
  skillsVisibility: visibility.default('shared'),
  surprises: z.array(z.enum(FORMAT_SURPRISES)).max(FORMAT_SURPRISES.length).default([]),
  formatNote: part.default({ text: '', visibility: 'agency' }),
  difficulty: scale,
  experience: z
    .enum(EXPERIENCES, { message: 'Choose positive, neutral or negative' })
    .nullable()
    .default(null),
  team: part.default({ text: '', visibility: 'agency' }),
  workplace: part.default({ text: '', visibility: 'agency' }),
  interestBefore: scale,
  interestAfter: scale,
  otherRoles: part.default({ text: '', visibility: 'agency' }),
  insider: part.default({ text: '', visibility: 'agency' }),
});
export type DebriefInput = z.infer<typeof debriefInput>;

const partOut = z.object({ text: z.string(), visibility });

/** A debrief as its author (or staff) reads it in full. */
export const debriefOut = z.object({
  id: z.number().int(),
  interviewId: z.number().int(),
  candidateId: z.number().int(),
  authorRole: z.enum(['candidate', 'staff']),
  /** Staff see who wrote it; a seeker reads only their own. */
  authorName: z.string().nullable(),
  openingTitle: z.string(),
  companyName: z.string(),
  interviewAt: z.string(),
  questions: z.array(
    z.object({
      position: z.number().int(),
      questionId: z.number().int(),
      text: z.string(),
      visibility,
      note: partOut,
    }),
  ),
  skills: z.array(z.object({ name: z.string(), known: z.boolean() })),
  skillsVisibility: visibility,
  surprises: z.array(z.enum(FORMAT_SURPRISES)),
  formatNote: partOut,
  difficulty: z.number().int().nullable(),
  experience: z.enum(EXPERIENCES).nullable(),
  team: partOut,
  workplace: partOut,
  interestBefore: z.number().int().nullable(),
  interestAfter: z.number().int().nullable(),
  otherRoles: partOut,
  insider: partOut,
  outcome: z.enum(OUTCOMES),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type DebriefOut = z.infer<typeof debriefOut>;

/** An interview of the seeker's whose time has passed, and whether they debriefed it. */
export const debriefDue = z.object({
  interviewId: z.number().int(),
  openingTitle: z.string(),
  companyName: z.string(),
  interviewAt: z.string(),
  debriefId: z.number().int().nullable(),
});
export type DebriefDue = z.infer<typeof debriefDue>;
