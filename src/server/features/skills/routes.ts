import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { mustUser } from '../../platform/auth.ts';
import { suggestSkills } from './normalize.ts';

export function registerSkills(fastify: FastifyInstance): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/v1/skills/suggest',
    {
      preHandler: async (req) => void (await mustUser(req)),
      schema: {
        tags: ['skills'],
        querystring: z.object({
          q: z.string().max(80).default(''),
          limit: z.coerce.number().int().min(1).max(25).default(10),
        }),
        response: { 200: z.array(z.string()) },
      },
    },
    async (req) => suggestSkills(req.query.q, req.query.limit),
  );
}
