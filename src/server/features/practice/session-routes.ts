import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  itemInput,
  practiceHome,
  progressOut,
  sessionInput,
  sessionOut,
} from '../../../shared/practice-api.ts';
import { isTimeZone } from '../../../shared/tasks.ts';
import { mustUser, requireRole } from '../../platform/auth.ts';
import type { AppContext } from '../../platform/context.ts';
import { orNotFound } from '../../platform/errors.ts';
import { idParams } from '../../platform/params.ts';
import { practiceHome as readHome, readProgress } from './home.ts';
import { findSession, finishSession, rateItem, startSession } from './sessions.ts';

// Practice sessions over HTTP, for the signed-in job seeker only: another person's session is a
// 404, whoever asks.

const zoneQuery = z.object({
  tz: z.string().max(64).refine(isTimeZone, 'Use a time zone such as America/Toronto').default('UTC'),
});
const itemParams = idParams.extend({ position: z.coerce.number().int().min(1).max(100) });

export function registerSessions(fastify: FastifyInstance, ctx: AppContext): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const candidate = { preHandler: requireRole('candidate') };
  const tags = ['practice'];
  const db = ctx.db;

  app.get(
    '/api/v1/me/practice',
    { ...candidate, schema: { tags, querystring: zoneQuery, response: { 200: practiceHome } } },
    async (req) => readHome(db, (await mustUser(req)).id, req.query.tz),
  );

  app.get(
    '/api/v1/me/practice/progress',
    { ...candidate, schema: { tags, querystring: zoneQuery, response: { 200: progressOut } } },
    async (req) => readProgress(db, (await mustUser(req)).id, req.query.tz),
  );

  app.post(
    '/api/v1/me/practice',
    {
      ...candidate,
      schema: { tags, querystring: zoneQuery, body: sessionInput, response: { 201: sessionOut } },
    },
    async (req, reply) => {
      const user = await mustUser(req);
      const id = await startSession(db, user.id, req.body, req.query.tz);
      return reply.status(201).send(orNotFound(await findSession(db, user.id, id), 'That session'));
    },
  );

  app.get(
    '/api/v1/me/practice/:id',
    { ...candidate, schema: { tags, params: idParams, response: { 200: sessionOut } } },
    async (req) => orNotFound(await findSession(db, (await mustUser(req)).id, req.params.id), 'That session'),
  );

  app.put(
    '/api/v1/me/practice/:id/items/:position',
    { ...candidate, schema: { tags, params: itemParams, body: itemInput, response: { 200: sessionOut } } },
    async (req) => {
      const user = await mustUser(req);
      await rateItem(db, user.id, req.params.id, req.params.position, req.body);
      return orNotFound(await findSession(db, user.id, req.params.id), 'That session');
    },
  );

  app.post(
    '/api/v1/me/practice/:id/finish',
    { ...candidate, schema: { tags, params: idParams, response: { 200: sessionOut } } },
    async (req) => {
      const user = await mustUser(req);
      await finishSession(db, user.id, req.params.id);
      return orNotFound(await findSession(db, user.id, req.params.id), 'That session');
    },
  );
}
