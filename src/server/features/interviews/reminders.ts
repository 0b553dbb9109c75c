import type { Kysely } from 'kysely';
import { z } from 'zod';
import { DEFAULT_REMINDER_HOURS } from '../../../shared/interview-api.ts';
import { zonedText } from '../../../shared/zoned-time.ts';
import { iso, type Tables } from '../../db/tables.ts';
import type { AppContext } from '../../platform/context.ts';
import type { MailMessage } from '../../platform/mail.ts';
import { enqueue } from '../../platform/outbox.ts';
import { getSetting } from '../access/settings.ts';
import { countOutbox } from '../tasks/queries.ts';
import type { InterviewFacts } from './notify.ts';

// Interview reminders: one outbox row per recipient and offset, queued when a time is booked
// or moved. The row carries the start time it was queued for; when it runs, the booking is
// read again and the mail goes out only if it is still booked, the interview still on, and its
// slot still starts then. So a moved or cancelled interview's old reminders retire silently.
// Each row is claimed by one dispatcher (SKIP LOCKED on PostgreSQL), so each is sent once.

export const INTERVIEW_REMINDER = 'interview.reminder';
/** A day before, the recruiter hears of a booking the candidate has not confirmed. */
export const UNCONFIRMED_FLAG = 'interview.unconfirmed';
const FLAG_HOURS_BEFORE = 24;

const payloadSchema = z.object({
  interviewId: z.number().int(),
  /** The candidate's booking; null for an interviewer, who is reminded while anyone is booked then. */
  bookingId: z.number().int().nullable(),
  startsAt: z.string(),
  offsetHours: z.number(),
  role: z.enum(['candidate', 'interviewer']),
  email: z.string(),
  name: z.string(),
});
export type InterviewReminderPayload = z.infer<typeof payloadSchema>;

/** One fixed text per reminder, so an equal one already queued or sent is found by payload. */
const payloadText = (p: InterviewReminderPayload) =>
  JSON.stringify({
    interviewId: p.interviewId,
    bookingId: p.bookingId,
    startsAt: p.startsAt,
    offsetHours: p.offsetHours,
    role: p.role,
    email: p.email,
    name: p.name,
  });

/** Pure: the reminders due for the booked candidates and the interviewers, future ones only. */
export function reminderPayloads(
  f: InterviewFacts,
  now: Date,
  hours: number[] = DEFAULT_REMINDER_HOURS,
): { payload: InterviewReminderPayload; runAfter: Date }[] {
  const out: { payload: InterviewReminderPayload; runAfter: Date }[] = [];
  const times = new Set<string>();
  for (const c of f.candidates) {
    const rows: Omit<InterviewReminderPayload, 'offsetHours' | 'startsAt' | 'interviewId'>[] = [];
    if (c.email) rows.push({ role: 'candidate', bookingId: c.bookingId, email: c.email, name: c.name });
    // Interviewers once per time however many candidates share it (dedup by payload too).
    if (!times.has(c.startsAt))
      for (const p of f.interviewers)
        if (p.email) rows.push({ role: 'interviewer', bookingId: null, email: p.email, name: p.name });
    times.add(c.startsAt);
    for (const offsetHours of hours) {
      const runAfter = new Date(Date.parse(c.startsAt) - offsetHours * 3_600_000);
      if (runAfter.getTime() <= now.getTime()) continue;
      for (const r of rows)
        out.push({ payload: { interviewId: f.id, startsAt: c.startsAt, offsetHours, ...r }, runAfter });
    }
  }
  return out;
}

const flagSchema = z.object({
  interviewId: z.number().int(),
  bookingId: z.number().int(),
  startsAt: z.string(),
  candidateName: z.string(),
  email: z.string(),
  name: z.string(),
});
type FlagPayload = z.infer<typeof flagSchema>;
const flagText = (p: FlagPayload) =>
  JSON.stringify({
    interviewId: p.interviewId,
    bookingId: p.bookingId,
    startsAt: p.startsAt,
    candidateName: p.candidateName,
    email: p.email,
    name: p.name,
  });

/** Pure: a flag to the recruiter a day before each candidate's time, when that is still ahead. */
export function unconfirmedFlags(f: InterviewFacts, now: Date): { payload: FlagPayload; runAfter: Date }[] {
  const recruiter = f.recruiter;
  if (!recruiter?.email) return [];
  return f.candidates.flatMap((c) => {
    const runAfter = new Date(Date.parse(c.startsAt) - FLAG_HOURS_BEFORE * 3_600_000);
    if (runAfter.getTime() <= now.getTime()) return [];
    const payload = {
      interviewId: f.id,
      bookingId: c.bookingId,
      startsAt: c.startsAt,
      candidateName: c.name,
      email: recruiter.email,
      name: recruiter.name,
    };
    return [{ payload, runAfter }];
  });
}

