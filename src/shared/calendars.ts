import { z } from 'zod';
import { ianaTimeZone } from './availability.ts';

// API shapes for private calendar feeds and interview time suggestions.

/** Whether the signed-in user has a feed; the URL itself is shown only once, when made. */
export const calendarFeedStatus = z.object({ exists: z.boolean(), createdAt: z.string().nullable() });
export type CalendarFeedStatus = z.infer<typeof calendarFeedStatus>;

export const calendarFeedCreated = z.object({ url: z.string(), createdAt: z.string() });
export type CalendarFeedCreated = z.infer<typeof calendarFeedCreated>;

/** The most slots one suggestion returns (the earliest ones). */
export const MAX_SUGGESTIONS = 50;
/** The longest range one suggestion looks at. */
export const MAX_SUGGEST_DAYS = 62;

export const suggestTimesInput = z
  .strictObject({
    userIds: z.array(z.string().min(1)).max(20, 'At most 20 staff').optional(),
    contactIds: z.array(z.number().int().positive()).max(20, 'At most 20 interviewers'),
    from: z.iso.datetime({ offset: true, message: 'Use an ISO date-time such as 2026-12-01T09:00:00Z' }),
    to: z.iso.datetime({ offset: true, message: 'Use an ISO date-time such as 2026-12-08T17:00:00Z' }),
    durationMinutes: z
      .number({ message: 'Give a length in minutes' })
      .int('Give a whole number of minutes')
      .min(5, 'At least 5 minutes')
      .max(480, 'At most 8 hours'),
    zone: ianaTimeZone,
  })
  .superRefine((v, ctx) => {
    const from = Date.parse(v.from);
    const to = Date.parse(v.to);
    if (!(to > from)) ctx.addIssue({ code: 'custom', path: ['to'], message: 'End after the start' });
    else if (to - from > MAX_SUGGEST_DAYS * 86_400_000)
      ctx.addIssue({ code: 'custom', path: ['to'], message: `Look at most ${MAX_SUGGEST_DAYS} days ahead` });
  });
export type SuggestTimesInput = z.infer<typeof suggestTimesInput>;

export const suggestedSlot = z.object({ startsAt: z.string(), endsAt: z.string() });
export const suggestTimesResult = z.object({ slots: z.array(suggestedSlot) });
export type SuggestTimesResult = z.infer<typeof suggestTimesResult>;
