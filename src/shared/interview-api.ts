import { z } from 'zod';
import {
  attendanceOutcome,
  cancelledBy,
  cancelReason,
  interviewFormat,
  interviewRound,
  interviewState,
} from './interviews.ts';
import { isTimeZone } from './tasks.ts';

// Requests and replies of the interview API: staff set interviews up; candidates see, book,
// confirm and cancel their own, in the portal or from a signed link.

/** An instant with its offset, e.g. "2026-03-08T14:00:00Z" or "2026-03-08T10:00:00-04:00". */
const instant = z.iso.datetime({ offset: true, message: 'Use a date and time such as 2026-03-08T14:00:00Z' });

export const MAX_PROPOSED_TIMES = 10;

export const timeInput = z.strictObject({
  startsAt: instant,
  /** Only for a written test: the end of the window to take it in. Otherwise start + duration. */
  endsAt: instant.optional(),
});
export type TimeInput = z.infer<typeof timeInput>;

export const interviewInput = z.strictObject({
  round: interviewRound,
  format: interviewFormat,
  /** For a written test, how long the test itself takes. */
  durationMinutes: z
    .number({ message: 'Give the length in minutes' })
    .int('Give whole minutes')
    .min(5, 'An interview takes at least 5 minutes')
    .max(600, 'Keep it under 10 hours'),
  location: z.string().trim().max(500, 'Keep the location under 500 characters').default(''),
  videoUrl: z
    .union([z.literal(''), z.url({ protocol: /^https?$/, message: 'Use a link starting with https://' })])
    .default(''),
  instructions: z.string().trim().max(4000, 'Keep the instructions under 4,000 characters').default(''),
  zone: z.string().max(64).refine(isTimeZone, 'Use a time zone such as America/Toronto'),
  interviewerIds: z.array(z.number().int().positive()).max(20, 'Pick at most 20 interviewers').default([]),
  /** 1 for one candidate; more for a group session. */
  capacity: z.number().int().min(1).max(100, 'A session holds at most 100 people').default(1),
  /** For a group session: other applications to the same opening whose candidates may book it. */
  alsoInvite: z.array(z.number().int().positive()).max(99).default([]),
  /** One time fixes the interview; 2–10 are offered for the candidate to choose from. */
  times: z
    .array(timeInput)
    .min(1, 'Give one time, or 2 to 10 to choose from')
    .max(MAX_PROPOSED_TIMES, 'Propose at most 10 times'),
});
export type InterviewInput = z.infer<typeof interviewInput>;

export const rescheduleInput = z.strictObject({
  /** Which booked time moves; needed only when a group session has several booked times. */
  slotId: z.number().int().positive().optional(),
  startsAt: instant,
  endsAt: instant.optional(),
});
export type RescheduleInput = z.infer<typeof rescheduleInput>;

export const staffCancelInput = z.strictObject({
  by: cancelledBy.exclude(['candidate']),
  reason: z.string().trim().min(1, 'Say why it is cancelled').max(1000, 'Keep this under 1,000 characters'),
});

export const attendanceInput = z.strictObject({
  outcome: attendanceOutcome,
  /** Whose attendance, when a group session has several candidates booked. */
  candidateId: z.number().int().positive().optional(),
});

export const bookInput = z.strictObject({ slotId: z.number().int().positive() });

/** A candidate's own move to another of the proposed times that still has room. */
export const moveInput = bookInput;

/** A candidate who cannot make any offered time asks their recruiter for another one. */
export const askToMoveInput = z.strictObject({
  note: z
    .string()
    .trim()
    .min(1, 'Tell your recruiter which days and times suit you')
    .max(1000, 'Keep this under 1,000 characters'),
});

/** The agency's reminder times: hours before an interview, each reminder sent once. */
export const DEFAULT_REMINDER_HOURS = [48, 2];
export const reminderHours = z
  .array(
    z
      .number({ message: 'Give hours as a number' })
      .int('Give whole hours')
      .min(1, 'At least 1 hour before')
      .max(336, 'At most 14 days (336 hours) before'),
  )
  .min(1, 'Keep at least one reminder')
  .max(4, 'At most 4 reminders')
  .refine((h) => new Set(h).size === h.length, 'Give each time once')
  .transform((h) => [...h].sort((a, b) => b - a));
