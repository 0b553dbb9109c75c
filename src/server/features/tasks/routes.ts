import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import {
  myDay,
  myDayQuery,
  type Task,
  task,
  taskInput,
  taskQuery,
  taskUpdate,
} from '../../../shared/tasks.ts';
import type { Tables } from '../../db/tables.ts';
import { mustUser, requireRole, type SessionUser } from '../../platform/auth.ts';
import type { AppContext } from '../../platform/context.ts';
import { forbidden, invalid, notFound, orNotFound } from '../../platform/errors.ts';
import { idParams } from '../../platform/params.ts';
import { type Scope, scopeOf } from '../access/index.ts';
import { recordActivity } from '../activity/index.ts';
import { isStaffId } from '../candidates/index.ts';
import {
  activityTarget,
  assertChangeSubject,
  assertSeeSubject,
  canSeeSubject,
  excerpt,
  existingSubject,
  findSubjects,
  hasTimeline,
  type Subject,
  subjectKey,
} from '../notes/index.ts';
import { bucketByDay } from './buckets.ts';
import {
  findTask,
  insertTask,
  listForSubject,
  listOpenFor,
  setDone,
  type TaskRow,
  updateTask,
} from './queries.ts';
import { scheduleReminder } from './reminders.ts';

type Db = Kysely<Tables>;

const mayChange = (row: Pick<TaskRow, 'assignee' | 'createdBy'>, user: SessionUser) =>
  user.role === 'admin' || row.assignee.id === user.id || row.createdBy?.id === user.id;

/** Tasks as the viewer may read them: a subject the scope hides keeps its type but loses its name. */
async function present(db: Db, rows: TaskRow[], user: SessionUser, s: Scope): Promise<Task[]> {
  const subjects = await findSubjects(
    db,
    rows.flatMap((r) => (r.subject ? [r.subject] : [])),
  );
  return rows.map(({ subject: ref, candidateId, ...r }) => {
    const subject = ref ? subjects.get(subjectKey(ref.type, ref.id)) : undefined;
    const visible = subject !== undefined && canSeeSubject(s, subject);
    return {
      ...r,
      subject: ref
        ? {
            ...ref,
            label: visible ? subject.label : null,
            candidateId: visible ? candidateId : null,
          }
        : null,
      canChange: mayChange(r, user),
    };
  });
}

async function presentOne(db: Db, id: number, user: SessionUser, s: Scope): Promise<Task> {
  const [one] = await present(db, [orNotFound(await findTask(db, id), 'That task')], user, s);
  return orNotFound(one, 'That task');
}

/** The task, if this person may change it; 404 when they may not even know it exists. */
async function changeableTask(db: Db, req: FastifyRequest, id: number) {
  const user = await mustUser(req);
  const s = await scopeOf(db, user);
  const row = orNotFound(await findTask(db, id), 'That task');
  const subject = row.subject
    ? ((await findSubjects(db, [row.subject])).get(subjectKey(row.subject.type, row.subject.id)) ?? null)
    : null;
  if (!mayChange(row, user)) {
    if (!subject || !canSeeSubject(s, subject)) throw notFound('That task');
    throw forbidden('Only the person the task is assigned to, its creator or an admin can change it.');
  }
  return { user, s, row, subject };
}

async function checkAssignee(db: Db, assigneeId: string, me: string): Promise<void> {
  if (assigneeId !== me && !(await isStaffId(db, assigneeId)))
    throw invalid('Assign the task to a recruiter or an admin.', { assigneeId: 'Not a recruiter or admin' });
}

async function taskActivity(db: Db, subject: Subject | null, summary: string, actorId: string) {
  if (subject && hasTimeline(subject))
    await recordActivity(db, { ...activityTarget(subject), kind: 'task', summary, actorId });
}

