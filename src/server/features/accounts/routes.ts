import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  invitation,
  invitationInput,
  me,
  outboxEntry,
  siteInfo,
  userSummary,
} from '../../../shared/accounts.ts';
import { mustUser, requireRole } from '../../platform/auth.ts';

import type { AppContext } from '../../platform/context.ts';
import { listOutbox } from '../../platform/outbox.ts';
import { sendInvitation } from './accounts.ts';
import { registerAccountPages } from './pages.tsx';
import { countAdmins, listInvitations, listUsers } from './queries.ts';

export function registerAccounts(fastify: FastifyInstance, ctx: AppContext): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const admin = { preHandler: requireRole('admin') };
  const tags = ['accounts'];

  app.get('/api/v1/me', { schema: { tags, response: { 200: me } } }, async (req) => mustUser(req));

  // The agency's public name and contact details, for the web app's header and footer.
  app.get('/api/v1/site', { schema: { tags, response: { 200: siteInfo } } }, async () => ({
    name: ctx.site.name,
    email: ctx.site.email,
    phone: ctx.site.phone,
    address: ctx.site.address,
  }));

  app.get(
    '/api/v1/setup',
    { schema: { tags, response: { 200: z.object({ needsAdmin: z.boolean() }) } } },
    async () => ({
      needsAdmin: (await countAdmins(ctx.db)) === 0,
    }),
  );

  app.get(
    '/api/v1/users',
    { ...admin, schema: { tags, response: { 200: z.array(userSummary) } } },
    async () => listUsers(ctx.db),
  );

  app.get(
    '/api/v1/invitations',
    { ...admin, schema: { tags, response: { 200: z.array(invitation) } } },
    async () => listInvitations(ctx.db),
  );

  app.post(
    '/api/v1/invitations',
    {
      ...admin,
      schema: { tags, body: invitationInput, response: { 201: z.object({ id: z.number().int() }) } },
    },
    async (req, reply) => {
      const id = await sendInvitation(ctx, {
        ...req.body,
        candidateId: null,
        invitedBy: await mustUser(req),
      });
      return reply.status(201).send({ id });
    },
  );

  app.get(
    '/api/v1/admin/outbox',
    { ...admin, schema: { tags, response: { 200: z.array(outboxEntry) } } },
    async () => listOutbox(ctx.db),
  );

  registerAccountPages(app, ctx);
}
