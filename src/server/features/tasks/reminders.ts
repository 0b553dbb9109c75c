import type { Kysely } from 'kysely';
import { z } from 'zod';
import { zonedText } from '../../../shared/zoned-time.ts';
import type { Tables } from '../../db/tables.ts';
import type { AppContext } from '../../platform/context.ts';
import type { MailMessage } from '../../platform/mail.ts';
import { enqueue } from '../../platform/outbox.ts';
import { countOutbox, reminderState } from './queries.ts';

// A reminder mail goes to a task's assignee at its due time. The outbox row carries the due
// time and assignee it was queued for; when it runs, the task is read again and the mail is
// sent only if the task is still open and still due then, to that person. So moving or
// reassigning a task silently retires its old reminder, and a finished task sends nothing.

export const REMINDER = 'task.reminder';

const reminderPayload = z.object({ taskId: z.number().int(), dueAt: z.string(), assigneeId: z.string() });
type ReminderPayload = z.infer<typeof reminderPayload>;

/** One fixed text per (task, due time, assignee), so equal reminders can be found by payload. */
const payloadText = (p: ReminderPayload) =>
  JSON.stringify({ taskId: p.taskId, dueAt: p.dueAt, assigneeId: p.assigneeId });

/**
 * Queues the reminder for a task as it now stands, in the caller's transaction. Nothing is
 * queued when the same reminder is already waiting or was sent (a task moved away and back,
 * or reopened before its due time), so a person is never reminded twice of the same thing.
 */
export async function scheduleReminder(db: Kysely<Tables>, p: ReminderPayload): Promise<void> {
  if ((await countOutbox(db, REMINDER, payloadText(p), ['pending', 'sent'])) > 0) return;
  await enqueue(db, REMINDER, JSON.parse(payloadText(p)), new Date(p.dueAt));
}

/** The due time as the mail states it; the server does not know the reader's zone, so UTC. */
const dueText = (dueAt: string) => zonedText(dueAt, 'UTC');

/** The reminder mail itself. */
export function reminderMail(
  to: { email: string; name: string },
  task: { title: string; details: string; dueAt: string },
  myDayUrl: string,
  agency: string,
): MailMessage {
  const details = task.details ? `\n\n${task.details}` : '';
  return {
    to: to.email,
    subject: `Task due: ${task.title}`,
    text: `Hello ${to.name},\n\nThis task is due now:\n\n${task.title}${details}\n\nDue: ${dueText(task.dueAt)}\n\nSee your day and mark it done:\n${myDayUrl}\n\n${agency}`,
  };
}

/** Teaches the dispatcher what a queued reminder does when its time comes. */
export function registerReminders(ctx: AppContext): void {
  ctx.dispatcher.register(REMINDER, async (raw) => {
    const parsed = reminderPayload.safeParse(raw);
    if (!parsed.success) return null;
    const p = parsed.data;
    const task = await reminderState(ctx.db, p.taskId);
    if (!task || task.done_at || task.due_at !== p.dueAt || task.assignee_id !== p.assigneeId) return null;
    // A twin row (queued before an earlier move was undone) may already have gone out.
    if ((await countOutbox(ctx.db, REMINDER, payloadText(p), ['sent'])) > 0) return null;
    return reminderMail(
      task,
      { title: task.title, details: task.details, dueAt: task.due_at },
      `${ctx.config.publicUrl}/app/my-day`,
      ctx.config.agency.name,
    );
  });
}
