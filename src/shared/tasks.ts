import { z } from 'zod';
import { plainText, recordId, subjectType } from './notes.ts';

/** True when the runtime knows this IANA time zone (e.g. "America/St_Johns"). */
export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** An instant with its offset, e.g. 2026-03-08T14:30:00Z or 2026-03-08T11:00:00-03:30. */
const instant = z.iso
  .datetime({ offset: true, message: 'Use a date and time such as 2026-03-08T14:30:00Z' })
  .refine((s) => {
    const year = new Date(s).getUTCFullYear();
    return year >= 2000 && year <= 2200;
  }, 'Choose a date between the years 2000 and 2200');

const title = plainText(200, 'Keep the title under 200 characters').min(1, 'Say what needs doing');
const details = plainText(5000, 'Keep the details under 5,000 characters').default('');
const assigneeId = z.string().max(100).nullable().default(null);

export const taskSubjectRef = z.strictObject({ type: subjectType, id: recordId });

export const taskInput = z.strictObject({
  title,
  details,
  dueAt: instant,
  /** A recruiter or admin; null assigns it to whoever creates it. */
  assigneeId,
  subject: taskSubjectRef.nullable().default(null),
});
export type TaskInput = z.infer<typeof taskInput>;

/** What an edit may change; a task stays attached to what it was created about. */
export const taskUpdate = z.strictObject({ title, details, dueAt: instant, assigneeId });
export type TaskUpdate = z.infer<typeof taskUpdate>;

export const taskQuery = z.object({ subjectType, subjectId: recordId });

export const myDayQuery = z.object({
  /** The viewer's time zone, which decides where "today" ends. */
  tz: z.string().max(64).refine(isTimeZone, 'Use a time zone such as America/Toronto').default('UTC'),
});

const person = z.object({ id: z.string(), name: z.string() });

export const taskSubject = z.object({
  type: subjectType,
  id: z.number().int(),
  /** The candidate's name, the opening's title…; null when the viewer may not see it. */
  label: z.string().nullable(),
  /** Set for candidate and application tasks, so the web app can link to the person. */
  candidateId: z.number().int().nullable(),
});
export type TaskSubject = z.infer<typeof taskSubject>;

export const task = z.object({
  id: z.number().int(),
  title: z.string(),
  details: z.string(),
  dueAt: z.string(),
  assignee: person,
  createdBy: person.nullable(),
  subject: taskSubject.nullable(),
  doneAt: z.string().nullable(),
  doneBy: person.nullable(),
  createdAt: z.string(),
  /** Whether the viewer may edit, complete or reopen it (assignee, creator or admin). */
  canChange: z.boolean(),
});
export type Task = z.infer<typeof task>;

export const myDay = z.object({
  timeZone: z.string(),
  overdue: z.array(task),
  today: z.array(task),
  upcoming: z.array(task),
});
export type MyDay = z.infer<typeof myDay>;
