import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contact, contactInput } from '../../../shared/candidates.ts';
import { requireRole } from '../../platform/auth.ts';
import type { AppContext } from '../../platform/context.ts';
import { notFound, orNotFound } from '../../platform/errors.ts';
import { idParams } from '../../platform/params.ts';
import { companyExists } from '../companies/index.ts';
import { deleteContact, findContact, insertContact, listContacts, updateContact } from './queries.ts';

/** People at client companies: staff only. */
export function registerContacts(fastify: FastifyInstance, ctx: AppContext): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const staff = { preHandler: requireRole('recruiter', 'admin') };
  const tags = ['contacts'];

  app.get(
    '/api/v1/companies/:id/contacts',
    { ...staff, schema: { tags, params: idParams, response: { 200: z.array(contact) } } },
    async (req) => {
      if (!(await companyExists(ctx.db, req.params.id))) throw notFound('That company');
      return listContacts(ctx.db, req.params.id);
    },
  );

  app.post(
    '/api/v1/companies/:id/contacts',
    { ...staff, schema: { tags, params: idParams, body: contactInput, response: { 201: contact } } },
    async (req, reply) => {
      if (!(await companyExists(ctx.db, req.params.id))) throw notFound('That company');
      const id = await insertContact(ctx.db, req.params.id, req.body);
      return reply.status(201).send(orNotFound(await findContact(ctx.db, id), 'That contact'));
    },
  );

  app.put(
    '/api/v1/contacts/:id',
    { ...staff, schema: { tags, params: idParams, body: contactInput, response: { 200: contact } } },
    async (req) => {
      if (!(await updateContact(ctx.db, req.params.id, req.body))) throw notFound('That contact');
      return orNotFound(await findContact(ctx.db, req.params.id), 'That contact');
    },
  );

  app.delete('/api/v1/contacts/:id', { ...staff, schema: { tags, params: idParams } }, async (req, reply) => {
    if (!(await deleteContact(ctx.db, req.params.id))) throw notFound('That contact');
    return reply.status(204).send();
  });
}
