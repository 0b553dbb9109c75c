import { z } from 'zod';
import { CANDIDATE_SOURCES } from './candidates.ts';
import { STAGE_KINDS } from './pipeline.ts';

/** How the funnel splits its period: calendar months, or ISO weeks starting on Monday. */
export const REPORT_GROUPS = ['month', 'week'] as const;
export type ReportGroup = (typeof REPORT_GROUPS)[number];

/** Without dates, a report covers the last 90 days, today included. */
export const DEFAULT_REPORT_DAYS = 90;
/** Longer periods are refused: weekly buckets over decades help nobody and cost a lot. */
export const MAX_REPORT_DAYS = 3660;

export const REPORT_NAMES = [
  'funnel',
  'time-to-placement',
  'placements-by-source',
  'open-positions',
] as const;
export type ReportName = (typeof REPORT_NAMES)[number];

const day = z.iso.date('Use a date such as 2026-03-31').optional();
const id = z.coerce
  .number()
  .int()
  .positive()
  .max(2 ** 31 - 1)
  .optional();

const daysBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

/** The period and the opening or company every report can be narrowed to. */
export const reportFilterFields = { from: day, to: day, openingId: id, companyId: id };

/** A period runs forwards and covers at most ten years. */
export function checkPeriod(q: { from?: string | undefined; to?: string | undefined }, ctx: z.RefinementCtx) {
  if (q.from && q.to && q.from > q.to)
    ctx.addIssue({
      code: 'custom',
      path: ['to'],
      message: 'The end date must not be before the start date',
    });
  else if (q.from && q.to && daysBetween(q.from, q.to) >= MAX_REPORT_DAYS)
    ctx.addIssue({ code: 'custom', path: ['from'], message: 'Choose a period of at most ten years' });
}

/** The filters every report takes (open positions reads only openingId and companyId). */
export const reportQuery = z
  .object({
    ...reportFilterFields,
    groupBy: z.enum(REPORT_GROUPS, { message: 'Choose month or week' }).default('month'),
    /** Funnel only: add one row per opening. */
    byOpening: z
      .enum(['true', 'false'], { message: 'Use true or false' })
      .default('false')
      .transform((v) => v === 'true'),
  })
  .superRefine((q, ctx) => checkPeriod(q, ctx));
export type ReportQuery = z.infer<typeof reportQuery>;

/** The days a report covers, both included, in `timeZone`. */
export const reportPeriod = z.object({ from: z.string(), to: z.string(), timeZone: z.string() });
export type ReportPeriod = z.infer<typeof reportPeriod>;

const count = z.number().int();
const days = z.number().nullable();

const funnelStage = z.object({
  id: z.number().int(),
  name: z.string(),
  kind: z.enum(STAGE_KINDS),
  retired: z.boolean(),
  /** Applications that ever moved into this stage. */
  reached: count,
});

/** A row of the funnel: `reached[i]` counts the applications that reached `stages[i]`. */
const funnelRow = z.object({ applications: count, reached: z.array(count) });

export const funnelReport = z.object({
  period: reportPeriod,
  groupBy: z.enum(REPORT_GROUPS),
  /** Applications created in the period. */
  applications: count,
  stages: z.array(funnelStage),
  /** Every month or week of the period, empty ones too, oldest first; `start` is its first day. */
  periods: z.array(funnelRow.extend({ start: z.string() })),
  /** Filled only when asked for with byOpening=true. */
  openings: z.array(funnelRow.extend({ id: z.number().int(), title: z.string(), companyName: z.string() })),
});
export type FunnelReport = z.infer<typeof funnelReport>;

const spread = { placements: count, medianDays: days, p25Days: days, p75Days: days };

export const timeToPlacementReport = z.object({
  period: reportPeriod,
  ...spread,
  /** Openings with a placement in the period, most placements first. */
  openings: z.array(
    z.object({ id: z.number().int(), title: z.string(), companyName: z.string(), ...spread }),
  ),
});
export type TimeToPlacementReport = z.infer<typeof timeToPlacementReport>;

export const placementsBySourceReport = z.object({
  period: reportPeriod,
  placements: count,
  /** Every source, most placements first. */
  sources: z.array(z.object({ source: z.enum(CANDIDATE_SOURCES), label: z.string(), placements: count })),
});
export type PlacementsBySourceReport = z.infer<typeof placementsBySourceReport>;

export const openPositionsReport = z.object({
  /** When the figures were read: they describe the openings as they are now, not a period. */
  asOf: z.string(),
  openOpenings: count,
  openPositions: count,
  /** Companies with at least one open opening, most open positions first. */
  companies: z.array(
    z.object({ id: z.number().int(), name: z.string(), openOpenings: count, openPositions: count }),
  ),
});
export type OpenPositionsReport = z.infer<typeof openPositionsReport>;