export const interviewSettings = z.strictObject({ reminderHours });
export type InterviewSettings = z.output<typeof interviewSettings>;

export const interviewSlot = z.object({
  id: z.number().int(),
  startsAt: z.string(),
  endsAt: z.string(),
  seatsLeft: z.number().int(),
});

const BOOKING_STATES = ['booked', 'cancelled'] as const;
export const bookingState = z.enum(BOOKING_STATES);

export const interviewBooking = z.object({
  id: z.number().int(),
  slotId: z.number().int(),
  candidateId: z.number().int(),
  candidateName: z.string(),
  state: bookingState,
  confirmedAt: z.string().nullable(),
  cancelReason: cancelReason.nullable(),
  cancelNote: z.string(),
  attendance: attendanceOutcome.nullable(),
  /** When the candidate asked for another time, and what suits them; null when they have not. */
  moveRequest: z.object({ at: z.string(), note: z.string() }).nullable(),
});

const common = {
  id: z.number().int(),
  openingTitle: z.string(),
  companyName: z.string(),
  round: interviewRound,
  format: interviewFormat,
  durationMinutes: z.number().int(),
  location: z.string(),
  videoUrl: z.string(),
  instructions: z.string(),
  zone: z.string(),
  state: interviewState,
  capacity: z.number().int(),
  slots: z.array(interviewSlot),
};

/** An interview as staff see it. */
export const interview = z.object({
  ...common,
  applicationId: z.number().int(),
  candidateId: z.number().int(),
  candidateName: z.string(),
  uid: z.string(),
  sequence: z.number().int(),
  cancelledBy: cancelledBy.nullable(),
  cancelReason: z.string().nullable(),
  cancelNote: z.string(),
  interviewers: z.array(
    z.object({ id: z.number().int(), name: z.string(), title: z.string(), email: z.string() }),
  ),
  invitees: z.array(
    z.object({ applicationId: z.number().int(), candidateId: z.number().int(), name: z.string() }),
  ),
  bookings: z.array(interviewBooking),
  history: z.array(
    z.object({
      fromStartsAt: z.string(),
      fromEndsAt: z.string(),
      toStartsAt: z.string(),
      toEndsAt: z.string(),
      changedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
      at: z.string(),
    }),
  ),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Interview = z.infer<typeof interview>;

/**
 * An interview as the candidate sees it: the session, never the other candidates in it, and the
 * interviewers by name and role only.
 */
export const seekerInterview = z.object({
  ...common,
  /** The job's public page, while the opening is listed. */
  openingSlug: z.string(),
  group: z.boolean(),
  /** True within the agency's reminder window before a booked time: the portal shows a reminder. */
  remind: z.boolean(),
  cancelledBy: cancelledBy.nullable(),
  interviewers: z.array(z.object({ name: z.string(), title: z.string() })),
  myBooking: z
    .object({
      slotId: z.number().int(),
      state: bookingState,
      confirmedAt: z.string().nullable(),
      cancelReason: cancelReason.nullable(),
      /** When they asked for another time; cleared once the time moves. */
      moveRequestedAt: z.string().nullable(),
    })
    .nullable(),
});
export type SeekerInterview = z.infer<typeof seekerInterview>;

export const linkParams = z.object({ token: z.string().min(1).max(500) });

/** "Before you cancel": reasons to keep the interview, made concrete (see reasons-to-go.ts). */
const reasonLink = z.object({ label: z.string(), href: z.string() });
export const reasonsToGoOut = z.object({
  reasons: z.array(
    z.object({
      key: z.enum([
        'better-than-described',
        'other-openings',
        'practice',
        'what-employers-ask',
        'reschedule',
      ]),
      headline: z.string(),
      detail: z.string(),
      link: reasonLink.optional(),
      openings: z.array(reasonLink).optional(),
    }),
  ),
});
export type ReasonsToGo = z.infer<typeof reasonsToGoOut>;
