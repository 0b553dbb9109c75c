import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { accessSettings, spamWords } from '../../../shared/access.ts';
import { requireRole } from '../../platform/auth.ts';
import type { AppContext } from '../../platform/context.ts';
import { getSetting, putSetting } from './settings.ts';

export function registerAccess(fastify: FastifyInstance, ctx: AppContext): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['settings'];
  app.get(
    '/api/v1/settings/access',
    { preHandler: requireRole('recruiter', 'admin'), schema: { tags, response: { 200: accessSettings } } },
    async () => ({ recruiterAccess: await getSetting(ctx.db, 'recruiterAccess') }),
  );
  app.put(
    '/api/v1/settings/access',
    {
      preHandler: requireRole('admin'),
      schema: { tags, body: accessSettings, response: { 200: accessSettings } },
    },
    async (req) => {
      await putSetting(ctx.db, 'recruiterAccess', req.body.recruiterAccess);
      return { recruiterAccess: req.body.recruiterAccess };
    },
  );

  // The disallowed words of every public form; any staff member may keep the list.
  const staff = { preHandler: requireRole('recruiter', 'admin') };
  app.get(
    '/api/v1/settings/spam-words',
    { ...staff, schema: { tags, response: { 200: spamWords } } },
    async () => ({ words: await getSetting(ctx.db, 'spamWords') }),
  );
  app.put(
    '/api/v1/settings/spam-words',
    { ...staff, schema: { tags, body: spamWords, response: { 200: spamWords } } },
    async (req) => {
      const words = [...new Set(req.body.words)];
      await putSetting(ctx.db, 'spamWords', words);
      return { words };
    },
  );
}
