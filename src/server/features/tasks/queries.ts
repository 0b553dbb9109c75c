import { type Kysely, sql } from 'kysely';
import type { SubjectType } from '../../../shared/notes.ts';
import type { TaskUpdate } from '../../../shared/tasks.ts';
import { iso, type Tables } from '../../db/tables.ts';

type Person = { id: string; name: string };

export interface TaskRow {
  id: number;
  title: string;
  details: string;
  dueAt: string;
  assignee: Person;
  createdBy: Person | null;
  subject: { type: SubjectType; id: number } | null;
  candidateId: number | null;
  doneAt: string | null;
  doneBy: Person | null;
  createdAt: string;
}

function selectTasks(db: Kysely<Tables>) {
  return db
    .selectFrom('task as t')
    .innerJoin('user as a', 'a.id', 't.assignee_id')
    .leftJoin('user as c', 'c.id', 't.created_by')
    .leftJoin('user as d', 'd.id', 't.done_by')
    .select([
      't.id',
      't.title',
      't.details',
      't.due_at',
      't.assignee_id',
      'a.name as assignee_name',
      't.created_by',
      'c.name as creator_name',
      't.subject_type',
      't.subject_id',
      't.candidate_id',
      't.done_at',
      't.done_by',
      'd.name as done_by_name',
      't.created_at',
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof selectTasks>['executeTakeFirstOrThrow']>>;

const person = (id: string | null, name: string | null): Person | null =>
  id ? { id, name: name ?? '' } : null;

function toTask(r: Row): TaskRow {
  return {
    id: r.id,
    title: r.title,
    details: r.details,
    dueAt: iso(r.due_at),
    assignee: { id: r.assignee_id, name: r.assignee_name },
    createdBy: person(r.created_by, r.creator_name),
    subject:
      r.subject_type && r.subject_id !== null
        ? { type: r.subject_type as SubjectType, id: r.subject_id }
        : null,
    candidateId: r.candidate_id,
    doneAt: iso(r.done_at),
    doneBy: person(r.done_by, r.done_by_name),
    createdAt: iso(r.created_at),
  };
}

export async function findTask(db: Kysely<Tables>, id: number): Promise<TaskRow | null> {
  const r = await selectTasks(db).where('t.id', '=', id).executeTakeFirst();
  return r ? toTask(r) : null;
}

/** A subject's tasks: open ones by due time, then done ones, most recently done first. */
export async function listForSubject(db: Kysely<Tables>, type: SubjectType, id: number): Promise<TaskRow[]> {
  const rows = await selectTasks(db)
    .where('t.subject_type', '=', type)
    .where('t.subject_id', '=', id)
    .orderBy('t.due_at')
    .orderBy('t.id')
    .limit(500)
    .execute();
  const tasks = rows.map(toTask);
  return [
    ...tasks.filter((t) => !t.doneAt),
    ...tasks.filter((t) => t.doneAt).sort((a, b) => (b.doneAt ?? '').localeCompare(a.doneAt ?? '')),
  ];
}

/** Someone's open tasks, soonest first; the cap keeps a neglected list from growing the page. */
export async function listOpenFor(db: Kysely<Tables>, assigneeId: string, limit = 500): Promise<TaskRow[]> {
  const rows = await selectTasks(db)
    .where('t.assignee_id', '=', assigneeId)
    .where('t.done_at', 'is', null)
    .orderBy('t.due_at')
    .orderBy('t.id')
    .limit(limit)
    .execute();
  return rows.map(toTask);
}

export async function insertTask(
  db: Kysely<Tables>,
  t: {
    title: string;
    details: string;
    dueAt: string;
    assigneeId: string;
    createdBy: string;
    subject: { type: SubjectType; id: number } | null;
    candidateId: number | null;
  },
): Promise<number> {
  const row = await db
    .insertInto('task')
    .values({
      title: t.title,
      details: t.details,
      due_at: t.dueAt,
      assignee_id: t.assigneeId,
      created_by: t.createdBy,
      subject_type: t.subject?.type ?? null,
      subject_id: t.subject?.id ?? null,
      candidate_id: t.candidateId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateTask(
  db: Kysely<Tables>,
  id: number,
  t: Omit<TaskUpdate, 'assigneeId'> & { assigneeId: string },
): Promise<void> {
  await db
    .updateTable('task')
    .set({
      title: t.title,
      details: t.details,
      due_at: t.dueAt,
      assignee_id: t.assigneeId,
      updated_at: new Date().toISOString(),
    })
    .where('id', '=', id)
    .execute();
}

/** Marks a task done by someone, or open again (by = null). */
export async function setDone(db: Kysely<Tables>, id: number, by: string | null): Promise<void> {
  const at = new Date().toISOString();
  await db
    .updateTable('task')
    .set({ done_at: by ? at : null, done_by: by, updated_at: at })
    .where('id', '=', id)
    .execute();
}

/** What a reminder needs: the task's current state and where its assignee reads mail. */
export async function reminderState(db: Kysely<Tables>, taskId: number) {
  const r = await db
    .selectFrom('task as t')
    .innerJoin('user as u', 'u.id', 't.assignee_id')
    .select(['t.title', 't.details', 't.due_at', 't.done_at', 't.assignee_id', 'u.email', 'u.name'])
    .where('t.id', '=', taskId)
    .executeTakeFirst();
  return r ? { ...r, due_at: iso(r.due_at), done_at: iso(r.done_at) } : null;
}

/** Outbox rows of a kind with exactly this payload, in the given states. */
export async function countOutbox(
  db: Kysely<Tables>,
  kind: string,
  payload: string,
  statuses: string[],
): Promise<number> {
  const { n } = await db
    .selectFrom('outbox')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    // A literal kind, so both databases use the partial index outbox_reminder_idx (012).
    .where(sql<boolean>`kind = ${sql.lit(kind)}`)
    .where('payload', '=', payload)
    .where('status', 'in', statuses)
    .executeTakeFirstOrThrow();
  return Number(n);
}
