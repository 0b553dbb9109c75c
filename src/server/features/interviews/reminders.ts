import type { Kysely } from 'kysely';
import { z } from 'zod';
import { iso, type Tables } from '../../db/tables.ts';
import type { AppContext } from '../../platform/context.ts';
import type { MailMessage } from '../../platform/mail.ts';
import { enqueue } from '../../platform/outbox.ts';
import { countOutbox } from '../tasks/queries.ts';
import type { InterviewFacts } from './notify.ts';
import { zonedText } from './notify.ts';

// Interview reminders: one outbox row per recipient and offset, queued when a time is booked
// or moved. The row carries the start time it was queued for; when it runs, the booking is
// read again and the mail goes out only if it is still booked, the interview still on, and its
// slot still starts then. So a moved or cancelled interview's old reminders retire silently.
// Each row is claimed by one dispatcher (SKIP LOCKED on PostgreSQL), so each is sent once.

export const INTERVIEW_REMINDER = 'interview.reminder';

/** Hours before the start; the agency's defaults (2 days and 2 hours). */
export const REMINDER_HOURS = [48, 2];

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
  hours: number[] = REMINDER_HOURS,
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

/** Queues the reminders in the caller's transaction, skipping any already queued or sent. */
export async function scheduleInterviewReminders(tx: Kysely<Tables>, f: InterviewFacts): Promise<void> {
  for (const r of reminderPayloads(f, new Date())) {
    const text = payloadText(r.payload);
    if ((await countOutbox(tx, INTERVIEW_REMINDER, text, ['pending', 'sent'])) > 0) continue;
    await enqueue(tx, INTERVIEW_REMINDER, JSON.parse(text), r.runAfter);
  }
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
}
