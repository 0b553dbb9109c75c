import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { wordCount } from '../../../shared/practice.ts';
import {
  attemptListItem,
  feedbackInput,
  saveInput,
  staffSubmission,
  staffSubmissionItem,
  startInput,
  writingAttempt,
  writingPromptSummary,
} from '../../../shared/writing.ts';
import { mustUser, requireRole } from '../../platform/auth.ts';
import type { AppContext } from '../../platform/context.ts';
import { notFound, orNotFound } from '../../platform/errors.ts';
import { enqueueMail } from '../../platform/outbox.ts';
import { idParams } from '../../platform/params.ts';
import { assertCanSee, hidesOthers, scopeOf } from '../access/index.ts';
import { WRITING_PROMPTS } from '../practice/content/index.ts';
import {
  findAnyAttempt,
  findAttempt,
  listAttempts,
  listSubmissions,
  present,
  promptOf,
  saveAttempt,
  startAttempt,
  writerOf,
} from './queries.ts';

// Timed writing tests: job seekers take them; staff read what was handed in and give feedback,
// which the writer reads (and is emailed about). A running test is its writer's alone.

export function registerWriting(fastify: FastifyInstance, ctx: AppContext): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const signedIn = { preHandler: requireRole('candidate', 'recruiter', 'admin') };
  const candidate = { preHandler: requireRole('candidate') };
  const staff = { preHandler: requireRole('recruiter', 'admin') };
  const tags = ['practice'];
  const db = ctx.db;

  app.get(
    '/api/v1/writing/prompts',
    { ...signedIn, schema: { tags, response: { 200: z.array(writingPromptSummary) } } },
    async () =>
      WRITING_PROMPTS.map((p) => ({
        key: p.key,
        kind: p.kind,
        title: p.title,
        field: p.field,
        minutes: p.minutes,
        words: p.words,
      })),
  );

  const mine = async (userId: string, id: number) =>
    present(orNotFound(await findAttempt(db, userId, id), 'That writing test'));

  app.get(
    '/api/v1/me/writing',
    { ...candidate, schema: { tags, response: { 200: z.array(attemptListItem) } } },
    async (req) => {
      const rows = await listAttempts(db, (await mustUser(req)).id);
      return rows.map((r) => {
        const a = present(r);
        return {
          id: a.id,
          title: a.prompt.title,
          kind: a.prompt.kind,
          state: a.state,
          startedAt: a.startedAt,
          submittedAt: a.submittedAt,
          words: a.words,
          hasFeedback: a.feedback !== '',
        };
      });
    },
  );

  app.post(
    '/api/v1/me/writing',
    { ...candidate, schema: { tags, body: startInput, response: { 201: writingAttempt } } },
    async (req, reply) => {
      const user = await mustUser(req);
      const id = await startAttempt(db, user.id, req.body.promptKey);
      return reply.status(201).send(await mine(user.id, id));
    },
  );

  app.get(
    '/api/v1/me/writing/:id',
    { ...candidate, schema: { tags, params: idParams, response: { 200: writingAttempt } } },
    async (req) => mine((await mustUser(req)).id, req.params.id),
  );

  app.put(
    '/api/v1/me/writing/:id',
    { ...candidate, schema: { tags, params: idParams, body: saveInput, response: { 200: writingAttempt } } },
    async (req) => {
      const user = await mustUser(req);
      await saveAttempt(db, user.id, req.params.id, req.body.body, false);
      return mine(user.id, req.params.id);
    },
  );

  app.post(
    '/api/v1/me/writing/:id/submit',
    { ...candidate, schema: { tags, params: idParams, body: saveInput, response: { 200: writingAttempt } } },
    async (req) => {
      const user = await mustUser(req);
      await saveAttempt(db, user.id, req.params.id, req.body.body, true);
      return mine(user.id, req.params.id);
    },
  );

  // ---- staff ------------------------------------------------------------------------------

  app.get(
    '/api/v1/writing/submissions',
    { ...staff, schema: { tags, response: { 200: z.array(staffSubmissionItem) } } },
    async (req) => {
      const s = await scopeOf(db, await mustUser(req));
      const rows = await listSubmissions(db);
      return rows
        .filter((r) => !hidesOthers(s) || r.owner_id === s.userId)
        .map((r) => {
          const p = promptOf(r.prompt_key);
          return {
            id: r.id,
            title: p?.title ?? 'A writing test that is no longer offered',
            kind: p?.kind ?? 'field-task',
            state: 'submitted' as const,
            startedAt: new Date(r.started_at).toISOString(),
            submittedAt: r.submitted_at ? new Date(r.submitted_at).toISOString() : null,
            words: wordCount(r.body),
            hasFeedback: r.feedback !== '',
            writer: r.writer,
            candidate: r.candidate_id ? { id: r.candidate_id, name: r.candidate_name ?? r.writer } : null,
          };
        });
    },
  );

  /** A handed-in attempt the staff member may see; a running one is the writer's alone. */
  const submission = async (req: Parameters<typeof mustUser>[0], id: number) => {
    const s = await scopeOf(db, await mustUser(req));
    const row = await findAnyAttempt(db, id);
    if (!row || row.submitted_at === null) throw notFound('That submission');
    const writer = await writerOf(db, row.user_id);
    assertCanSee(s, [writer?.owner_id ?? null], 'That submission');
    return { row, writer };
  };

  app.get(
    '/api/v1/writing/submissions/:id',
    { ...staff, schema: { tags, params: idParams, response: { 200: staffSubmission } } },
    async (req) => {
      const { row, writer } = await submission(req, req.params.id);
      return {
        ...present(row),
        writer: writer?.name ?? '',
        candidate: writer?.candidate_id
          ? { id: writer.candidate_id, name: writer.candidate_name ?? '' }
          : null,
      };
    },
  );

  app.put(
    '/api/v1/writing/submissions/:id/feedback',
    { ...staff, schema: { tags, params: idParams, body: feedbackInput, response: { 200: staffSubmission } } },
    async (req) => {
      const user = await mustUser(req);
      const { row, writer } = await submission(req, req.params.id);
      const now = new Date().toISOString();
      await db.transaction().execute(async (tx) => {
        await tx
          .updateTable('writing_attempt')
          .set({ feedback: req.body.feedback, feedback_by: user.id, feedback_at: now })
          .where('id', '=', row.id)
          .execute();
        if (writer?.email)
          await enqueueMail(tx, {
            to: writer.email,
            subject: `Feedback on your writing test: ${promptOf(row.prompt_key)?.title ?? 'writing test'}`,
            text: `Hello ${writer.name},\n\n${user.name} has read your writing test and left feedback:\n\n${req.body.feedback}\n\nRead it with your text:\n${ctx.config.publicUrl}/app/practice/writing/${row.id}\n\n${ctx.config.agency.name}`,
          });
      });
      const fresh = orNotFound(await findAnyAttempt(db, row.id), 'That submission');
      return {
        ...present(fresh),
        writer: writer?.name ?? '',
        candidate: writer?.candidate_id
          ? { id: writer.candidate_id, name: writer.candidate_name ?? '' }
          : null,
      };
    },
  );
}
