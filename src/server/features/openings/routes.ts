import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { activityPage, activityQuery } from '../../../shared/activity.ts';
import {
  jobSearchQuery,
  jobSearchResult,
  type OpeningInput,
  opening,
  openingInput,
  openingListQuery,
  publicJob,
} from '../../../shared/openings.ts';
import type { Tables } from '../../db/tables.ts';
import { mustUser, requireRole } from '../../platform/auth.ts';
import type { AppContext } from '../../platform/context.ts';
import { invalid, notFound, orNotFound } from '../../platform/errors.ts';
import { idParams } from '../../platform/params.ts';
import { assertCanChange, assertCanSee, hidesOthers, ownerOf, scopeOf } from '../access/index.ts';
import { listActivity } from '../activity/index.ts';
import { isStaffId } from '../candidates/index.ts';
import { companyExists } from '../companies/index.ts';
import {
  contactWorksAt,
  findOpening,
  findOpeningBySlug,
  insertOpening,
  listOpenings,
  searchJobs,
  updateOpening,
} from './queries.ts';

const slugParams = z.object({ slug: z.string().max(200) });

/** The company must exist, and a hiring contact must work there. */
async function checkReferences(db: Kysely<Tables>, input: OpeningInput): Promise<void> {
  if (!(await companyExists(db, input.companyId))) {
    throw invalid('Choose an existing company.', { companyId: 'No such company' });
  }
  if (input.hiringContactId !== null && !(await contactWorksAt(db, input.hiringContactId, input.companyId))) {
    throw invalid('Choose a contact at this company.', { hiringContactId: 'Not a contact at this company' });
  }
  if (input.ownerId && !(await isStaffId(db, input.ownerId))) {
    throw invalid('Choose a recruiter as the owner.', { ownerId: 'Not a recruiter' });
  }
}

export function registerOpenings(fastify: FastifyInstance, ctx: AppContext): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const staff = { preHandler: requireRole('recruiter', 'admin') };
  const tags = ['openings'];

  app.get(
    '/api/v1/openings',
    { ...staff, schema: { tags, querystring: openingListQuery, response: { 200: z.array(opening) } } },
    async (req) => {
      const s = await scopeOf(ctx.db, await mustUser(req));
      return listOpenings(ctx.db, { ...req.query, ...(hidesOthers(s) ? { ownerId: s.userId } : {}) });
    },
  );

  app.get(
    '/api/v1/openings/:id',
    { ...staff, schema: { tags, params: idParams, response: { 200: opening } } },
    async (req) => {
      const found = await findOpening(ctx.db, req.params.id);
      if (!found) throw notFound('That opening');
      assertCanSee(await scopeOf(ctx.db, await mustUser(req)), [found.owner?.id ?? null], 'That opening');
      return found;
    },
  );

  app.get(
    '/api/v1/openings/:id/activity',
    {
      ...staff,
      schema: { tags, params: idParams, querystring: activityQuery, response: { 200: activityPage } },
    },
    async (req) => {
      const found = await ownerOf(ctx.db, 'opening', req.params.id);
      if (!found) throw notFound('That opening');
      assertCanSee(await scopeOf(ctx.db, await mustUser(req)), [found.ownerId], 'That opening');
      return listActivity(ctx.db, { openingId: req.params.id }, req.query.before);
    },
  );

  app.post(
    '/api/v1/openings',
    { ...staff, schema: { tags, body: openingInput, response: { 201: opening } } },
    async (req, reply) => {
      const user = await mustUser(req);
      await checkReferences(ctx.db, req.body);
      const id = await insertOpening(ctx.db, ctx.dialect, req.body, user.id);
      return reply.status(201).send(orNotFound(await findOpening(ctx.db, id), 'That opening'));
    },
  );

  app.put(
    '/api/v1/openings/:id',
    { ...staff, schema: { tags, params: idParams, body: openingInput, response: { 200: opening } } },
    async (req) => {
      const found = await ownerOf(ctx.db, 'opening', req.params.id);
      if (!found) throw notFound('That opening');
      assertCanChange(await scopeOf(ctx.db, await mustUser(req)), [found.ownerId], 'That opening');
      await checkReferences(ctx.db, req.body);
      if (!(await updateOpening(ctx.db, ctx.dialect, req.params.id, req.body)))
        throw notFound('That opening');
      return orNotFound(await findOpening(ctx.db, req.params.id), 'That opening');
    },
  );

  // The public board, as JSON.
  const jobs = ['jobs'];
  app.get(
    '/api/v1/jobs',
    { schema: { tags: jobs, querystring: jobSearchQuery, response: { 200: jobSearchResult } } },
    async (req) => searchJobs(ctx.database, req.query),
  );

  app.get(
    '/api/v1/jobs/:slug',
    { schema: { tags: jobs, params: slugParams, response: { 200: publicJob } } },
    async (req) => {
      const job = await findOpeningBySlug(ctx.db, req.params.slug);
      if (job?.status !== 'open') throw notFound('That job');
      return job;
    },
  );
}
