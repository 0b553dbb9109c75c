import { z } from 'zod';
import {
  ATTENDANCE_OUTCOMES,
  CANCELLED_BY,
  INTERVIEW_FORMATS,
  INTERVIEW_ROUNDS,
  INTERVIEW_STATES,
} from './interviews.ts';
import { checkPeriod, REPORT_GROUPS, reportFilterFields, reportPeriod } from './reports.ts';

// Follow-through: interviews kept of interviews committed, for the agency over time, per
// recruiter and per candidate. The definitions live in
// src/server/features/interviews/follow-through.ts; these are the shapes that cross the wire.

/** The report's filters: the same period, limits and filters as the other reports. */
export const followThroughQuery = z
  .strictObject({
    ...reportFilterFields,
    bucket: z.enum(REPORT_GROUPS, { message: 'Choose month or week' }).default('month'),
  })
  .superRefine((q, ctx) => checkPeriod(q, ctx));
export type FollowThroughQuery = z.infer<typeof followThroughQuery>;

const count = z.number().int();

/** Kept of committed; rate is kept / committed (0 to 1), null when nothing committed has an outcome. */
export const followThroughFigure = z.object({
  committed: count,
  kept: count,
  rate: z.number().nullable(),
  /** Committed interviews still waiting for an outcome; not part of the rate. */
  pending: count,
});
export type FollowThroughFigure = z.infer<typeof followThroughFigure>;

/** One month or week of the chart, by its first day (a Monday for weeks). */
export const followThroughPoint = followThroughFigure.extend({ start: z.string() });

export const followThroughReport = z.object({
  period: reportPeriod,
  bucket: z.enum(REPORT_GROUPS),
  agency: followThroughFigure,
  overTime: z.array(followThroughPoint),
  /** Per responsible recruiter; recruiterId null gathers candidates no one is responsible for. */
  byRecruiter: z.array(followThroughFigure.extend({ recruiterId: z.string().nullable(), name: z.string() })),
  /** Candidates with at least one committed interview, lowest rate first (the ones to call). */
  byCandidate: z.array(followThroughFigure.extend({ candidateId: z.number().int(), name: z.string() })),
  /** How many candidates have a committed interview; byCandidate lists at most BY_CANDIDATE_LIMIT. */
  candidatesWithCommitments: count,
});
export type FollowThroughReport = z.infer<typeof followThroughReport>;

/** The report lists this many candidates at most: the ones most worth a call. */
export const BY_CANDIDATE_LIMIT = 50;

export const FOLLOW_THROUGH_VERDICTS = ['kept', 'not-kept', 'pending', 'excluded'] as const;
export type FollowThroughVerdict = (typeof FOLLOW_THROUGH_VERDICTS)[number];
export const FOLLOW_THROUGH_VERDICT_LABELS: Record<FollowThroughVerdict, string> = {
  kept: 'Kept',
  'not-kept': 'Not kept',
  pending: 'Waiting for an outcome',
  excluded: 'Does not count',
};

/** One interview the candidate booked, and how it counts. */
export const committedInterview = z.object({
  bookingId: z.number().int(),
  interviewId: z.number().int(),
  applicationId: z.number().int(),
  openingId: z.number().int(),
  openingTitle: z.string(),
  companyName: z.string(),
  round: z.enum(INTERVIEW_ROUNDS),
  format: z.enum(INTERVIEW_FORMATS),
  scheduledAt: z.string(),
  state: z.enum(INTERVIEW_STATES),
  cancelledBy: z.enum(CANCELLED_BY).nullable(),
  outcome: z.enum(ATTENDANCE_OUTCOMES).nullable(),
  verdict: z.enum(FOLLOW_THROUGH_VERDICTS),
});
export type CommittedInterview = z.infer<typeof committedInterview>;

/** A candidate's follow-through and the interviews behind it, latest first. */
export const candidateFollowThrough = followThroughFigure.extend({
  interviews: z.array(committedInterview),
});
export type CandidateFollowThrough = z.infer<typeof candidateFollowThrough>;
