import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { company, companyInput } from '../../../shared/companies.ts';
import { mustUser, requireRole } from '../../platform/auth.ts';
import type { AppContext } from '../../platform/context.ts';
import { notFound, orNotFound } from '../../platform/errors.ts';
import { idParams } from '../../platform/params.ts';
import { findCompany, insertCompany, listCompanies, updateCompany } from './queries.ts';

/** Client companies: staff only, since they carry internal notes. */
export function registerCompanies(fastify: FastifyInstance, ctx: AppContext): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const staff = { preHandler: requireRole('recruiter', 'admin') };
  const tags = ['companies'];

  app.get(
    '/api/v1/companies',
    { ...staff, schema: { tags, response: { 200: z.array(company) } } },
    async () => listCompanies(ctx.db),
  );

  app.get(
    '/api/v1/companies/:id',
    { ...staff, schema: { tags, params: idParams, response: { 200: company } } },
    async (req) => {
      const found = await findCompany(ctx.db, req.params.id);
      if (!found) throw notFound('That company');
      return found;
    },
  );

  app.post(
    '/api/v1/companies',
    { ...staff, schema: { tags, body: companyInput, response: { 201: company } } },
    async (req, reply) => {
      const user = await mustUser(req);
      const id = await insertCompany(ctx.db, req.body, user.id);
      return reply.status(201).send(orNotFound(await findCompany(ctx.db, id), 'That company'));
    },
  );

  app.put(
    '/api/v1/companies/:id',
    { ...staff, schema: { tags, params: idParams, body: companyInput, response: { 200: company } } },
    async (req) => {
      if (!(await updateCompany(ctx.db, ctx.dialect, req.params.id, req.body)))
        throw notFound('That company');
      return orNotFound(await findCompany(ctx.db, req.params.id), 'That company');
    },
  );
}
