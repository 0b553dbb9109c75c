import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { groupExerciseOut, runInput, staffRunOut, staffRunSummary } from '../../../shared/group-practice.ts';
import { mustUser, requireRole } from '../../platform/auth.ts';
import type { AppContext } from '../../platform/context.ts';
import { invalid, notFound } from '../../platform/errors.ts';
import { idParams } from '../../platform/params.ts';
import { assertCanChange, assertCanSee, canChange, hidesOthers, scopeOf } from '../access/index.ts';
import { GROUP_EXERCISES } from '../practice/content/index.ts';
import { exerciseByKey } from './queries.ts';
import { candidatesFor, createRun, finishRun, staffRun, staffRuns, startRun } from './staff-queries.ts';

// Staff run group exercises. A run belongs to the recruiter who set it up, under the same access
// setting as candidates: own-only hides other recruiters' runs, read-only lets them look. Members
// come only from candidate records the recruiter can see that have a portal account to join with.

export function registerStaffGroupPractice(fastify: FastifyInstance, ctx: AppContext): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const staff = { preHandler: requireRole('recruiter', 'admin') };
  const tags = ['group practice'];
  const db = ctx.db;

  /** The run as this staff member may see it; 404 when it does not exist or is hidden. */
  const visibleRun = async (req: FastifyRequest, runId: number) => {
    const scope = await scopeOf(db, await mustUser(req));
    const run = await staffRun(db, runId);
    if (!run) throw notFound('That group exercise');
    assertCanSee(scope, [run.ownerId], 'That group exercise');
    return { scope, run, view: { ...run.view, canChange: canChange(scope, [run.ownerId]) } };
  };

  app.get(
    '/api/v1/group-exercises',
    { ...staff, schema: { tags, response: { 200: z.array(groupExerciseOut) } } },
    async () =>
      GROUP_EXERCISES.map((e) => ({ ...e, materials: [...e.materials], watchFor: [...e.watchFor] })),
  );

  app.post(
    '/api/v1/group-runs',
    { ...staff, schema: { tags, body: runInput, response: { 201: staffRunOut } } },
    async (req, reply) => {
      const user = await mustUser(req);
      const scope = await scopeOf(db, user);
      const exercise = exerciseByKey(req.body.exerciseKey);
      if (!exercise)
        throw invalid('Choose an exercise from the list.', { exerciseKey: 'Choose an exercise' });
      const ids = [...new Set(req.body.candidateIds)];
      if (ids.length < 2)
        throw invalid('Choose at least two different candidates.', {
          candidateIds: 'Choose at least two different candidates',
        });
      const found = await candidatesFor(db, ids);
      for (const id of ids) {
        const c = found.find((f) => f.id === id);
        if (!c) throw notFound('That candidate');
        assertCanSee(scope, [c.owner_id], 'That candidate');
        if (!c.user_id)
          throw invalid(`${c.name} has no portal account yet, so they cannot join. Invite them first.`, {
            candidateIds: `${c.name} has no portal account`,
          });
      }
      const runId = await createRun(db, user.id, exercise, ids);
      return reply.status(201).send((await visibleRun(req, runId)).view);
    },
  );

  app.get(
    '/api/v1/group-runs',
    { ...staff, schema: { tags, response: { 200: z.array(staffRunSummary) } } },
    async (req) => {
      const scope = await scopeOf(db, await mustUser(req));
      return staffRuns(db, hidesOthers(scope) ? scope.userId : null);
    },
  );

  app.get(
    '/api/v1/group-runs/:id',
    { ...staff, schema: { tags, params: idParams, response: { 200: staffRunOut } } },
    async (req) => (await visibleRun(req, req.params.id)).view,
  );

  app.post(
    '/api/v1/group-runs/:id/start',
    { ...staff, schema: { tags, params: idParams, response: { 200: staffRunOut } } },
    async (req) => {
      const { scope, run } = await visibleRun(req, req.params.id);
      assertCanChange(scope, [run.ownerId], 'That group exercise');
      await startRun(db, req.params.id, run.view.minutes);
      return (await visibleRun(req, req.params.id)).view;
    },
  );

  app.post(
    '/api/v1/group-runs/:id/finish',
    { ...staff, schema: { tags, params: idParams, response: { 200: staffRunOut } } },
    async (req) => {
      const { scope, run } = await visibleRun(req, req.params.id);
      assertCanChange(scope, [run.ownerId], 'That group exercise');
      await finishRun(db, req.params.id);
      return (await visibleRun(req, req.params.id)).view;
    },
  );
}
