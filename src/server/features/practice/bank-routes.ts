import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { questionInput, questionOut, questionPage, questionQuery } from '../../../shared/practice-api.ts';
import { mustUser, requireRole } from '../../platform/auth.ts';
import type { AppContext } from '../../platform/context.ts';
import { invalid, orNotFound } from '../../platform/errors.ts';
import { idParams } from '../../platform/params.ts';
import {
  findQuestion,
  insertQuestion,
  searchQuestions,
  setRetired,
  updateQuestion,
  type Viewer,
} from './bank-queries.ts';

// The question bank over HTTP: everyone signed in searches it; staff add, edit, retire and
// restore questions, including ones specific to a client company.

export function registerQuestionBank(fastify: FastifyInstance, ctx: AppContext): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const signedIn = { preHandler: requireRole('candidate', 'recruiter', 'admin') };
  const staff = { preHandler: requireRole('recruiter', 'admin') };
  const tags = ['practice'];
  const db = ctx.db;

  const viewerOf = async (req: Parameters<typeof mustUser>[0]): Promise<Viewer> => {
    const user = await mustUser(req);
    return { userId: user.id, staff: user.role === 'recruiter' || user.role === 'admin' };
  };

  const checkCompany = async (companyId: number | null) => {
    if (companyId === null) return;
    const found = await db.selectFrom('company').select('id').where('id', '=', companyId).executeTakeFirst();
    if (!found) throw invalid('That company does not exist.', { companyId: 'Choose a client company' });
  };

  app.get(
    '/api/v1/questions',
    { ...signedIn, schema: { tags, querystring: questionQuery, response: { 200: questionPage } } },
    async (req) => searchQuestions(db, ctx.dialect, req.query, await viewerOf(req)),
  );

  app.get(
    '/api/v1/questions/:id',
    { ...signedIn, schema: { tags, params: idParams, response: { 200: questionOut } } },
    async (req) => orNotFound(await findQuestion(db, req.params.id, await viewerOf(req)), 'That question'),
  );

  app.post(
    '/api/v1/questions',
    { ...staff, schema: { tags, body: questionInput, response: { 201: questionOut } } },
    async (req, reply) => {
      const viewer = await viewerOf(req);
      await checkCompany(req.body.companyId);
      const id = await insertQuestion(db, req.body, viewer.userId);
      return reply.status(201).send(orNotFound(await findQuestion(db, id, viewer), 'That question'));
    },
  );

  app.put(
    '/api/v1/questions/:id',
    { ...staff, schema: { tags, params: idParams, body: questionInput, response: { 200: questionOut } } },
    async (req) => {
      const viewer = await viewerOf(req);
      orNotFound(await findQuestion(db, req.params.id, viewer), 'That question');
      await checkCompany(req.body.companyId);
      await updateQuestion(db, req.params.id, req.body);
      return orNotFound(await findQuestion(db, req.params.id, viewer), 'That question');
    },
  );

  for (const [action, retired] of [
    ['retire', true],
    ['restore', false],
  ] as const)
    app.post(
      `/api/v1/questions/:id/${action}`,
      { ...staff, schema: { tags, params: idParams, response: { 200: questionOut } } },
      async (req) => {
        const viewer = await viewerOf(req);
        orNotFound(await findQuestion(db, req.params.id, viewer), 'That question');
        await setRetired(db, req.params.id, retired);
        return orNotFound(await findQuestion(db, req.params.id, viewer), 'That question');
      },
    );
}
