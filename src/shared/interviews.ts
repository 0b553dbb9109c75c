import { z } from 'zod';

// The vocabulary the interview feature shares between the server, the web app and the mails:
// closed lists, their zod enums, and the plain words every screen shows for them.

export const INTERVIEW_FORMATS = [
  'phone',
  'video',
  'on-site',
  'panel',
  'group',
  'written-test',
  'assessment',
] as const;
export type InterviewFormat = (typeof INTERVIEW_FORMATS)[number];
export const interviewFormat = z.enum(INTERVIEW_FORMATS, {
  message: 'Choose phone, video, on-site, panel, group, written test or assessment',
});
export const INTERVIEW_FORMAT_LABELS: Record<InterviewFormat, string> = {
  phone: 'Phone call',
  video: 'Video call',
  'on-site': 'In person',
  panel: 'Panel interview',
  group: 'Group interview',
  'written-test': 'Written test',
  assessment: 'Assessment',
};

export const INTERVIEW_ROUNDS = ['first', 'second', 'third', 'final', 'other'] as const;
export type InterviewRound = (typeof INTERVIEW_ROUNDS)[number];
export const interviewRound = z.enum(INTERVIEW_ROUNDS, {
  message: 'Choose first, second, third, final or other',
});
export const INTERVIEW_ROUND_LABELS: Record<InterviewRound, string> = {
  first: 'First interview',
  second: 'Second interview',
  third: 'Third interview',
  final: 'Final interview',
  other: 'Interview',
};

/**
 * Where an interview stands. "proposed": times offered, none chosen yet; "scheduled": a time is
 * fixed (the candidate may still have to confirm it); "cancelled" and "completed" are final.
 */
export const INTERVIEW_STATES = ['proposed', 'scheduled', 'cancelled', 'completed'] as const;
export type InterviewState = (typeof INTERVIEW_STATES)[number];
export const interviewState = z.enum(INTERVIEW_STATES);
export const INTERVIEW_STATE_LABELS: Record<InterviewState, string> = {
  proposed: 'Times proposed',
  scheduled: 'Booked',
  cancelled: 'Cancelled',
  completed: 'Done',
};

/** Who called an interview off. Only the candidate's own cancellations count against follow-through. */
export const CANCELLED_BY = ['candidate', 'agency', 'client'] as const;
export type CancelledBy = (typeof CANCELLED_BY)[number];
export const cancelledBy = z.enum(CANCELLED_BY);
export const CANCELLED_BY_LABELS: Record<CancelledBy, string> = {
  candidate: 'Cancelled by the candidate',
  agency: 'Cancelled by the agency',
  client: 'Cancelled by the employer',
};

/** Why a candidate cancels; asked every time, so the recruiter knows what happened. */
export const CANCEL_REASONS = [
  'chose-another-offer',
  'not-interested',
  'schedule-conflict',
  'other',
] as const;
export type CancelReason = (typeof CANCEL_REASONS)[number];
export const cancelReason = z.enum(CANCEL_REASONS, {
  message: 'Choose why you are cancelling',
});
export const CANCEL_REASON_LABELS: Record<CancelReason, string> = {
  'chose-another-offer': 'I accepted another offer',
  'not-interested': 'I am no longer interested in this job',
  'schedule-conflict': 'I can no longer make this time',
  other: 'Another reason',
};

/** A candidate's cancellation: a reason is required, and "other" needs a few words of its own. */
export const cancelInput = z
  .strictObject({
    reason: cancelReason,
    details: z.string().trim().max(1000, 'Keep this under 1,000 characters').default(''),
  })
  .refine((c) => c.reason !== 'other' || c.details.length > 0, {
    message: 'Tell us the reason in a few words',
    path: ['details'],
  });
export type CancelInput = z.infer<typeof cancelInput>;

/**
 * What the recruiter records once the interview's time has passed. "cancelled-late" means the
 * candidate called it off too late to fill or move the time; "rescheduled" means it will happen
 * at another time, so its real outcome is still to come.
 */
export const ATTENDANCE_OUTCOMES = ['attended', 'no-show', 'cancelled-late', 'rescheduled'] as const;
export type AttendanceOutcome = (typeof ATTENDANCE_OUTCOMES)[number];
export const attendanceOutcome = z.enum(ATTENDANCE_OUTCOMES, {
  message: 'Choose attended, no-show, cancelled late or rescheduled',
});
export const ATTENDANCE_OUTCOME_LABELS: Record<AttendanceOutcome, string> = {
  attended: 'Attended',
  'no-show': 'Did not show up',
  'cancelled-late': 'Cancelled at the last minute',
  rescheduled: 'Moved to another time',
};
