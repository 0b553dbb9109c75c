import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type StoryInput, storyInput, storyOut, storyQuery } from '../../../shared/stories.ts';
import { mustUser, requireRole } from '../../platform/auth.ts';
import type { AppContext } from '../../platform/context.ts';
import { invalid, notFound, orNotFound } from '../../platform/errors.ts';
import { idParams } from '../../platform/params.ts';
import { findQuestion } from './bank-queries.ts';
import {
  createStory,
  deleteStory,
  findStory,
  listStories,
  unlinkableQuestions,
  updateStory,
} from './stories.ts';

// The story bank over HTTP, for the signed-in job seeker only: another person's story is a 404,
// and a story links only to questions the seeker can see in the bank.

export function registerStories(fastify: FastifyInstance, ctx: AppContext): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const candidate = { preHandler: requireRole('candidate') };
  const tags = ['practice'];
  const db = ctx.db;

  const checkLinks = async (input: StoryInput) => {
    const missing = await unlinkableQuestions(db, input.questionIds);
    if (missing.length)
      throw invalid('Some linked questions are not in the bank.', {
        questionIds: `Not in the question bank: ${missing.map((id) => `#${id}`).join(', ')}`,
      });
  };

  app.get(
    '/api/v1/me/stories',
    { ...candidate, schema: { tags, querystring: storyQuery, response: { 200: z.array(storyOut) } } },
    async (req) => {
      const user = await mustUser(req);
      const { questionId } = req.query;
      if (questionId !== undefined)
        orNotFound(await findQuestion(db, questionId, { userId: user.id, staff: false }), 'That question');
      return listStories(db, user.id, questionId);
    },
  );

  app.post(
    '/api/v1/me/stories',
    { ...candidate, schema: { tags, body: storyInput, response: { 201: storyOut } } },
    async (req, reply) => {
      const user = await mustUser(req);
      await checkLinks(req.body);
      const id = await createStory(db, user.id, req.body);
      return reply.status(201).send(orNotFound(await findStory(db, user.id, id), 'That story'));
    },
  );

  app.put(
    '/api/v1/me/stories/:id',
    { ...candidate, schema: { tags, params: idParams, body: storyInput, response: { 200: storyOut } } },
    async (req) => {
      const user = await mustUser(req);
      // Ownership first, so another person's id is a 404 whatever the body says.
      orNotFound(await findStory(db, user.id, req.params.id), 'That story');
      await checkLinks(req.body);
      if (!(await updateStory(db, user.id, req.params.id, req.body))) throw notFound('That story');
      return orNotFound(await findStory(db, user.id, req.params.id), 'That story');
    },
  );

  app.delete(
    '/api/v1/me/stories/:id',
    { ...candidate, schema: { tags, params: idParams } },
    async (req, reply) => {
      const user = await mustUser(req);
      if (!(await deleteStory(db, user.id, req.params.id))) throw notFound('That story');
      return reply.status(204).send();
    },
  );
}
