import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { answerInput, answerListItem, answerOut } from '../../../shared/practice-api.ts';
import { mustUser, requireRole } from '../../platform/auth.ts';
import type { AppContext } from '../../platform/context.ts';
import { notFound, orNotFound } from '../../platform/errors.ts';
import { idParams } from '../../platform/params.ts';
import { assertCanSee, scopeOf } from '../access/index.ts';
import { findAnswer, listAnswers, saveAnswer } from './answers.ts';
import { findQuestion } from './bank-queries.ts';

// Prepared answers: each seeker's own, never another's. Staff read only the answers a seeker
// chose to share, on that person's candidate record.

const questionParams = z.object({
  questionId: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 31 - 1),
});

export function registerAnswers(fastify: FastifyInstance, ctx: AppContext): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const candidate = { preHandler: requireRole('candidate') };
  const staff = { preHandler: requireRole('recruiter', 'admin') };
  const tags = ['practice'];
  const db = ctx.db;

  app.get(
    '/api/v1/me/answers',
    { ...candidate, schema: { tags, response: { 200: z.array(answerListItem) } } },
    async (req) => listAnswers(db, (await mustUser(req)).id),
  );

  app.get(
    '/api/v1/me/answers/:questionId',
    { ...candidate, schema: { tags, params: questionParams, response: { 200: answerOut } } },
    async (req) =>
      orNotFound(await findAnswer(db, (await mustUser(req)).id, req.params.questionId), 'Your answer'),
  );

  app.put(
    '/api/v1/me/answers/:questionId',
    {
      ...candidate,
      schema: { tags, params: questionParams, body: answerInput, response: { 200: answerOut } },
    },
    async (req) => {
      const user = await mustUser(req);
      orNotFound(
        await findQuestion(db, req.params.questionId, { userId: user.id, staff: false }),
        'That question',
      );
      await saveAnswer(db, user.id, req.params.questionId, req.body);
      return orNotFound(await findAnswer(db, user.id, req.params.questionId), 'Your answer');
    },
  );

  app.get(
    '/api/v1/candidates/:id/answers',
    { ...staff, schema: { tags, params: idParams, response: { 200: z.array(answerListItem) } } },
    async (req) => {
      const user = await mustUser(req);
      const c = await db
        .selectFrom('candidate')
        .select(['owner_id', 'user_id'])
        .where('id', '=', req.params.id)
        .executeTakeFirst();
      if (!c) throw notFound('That candidate');
      assertCanSee(await scopeOf(db, user), [c.owner_id], 'That candidate');
      return c.user_id ? listAnswers(db, c.user_id, true) : [];
    },
  );
}
