import { z } from 'zod';

/** 'active' stages are in progress, 'placed' fills a position, 'closed' ends the application. */
export const STAGE_KINDS = ['active', 'placed', 'closed'] as const;
export type StageKind = (typeof STAGE_KINDS)[number];

export const stage = z.object({
  id: z.number().int(),
  name: z.string(),
  kind: z.enum(STAGE_KINDS),
  /** What the job seeker reads for this stage, in plain words. */
  seekerLabel: z.string(),
  /** What happens next, as the job seeker reads it. */
  seekerNext: z.string(),
  position: z.number().int(),
  retired: z.boolean(),
});
export type Stage = z.infer<typeof stage>;

export const stageInput = z.strictObject({
  name: z.string().trim().min(1, 'Name the stage').max(60, 'Keep the name under 60 characters'),
  kind: z.enum(STAGE_KINDS, { message: 'Choose in progress, placed or closed' }),
  seekerLabel: z
    .string()
    .trim()
    .min(1, 'Say what the job seeker reads at this stage')
    .max(80, 'Keep this under 80 characters'),
  seekerNext: z.string().trim().max(300, 'Keep this under 300 characters').default(''),
});
export type StageInput = z.infer<typeof stageInput>;

export const stageOrder = z.strictObject({
  ids: z.array(z.number().int().positive()).min(1).max(100),
});

export const APPLICATION_ORIGINS = ['self', 'agency'] as const;

const stageRef = z.object({ id: z.number().int(), name: z.string(), kind: z.enum(STAGE_KINDS) });

/** An application as staff see it. */
export const application = z.object({
  id: z.number().int(),
  openingId: z.number().int(),
  openingSlug: z.string(),
  openingTitle: z.string(),
  companyId: z.number().int(),
  companyName: z.string(),
  candidateId: z.number().int(),
  candidateName: z.string(),
  candidateEmail: z.string(),
  candidateHeadline: z.string(),
  origin: z.enum(APPLICATION_ORIGINS),
  coverNote: z.string(),
  resume: z.object({ id: z.number().int(), name: z.string(), sizeBytes: z.number().int() }).nullable(),
  stage: stageRef,
  stageEnteredAt: z.string(),
  createdAt: z.string(),
});
export type Application = z.infer<typeof application>;

/** A recruiter submits a candidate record to an opening. */
export const submissionInput = z.strictObject({
  candidateId: z.number().int().positive(),
  openingId: z.number().int().positive(),
  stageId: z.number().int().positive().optional(),
  note: z.string().trim().max(2000, 'Keep the note under 2,000 characters').default(''),
});

export const moveInput = z.strictObject({
  stageId: z.number().int().positive(),
  note: z.string().trim().max(2000, 'Keep the note under 2,000 characters').default(''),
});

export const bulkMoveInput = z.strictObject({
  applicationIds: z.array(z.number().int().positive()).min(1, 'Select at least one card').max(500),
  stageId: z.number().int().positive(),
  note: z.string().trim().max(2000, 'Keep the note under 2,000 characters').default(''),
});

/** What a move did to the opening: how many positions are left, and whether to offer closing it. */
export const moveResult = z.object({
  application,
  positionsLeft: z.number().int(),
  offerClose: z.boolean(),
});

export const bulkMoveResult = z.object({
  moved: z.array(z.number().int()),
  openings: z.array(
    z.object({ openingId: z.number().int(), positionsLeft: z.number().int(), offerClose: z.boolean() }),
  ),
});

export const stageMove = z.object({
  id: z.number().int(),
  from: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  to: z.object({ id: z.number().int(), name: z.string() }),
  by: z.object({ id: z.string(), name: z.string() }).nullable(),
  note: z.string(),
  at: z.string(),
});
export type StageMove = z.infer<typeof stageMove>;

export const APPLICATION_SORTS = ['entered', 'created', 'candidate', 'opening', 'stage'] as const;

/** Filters shared by the board and the list. */
export const pipelineQuery = z.object({
  openingId: z.coerce.number().int().positive().optional(),
  companyId: z.coerce.number().int().positive().optional(),
  ownerId: z.string().max(100).optional(),
  q: z.string().trim().max(200).default(''),
  /** Include applications in closed stages (hidden from the board by default). */
  closed: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});
export type PipelineQuery = z.infer<typeof pipelineQuery>;

export const applicationListQuery = pipelineQuery.extend({
  stageId: z.coerce.number().int().positive().optional(),
  sort: z.enum(APPLICATION_SORTS).default('entered'),
  dir: z.enum(['asc', 'desc']).default('desc'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});

export const applicationList = z.object({
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  results: z.array(application),
});

/** The board: every current stage and up to BOARD_LIMIT cards per stage. */
export const boardCard = z.object({
  applicationId: z.number().int(),
  candidateId: z.number().int(),
  candidateName: z.string(),
  candidateHeadline: z.string(),
  openingId: z.number().int(),
  openingTitle: z.string(),
  companyName: z.string(),
  origin: z.enum(APPLICATION_ORIGINS),
  stageEnteredAt: z.string(),
});
export type BoardCard = z.infer<typeof boardCard>;

export const board = z.object({
  columns: z.array(z.object({ stage, total: z.number().int(), cards: z.array(boardCard) })),
});
export type Board = z.infer<typeof board>;

/** The job seeker's view of one application: plain words, never internal notes. */
export const seekerApplication = z.object({
  id: z.number().int(),
  openingSlug: z.string(),
  openingTitle: z.string(),
  companyName: z.string(),
  stage: z.object({ label: z.string(), next: z.string(), kind: z.enum(STAGE_KINDS) }),
  stageEnteredAt: z.string(),
  history: z.array(z.object({ label: z.string(), at: z.string() })),
  notes: z.array(z.object({ id: z.number().int(), body: z.string(), author: z.string(), at: z.string() })),
  coverNote: z.string(),
  resume: z.object({ id: z.number().int(), name: z.string(), sizeBytes: z.number().int() }).nullable(),
  createdAt: z.string(),
});
export type SeekerApplication = z.infer<typeof seekerApplication>;