/** Staff to-dos with due times, "My day", and reminder mails when they fall due. */
export function registerTaskRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const staff = { preHandler: requireRole('recruiter', 'admin') };
  const tags = ['tasks'];
  const db = ctx.db;

  app.get(
    '/api/v1/tasks/my-day',
    { ...staff, schema: { tags, querystring: myDayQuery, response: { 200: myDay } } },
    async (req) => {
      const user = await mustUser(req);
      const tasks = await present(db, await listOpenFor(db, user.id), user, await scopeOf(db, user));
      // The zone as the browser named it: ICU would rename some (Asia/Kolkata to Asia/Calcutta).
      const timeZone = req.query.tz;
      return { timeZone, ...bucketByDay(tasks, Temporal.Now.instant(), timeZone) };
    },
  );

  app.get(
    '/api/v1/tasks',
    { ...staff, schema: { tags, querystring: taskQuery, response: { 200: z.array(task) } } },
    async (req) => {
      const user = await mustUser(req);
      const s = await scopeOf(db, user);
      const subject = await existingSubject(db, req.query.subjectType, req.query.subjectId);
      assertSeeSubject(s, subject);
      return present(db, await listForSubject(db, subject.type, subject.id), user, s);
    },
  );

  app.post(
    '/api/v1/tasks',
    { ...staff, schema: { tags, body: taskInput, response: { 201: task } } },
    async (req, reply) => {
      const user = await mustUser(req);
      const s = await scopeOf(db, user);
      const { subject: ref, ...input } = req.body;
      const assigneeId = input.assigneeId ?? user.id;
      await checkAssignee(db, assigneeId, user.id);
      const subject = ref ? await existingSubject(db, ref.type, ref.id, 'subject.id') : null;
      if (subject) assertChangeSubject(s, subject);
      const dueAt = new Date(input.dueAt).toISOString();
      const id = await db.transaction().execute(async (tx) => {
        const created = await insertTask(tx, {
          ...input,
          dueAt,
          assigneeId,
          createdBy: user.id,
          subject: ref,
          candidateId: subject?.candidateId ?? null,
        });
        await scheduleReminder(tx, { taskId: created, dueAt, assigneeId });
        await taskActivity(tx, subject, `Task added: ${excerpt(input.title)}`, user.id);
        return created;
      });
      return reply.status(201).send(await presentOne(db, id, user, s));
    },
  );

  app.put(
    '/api/v1/tasks/:id',
    { ...staff, schema: { tags, params: idParams, body: taskUpdate, response: { 200: task } } },
    async (req) => {
      const { user, s, row } = await changeableTask(db, req, req.params.id);
      const assigneeId = req.body.assigneeId ?? row.assignee.id;
      await checkAssignee(db, assigneeId, user.id);
      const dueAt = new Date(req.body.dueAt).toISOString();
      await db.transaction().execute(async (tx) => {
        await updateTask(tx, row.id, { ...req.body, dueAt, assigneeId });
        if (!row.doneAt && (dueAt !== row.dueAt || assigneeId !== row.assignee.id))
          await scheduleReminder(tx, { taskId: row.id, dueAt, assigneeId });
      });
      return presentOne(db, row.id, user, s);
    },
  );

  app.post(
    '/api/v1/tasks/:id/complete',
    { ...staff, schema: { tags, params: idParams, response: { 200: task } } },
    async (req) => {
      const { user, s, row, subject } = await changeableTask(db, req, req.params.id);
      if (!row.doneAt)
        await db.transaction().execute(async (tx) => {
          await setDone(tx, row.id, user.id);
          await taskActivity(tx, subject, `Task done: ${excerpt(row.title)}`, user.id);
        });
      return presentOne(db, row.id, user, s);
    },
  );

  app.post(
    '/api/v1/tasks/:id/reopen',
    { ...staff, schema: { tags, params: idParams, response: { 200: task } } },
    async (req) => {
      const { user, s, row, subject } = await changeableTask(db, req, req.params.id);
      if (row.doneAt)
        await db.transaction().execute(async (tx) => {
          await setDone(tx, row.id, null);
          await taskActivity(tx, subject, `Task reopened: ${excerpt(row.title)}`, user.id);
          // Its reminder may have been skipped while it was done; this one goes out if still due.
          await scheduleReminder(tx, { taskId: row.id, dueAt: row.dueAt, assigneeId: row.assignee.id });
        });
      return presentOne(db, row.id, user, s);
    },
  );
}