/**
 * Queues the reminders (at the agency's configured hours) and the recruiter's unconfirmed flags
 * in the caller's transaction, skipping any already queued or sent.
 */
export async function scheduleInterviewReminders(tx: Kysely<Tables>, f: InterviewFacts): Promise<void> {
  const now = new Date();
  const hours = await getSetting(tx, 'interviewReminderHours');
  const queue = async (kind: string, text: string, runAfter: Date) => {
    if ((await countOutbox(tx, kind, text, ['pending', 'sent'])) > 0) return;
    await enqueue(tx, kind, JSON.parse(text), runAfter);
  };
  for (const r of reminderPayloads(f, now, hours))
    await queue(INTERVIEW_REMINDER, payloadText(r.payload), r.runAfter);
  for (const r of unconfirmedFlags(f, now)) await queue(UNCONFIRMED_FLAG, flagText(r.payload), r.runAfter);
}

/** Whether the reminder still applies: the interview on, and the booking (or, for an interviewer, anyone) booked at that time. */
async function stillDue(db: Kysely<Tables>, p: InterviewReminderPayload) {
  let q = db
    .selectFrom('interview_booking as b')
    .innerJoin('interview as i', 'i.id', 'b.interview_id')
    .innerJoin('interview_slot as s', 's.id', 'b.slot_id')
    .select(['i.zone', 'i.instructions', 's.starts_at'])
    .where('i.id', '=', p.interviewId)
    .where('i.state', '!=', 'cancelled')
    .where('b.state', '=', 'booked');
  if (p.bookingId !== null) q = q.where('b.id', '=', p.bookingId);
  const rows = await q.execute();
  return rows.find((r) => iso(r.starts_at) === p.startsAt);
}

export function reminderMail(
  p: InterviewReminderPayload,
  zone: string,
  instructions: string,
  agency: string,
): MailMessage {
  const when = zonedText(p.startsAt, zone);
  const lead = p.offsetHours >= 24 ? `${Math.round(p.offsetHours / 24)} days` : `${p.offsetHours} hours`;
  return {
    to: p.email,
    subject: `Reminder: interview ${when}`,
    text: `Hello ${p.name},\n\nA reminder: your interview is in about ${lead}, ${when}.\n\n${instructions}\n\n${agency}`,
  };
}

/** Teaches the dispatcher what a queued interview reminder does when its time comes. */
export function registerInterviewReminders(ctx: AppContext): void {
  ctx.dispatcher.register(INTERVIEW_REMINDER, async (raw) => {
    const parsed = payloadSchema.safeParse(raw);
    if (!parsed.success) return null;
    const p = parsed.data;
    const now = await stillDue(ctx.db, p);
    if (!now) return null;
    // A twin row (the time moved away and back) may already have gone out.
    if ((await countOutbox(ctx.db, INTERVIEW_REMINDER, payloadText(p), ['sent'])) > 0) return null;
    return reminderMail(p, now.zone, now.instructions ?? '', ctx.config.agency.name);
  });

  ctx.dispatcher.register(UNCONFIRMED_FLAG, async (raw) => {
    const parsed = flagSchema.safeParse(raw);
    if (!parsed.success) return null;
    const p = parsed.data;
    const booking = await ctx.db
      .selectFrom('interview_booking as b')
      .innerJoin('interview as i', 'i.id', 'b.interview_id')
      .innerJoin('interview_slot as s', 's.id', 'b.slot_id')
      .innerJoin('application as a', 'a.id', 'i.application_id')
      .innerJoin('opening as o', 'o.id', 'a.opening_id')
      .select(['i.zone', 's.starts_at', 'b.confirmed_at', 'o.title'])
      .where('b.id', '=', p.bookingId)
      .where('b.state', '=', 'booked')
      .where('i.state', '=', 'scheduled')
      .executeTakeFirst();
    // Confirmed, cancelled or moved since: nothing to flag (a move queued its own flag).
    if (!booking || booking.confirmed_at !== null || iso(booking.starts_at) !== p.startsAt) return null;
    if ((await countOutbox(ctx.db, UNCONFIRMED_FLAG, flagText(p), ['sent'])) > 0) return null;
    return {
      to: p.email,
      subject: `Not confirmed yet: ${p.candidateName}'s interview tomorrow`,
      text: `Hello ${p.name},\n\n${p.candidateName} has not confirmed their interview for ${booking.title} on ${zonedText(p.startsAt, booking.zone)}. A call today may save it.\n\n${ctx.config.agency.name}`,
    };
  });
}
