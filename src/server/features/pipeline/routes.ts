import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  application,
  applicationList,
  applicationListQuery,
  board,
  bulkMoveInput,
  bulkMoveResult,
  moveInput,
  moveResult,
  pipelineQuery,
  seekerApplication,
  stage,
  stageInput,
  stageMove,
  stageOrder,
  submissionInput,
} from '../../../shared/pipeline.ts';
import { mustUser, requireRole } from '../../platform/auth.ts';
import type { AppContext } from '../../platform/context.ts';
import { conflict, invalid, notFound, orNotFound } from '../../platform/errors.ts';
import { idParams } from '../../platform/params.ts';
import { assertCanChange, assertCanSee, canChange, ownerOf, scopeOf } from '../access/index.ts';
import { insertApplication, moveApplication, moveMany } from './moves.ts';
import {
  boardColumns,
  findApplication,
  historyOf,
  listApplications,
  listForCandidate,
  listForOpening,
  ownersOf,
} from './queries.ts';
import { seekerApplications } from './seeker.ts';
import { addStage, listStages, reorderStages, setRetired, updateStage } from './stages.ts';

export function registerPipeline(fastify: FastifyInstance, ctx: AppContext): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const staff = { preHandler: requireRole('recruiter', 'admin') };
  const admin = { preHandler: requireRole('admin') };
  const tags = ['pipeline'];
  const scope = async (req: Parameters<typeof mustUser>[0]) => scopeOf(ctx.db, await mustUser(req));

  // Stages: everyone on staff reads them; admins change them.
  app.get('/api/v1/stages', { ...staff, schema: { tags, response: { 200: z.array(stage) } } }, async () =>
    listStages(ctx.db),
  );
  app.post(
    '/api/v1/stages',
    { ...admin, schema: { tags, body: stageInput, response: { 201: stage } } },
    async (req, reply) => reply.status(201).send(await addStage(ctx.db, req.body)),
  );
  app.put(
    '/api/v1/stages/order',
    { ...admin, schema: { tags, body: stageOrder, response: { 200: z.array(stage) } } },
    async (req) => reorderStages(ctx.db, req.body.ids),
  );
  app.put(
    '/api/v1/stages/:id',
    { ...admin, schema: { tags, params: idParams, body: stageInput, response: { 200: stage } } },
    async (req) => updateStage(ctx.db, req.params.id, req.body),
  );
  for (const [action, retired] of [
    ['retire', true],
    ['restore', false],
  ] as const) {
    app.post(
      `/api/v1/stages/:id/${action}`,
      { ...admin, schema: { tags, params: idParams, response: { 200: stage } } },
      async (req) => setRetired(ctx.db, req.params.id, retired),
    );
  }

  app.get(
    '/api/v1/board',
    { ...staff, schema: { tags, querystring: pipelineQuery, response: { 200: board } } },
    async (req) => ({
      columns: await boardColumns(ctx.db, await listStages(ctx.db), req.query, await scope(req)),
    }),
  );

  app.get(
    '/api/v1/applications',
    { ...staff, schema: { tags, querystring: applicationListQuery, response: { 200: applicationList } } },
    async (req) => listApplications(ctx.db, req.query, await scope(req)),
  );

  // A recruiter submits a candidate record to an opening.
  app.post(
    '/api/v1/applications',
    { ...staff, schema: { tags, body: submissionInput, response: { 201: application } } },
    async (req, reply) => {
      const user = await mustUser(req);
      const s = await scopeOf(ctx.db, user);
      const candidate = await ctx.db
        .selectFrom('candidate')
        .select(['id', 'owner_id'])
        .where('id', '=', req.body.candidateId)
        .executeTakeFirst();
      const opening = await ctx.db
        .selectFrom('opening')
        .select(['id', 'owner_id', 'status'])
        .where('id', '=', req.body.openingId)
        .executeTakeFirst();
      if (!candidate) throw invalid('Choose an existing candidate.', { candidateId: 'No such candidate' });
      if (!opening) throw invalid('Choose an existing opening.', { openingId: 'No such opening' });
      assertCanSee(s, [candidate.owner_id], 'That candidate');
      assertCanSee(s, [opening.owner_id], 'That opening');
      assertCanChange(s, [candidate.owner_id, opening.owner_id], 'This candidate and opening');
      if (opening.status === 'closed' || opening.status === 'filled')
        throw conflict('opening_closed', 'This opening is closed; reopen it to submit candidates.');
      const id = await insertApplication(ctx.db, {
        openingId: opening.id,
        candidateId: candidate.id,
        origin: 'agency',
        submittedBy: user.id,
        coverNote: '',
        resume: null,
        stageId: req.body.stageId,
        note: req.body.note,
      });
      if (id === null)
        throw conflict('already_applied', 'This candidate is already in this opening’s pipeline.');
      return reply.status(201).send(orNotFound(await findApplication(ctx.db, id), 'That application'));
    },
  );

  app.get(
    '/api/v1/applications/:id',
    {
      ...staff,
      schema: {
        tags,
        params: idParams,
        response: { 200: z.object({ application, history: z.array(stageMove), canChange: z.boolean() }) },
      },
    },
    async (req) => {
      const s = await scope(req);
      const owners = await ownersOf(ctx.db, req.params.id);
      if (!owners) throw notFound('That application');
      const ownerIds = [owners.opening_owner, owners.candidate_owner];
      assertCanSee(s, ownerIds, 'That application');
      return {
        application: orNotFound(await findApplication(ctx.db, req.params.id), 'That application'),
        history: await historyOf(ctx.db, req.params.id),
        canChange: canChange(s, ownerIds),
      };
    },
  );

  app.post(
    '/api/v1/applications/:id/moves',
    { ...staff, schema: { tags, params: idParams, body: moveInput, response: { 200: moveResult } } },
    async (req) => {
      const user = await mustUser(req);
      const s = await scopeOf(ctx.db, user);
      const owners = await ownersOf(ctx.db, req.params.id);
      if (!owners) throw notFound('That application');
      assertCanChange(s, [owners.opening_owner, owners.candidate_owner], 'That application');
      const out = await moveApplication(
        ctx.db,
        ctx.dialect,
        req.params.id,
        req.body.stageId,
        user.id,
        req.body.note,
      );
      return {
        application: orNotFound(await findApplication(ctx.db, req.params.id), 'That application'),
        positionsLeft: out.positionsLeft,
        offerClose: out.offerClose,
      };
    },
  );

  // Bulk moves: every selected card or none.
  app.post(
    '/api/v1/applications/moves',
    { ...staff, schema: { tags, body: bulkMoveInput, response: { 200: bulkMoveResult } } },
    async (req) => {
      const user = await mustUser(req);
      const s = await scopeOf(ctx.db, user);
      for (const id of req.body.applicationIds) {
        const owners = await ownersOf(ctx.db, id);
        if (!owners) throw notFound(`Application ${id}`);
        assertCanChange(s, [owners.opening_owner, owners.candidate_owner], `Application ${id}`);
      }
      const outcomes = await moveMany(
        ctx.db,
        ctx.dialect,
        req.body.applicationIds,
        req.body.stageId,
        user.id,
        req.body.note,
      );
      // One line per opening, as it stands after the last move into it.
      const byOpening = new Map(outcomes.map((o) => [o.openingId, o]));
      return {
        moved: outcomes.map((o) => o.applicationId),
        openings: [...byOpening.values()].map((o) => ({
          openingId: o.openingId,
          positionsLeft: o.positionsLeft,
          offerClose: outcomes.some((x) => x.openingId === o.openingId && x.offerClose),
        })),
      };
    },
  );

  app.get(
    '/api/v1/openings/:id/applications',
    { ...staff, schema: { tags, params: idParams, response: { 200: z.array(application) } } },
    async (req) => {
      const s = await scope(req);
      const opening = await ownerOf(ctx.db, 'opening', req.params.id);
      if (!opening) throw notFound('That opening');
      assertCanSee(s, [opening.ownerId], 'That opening');
      return listForOpening(ctx.db, req.params.id);
    },
  );

  app.get(
    '/api/v1/candidates/:id/applications',
    { ...staff, schema: { tags, params: idParams, response: { 200: z.array(application) } } },
    async (req) => {
      const s = await scope(req);
      const c = await ownerOf(ctx.db, 'candidate', req.params.id);
      if (!c) throw notFound('That candidate');
      assertCanSee(s, [c.ownerId], 'That candidate');
      return listForCandidate(ctx.db, req.params.id);
    },
  );

  // The job seeker's own applications, in plain words.
  const candidate = { preHandler: requireRole('candidate') };
  app.get(
    '/api/v1/me/applications',
    { ...candidate, schema: { tags, response: { 200: z.array(seekerApplication) } } },
    async (req) => seekerApplications(ctx.db, (await mustUser(req)).id),
  );
  app.get(
    '/api/v1/me/applications/:id',
    { ...candidate, schema: { tags, params: idParams, response: { 200: seekerApplication } } },
    async (req) => {
      const [mine] = await seekerApplications(ctx.db, (await mustUser(req)).id, {
        applicationId: req.params.id,
      });
      return orNotFound(mine, 'That application');
    },
  );
}
