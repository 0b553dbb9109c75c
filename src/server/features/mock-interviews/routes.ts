import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import {
  answerParams,
  answerScoreInput,
  feedbackInput,
  mockInterviewInput,
  mockInterviewItem,
  mockInterviewOut,
} from '../../../shared/mock-interviews.ts';
import type { Tables } from '../../db/tables.ts';
import { mustUser, requireRole } from '../../platform/auth.ts';
import type { AppContext } from '../../platform/context.ts';
import { conflict, invalid, notFound, orNotFound } from '../../platform/errors.ts';
import { idParams } from '../../platform/params.ts';
import { assertCanChange, assertCanSee, canChange, type Scope, scopeOf } from '../access/index.ts';
import { recordActivity } from '../activity/index.ts';
import {
  findCandidate,
  findMockInterview,
  insertMockInterview,
  listMockInterviews,
  type MockInterview,
  markShared,
  saveFeedback,
  scoreAnswer,
  usableQuestionIds,
} from './queries.ts';
import { isScored, summarizeRubric } from './rubric.ts';
import { registerSeekerMockInterviews } from './seeker-routes.ts';

// Staff run mock interviews on a candidate record. Access follows the candidate's owner, as for
// every other record: hidden under own-only, read-only under own-read-only.

type Db = Kysely<Tables>;
const THE_CANDIDATE = 'That candidate';
const THE_MOCK = 'That mock interview';

const present = (m: MockInterview, s: Scope) => ({
  id: m.id,
  candidate: { id: m.candidate.id, name: m.candidate.name },
  title: m.title,
  heldAt: m.heldAt,
  interviewer: m.interviewer,
  feedback: m.feedback,
  sharedAt: m.sharedAt,
  canChange: canChange(s, [m.candidate.ownerId]) && m.sharedAt === null,
  answers: m.answers,
  rubric: summarizeRubric(m.answers.map((a) => a.scores)),
});

/** The mock interview and the caller's scope, after the candidate's access rule. */
async function visible(db: Db, req: FastifyRequest, id: number, change: boolean) {
  const s = await scopeOf(db, await mustUser(req));
  const m = orNotFound(await findMockInterview(db, id), THE_MOCK);
  (change ? assertCanChange : assertCanSee)(s, [m.candidate.ownerId], THE_MOCK);
  return { s, m };
}

/** Shared feedback is what the candidate keeps, so it no longer changes under them. */
function assertOpen(m: MockInterview) {
  if (m.sharedAt !== null)
    throw conflict(
      'already_shared',
      'This mock interview is shared with the candidate and can no longer change.',
    );
}

async function checkQuestions(db: Db, ids: readonly number[]) {
  const usable = await usableQuestionIds(db, ids);
  const missing = ids.filter((id) => !usable.has(id));
  if (missing.length)
    throw invalid('Some questions are not in the bank.', {
      questionIds: `No such question (or it is retired): ${missing.join(', ')}`,
    });
}

export function registerMockInterviews(fastify: FastifyInstance, ctx: AppContext): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const staff = { preHandler: requireRole('recruiter', 'admin') };
  const tags = ['mock interviews'];
  const db = ctx.db;
  const reread = async (id: number, s: Scope) =>
    present(orNotFound(await findMockInterview(db, id), THE_MOCK), s);

  app.post(
    '/api/v1/candidates/:id/mock-interviews',
    {
      ...staff,
      schema: { tags, params: idParams, body: mockInterviewInput, response: { 201: mockInterviewOut } },
    },
    async (req, reply) => {
      const user = await mustUser(req);
      const s = await scopeOf(db, user);
      const c = orNotFound(await findCandidate(db, req.params.id), THE_CANDIDATE);
      assertCanChange(s, [c.owner_id], THE_CANDIDATE);
      await checkQuestions(db, req.body.questionIds);
      const id = await insertMockInterview(db, { candidateId: c.id, interviewerId: user.id, ...req.body });
      return reply.status(201).send(await reread(id, s));
    },
  );

  app.get(
    '/api/v1/candidates/:id/mock-interviews',
    { ...staff, schema: { tags, params: idParams, response: { 200: z.array(mockInterviewItem) } } },
    async (req) => {
      const s = await scopeOf(db, await mustUser(req));
      const c = orNotFound(await findCandidate(db, req.params.id), THE_CANDIDATE);
      assertCanSee(s, [c.owner_id], THE_CANDIDATE);
      return listMockInterviews(db, { candidateId: c.id });
    },
  );

  app.get(
    '/api/v1/mock-interviews/:id',
    { ...staff, schema: { tags, params: idParams, response: { 200: mockInterviewOut } } },
    async (req) => {
      const { s, m } = await visible(db, req, req.params.id, false);
      return present(m, s);
    },
  );

  app.put(
    '/api/v1/mock-interviews/:id/answers/:position',
    {
      ...staff,
      schema: { tags, params: answerParams, body: answerScoreInput, response: { 200: mockInterviewOut } },
    },
    async (req) => {
      const { s, m } = await visible(db, req, req.params.id, true);
      assertOpen(m);
      if (!(await scoreAnswer(db, m.id, req.params.position, req.body)))
        throw notFound(`Question ${req.params.position} of this mock interview`);
      return reread(m.id, s);
    },
  );

  app.put(
    '/api/v1/mock-interviews/:id/feedback',
    {
      ...staff,
      schema: { tags, params: idParams, body: feedbackInput, response: { 200: mockInterviewOut } },
    },
    async (req) => {
      const { s, m } = await visible(db, req, req.params.id, true);
      assertOpen(m);
      await saveFeedback(db, m.id, req.body.feedback);
      return reread(m.id, s);
    },
  );

  app.post(
    '/api/v1/mock-interviews/:id/share',
    { ...staff, schema: { tags, params: idParams, response: { 200: mockInterviewOut } } },
    async (req) => {
      const user = await mustUser(req);
      const { s, m } = await visible(db, req, req.params.id, true);
      if (m.sharedAt !== null) return present(m, s);
      const unscored = m.answers.filter((a) => !isScored(a.scores)).map((a) => a.position);
      if (unscored.length)
        throw conflict(
          'not_scored',
          `Score every answer before sharing: ${unscored.length === 1 ? 'question' : 'questions'} ${unscored.join(', ')} ${unscored.length === 1 ? 'is' : 'are'} not scored yet.`,
        );
      if (!m.feedback.trim())
        throw conflict('no_feedback', 'Write the overall feedback before sharing it with the candidate.');
      await db.transaction().execute(async (tx) => {
        await markShared(tx, m.id);
        await recordActivity(tx, {
          candidateId: m.candidate.id,
          kind: 'note',
          summary: `Mock interview feedback shared: ${m.title}`,
          actorId: user.id,
        });
      });
      return reread(m.id, s);
    },
  );

  registerSeekerMockInterviews(fastify, ctx);
}
