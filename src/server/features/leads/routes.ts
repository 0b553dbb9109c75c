import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  convertToCandidate as candidateBody,
  convertToCompany as companyBody,
  conversionResult,
  LEAD_PAGE_SIZE,
  leadCount,
  leadDetail,
  leadInbox,
  leadNoteInput,
  leadQuery,
  leadUpdate,
} from '../../../shared/leads.ts';
import { mustUser, requireRole } from '../../platform/auth.ts';
import type { AppContext } from '../../platform/context.ts';
import { invalid, orNotFound } from '../../platform/errors.ts';
import { idParams } from '../../platform/params.ts';
import { isStaffId } from '../candidates/index.ts';
import { convertToCandidate, convertToCompany } from './convert.ts';
import { countLeads, findLead, insertLeadNote, listLeads, updateLead } from './queries.ts';

/** The recruiters' leads inbox: every lead is agency-wide, and staff only. */
export function registerLeadRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const staff = { preHandler: requireRole('recruiter', 'admin') };
  const tags = ['leads'];
  const mustLead = async (id: number) => orNotFound(await findLead(ctx.db, id), 'That lead');

  app.get(
    '/api/v1/leads',
    { ...staff, schema: { tags, querystring: leadQuery, response: { 200: leadInbox } } },
    async (req) => ({
      leads: await listLeads(ctx.db, req.query.status, req.query.page),
      page: req.query.page,
      pageSize: LEAD_PAGE_SIZE,
      counts: await countLeads(ctx.db),
    }),
  );

  app.get('/api/v1/leads/count', { ...staff, schema: { tags, response: { 200: leadCount } } }, async () => ({
    new: (await countLeads(ctx.db)).new,
  }));

  app.get(
    '/api/v1/leads/:id',
    { ...staff, schema: { tags, params: idParams, response: { 200: leadDetail } } },
    async (req) => mustLead(req.params.id),
  );

  app.put(
    '/api/v1/leads/:id',
    { ...staff, schema: { tags, params: idParams, body: leadUpdate, response: { 200: leadDetail } } },
    async (req) => {
      await mustLead(req.params.id);
      const { assignedTo } = req.body;
      if (assignedTo && !(await isStaffId(ctx.db, assignedTo)))
        throw invalid('Choose a recruiter to assign.', { assignedTo: 'Not a recruiter' });
      await updateLead(ctx.db, req.params.id, req.body);
      return mustLead(req.params.id);
    },
  );

  app.post(
    '/api/v1/leads/:id/notes',
    { ...staff, schema: { tags, params: idParams, body: leadNoteInput, response: { 201: leadDetail } } },
    async (req, reply) => {
      await mustLead(req.params.id);
      await insertLeadNote(ctx.db, req.params.id, (await mustUser(req)).id, req.body.body);
      return reply.status(201).send(await mustLead(req.params.id));
    },
  );

  app.post(
    '/api/v1/leads/:id/convert/candidate',
    {
      ...staff,
      schema: { tags, params: idParams, body: candidateBody, response: { 201: conversionResult } },
    },
    async (req, reply) => {
      const lead = await mustLead(req.params.id);
      const result = await convertToCandidate(ctx, lead, req.body, await mustUser(req));
      return reply.status(201).send(result);
    },
  );

  app.post(
    '/api/v1/leads/:id/convert/company',
    { ...staff, schema: { tags, params: idParams, body: companyBody, response: { 201: conversionResult } } },
    async (req, reply) => {
      const lead = await mustLead(req.params.id);
      const result = await convertToCompany(ctx, lead, req.body, await mustUser(req));
      return reply.status(201).send(result);
    },
  );
}
