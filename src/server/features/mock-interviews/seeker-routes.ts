import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { mockInterviewItem, seekerMockInterview } from '../../../shared/mock-interviews.ts';
import { mustUser, requireRole } from '../../platform/auth.ts';
import type { AppContext } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { idParams } from '../../platform/params.ts';
import { findMockInterview, listMockInterviews } from './queries.ts';
import { summarizeRubric } from './rubric.ts';

// A job seeker reads the mock interviews their recruiter shared, on the candidate records linked
// to their portal account. Unshared ones and other people's answer 404, so ids reveal nothing;
// the interviewer appears by name only.

export function registerSeekerMockInterviews(fastify: FastifyInstance, ctx: AppContext): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const seeker = { preHandler: requireRole('candidate') };
  const tags = ['mock interviews'];
  const db = ctx.db;

  app.get(
    '/api/v1/me/mock-interviews',
    { ...seeker, schema: { tags, response: { 200: z.array(mockInterviewItem) } } },
    async (req) => listMockInterviews(db, { seekerUserId: (await mustUser(req)).id }),
  );

  app.get(
    '/api/v1/me/mock-interviews/:id',
    { ...seeker, schema: { tags, params: idParams, response: { 200: seekerMockInterview } } },
    async (req) => {
      const user = await mustUser(req);
      const m = await findMockInterview(db, req.params.id);
      if (!m || m.sharedAt === null || m.candidate.userId !== user.id) throw notFound('That mock interview');
      return {
        id: m.id,
        title: m.title,
        heldAt: m.heldAt,
        interviewerName: m.interviewer?.name ?? null,
        feedback: m.feedback,
        sharedAt: m.sharedAt,
        answers: m.answers,
        rubric: summarizeRubric(m.answers.map((a) => a.scores)),
      };
    },
  );
}
