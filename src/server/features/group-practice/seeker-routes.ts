import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  groupPrepOut,
  myRunOut,
  myRunSummary,
  notesInput,
  reviewInput,
  tickInput,
} from '../../../shared/group-practice.ts';
import { mustUser, requireRole } from '../../platform/auth.ts';
import type { AppContext } from '../../platform/context.ts';
import { idParams } from '../../platform/params.ts';
import { myRun, myRuns, prepOf, saveNotes, saveReview, setTick } from './queries.ts';

// The job seeker's group practice: the guide and their checklist, and the runs they are in. A
// run they are not a member of is a 404, whoever asks.

const keyParams = z.object({ key: z.string().max(100) });

export function registerSeekerGroupPractice(fastify: FastifyInstance, ctx: AppContext): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const candidate = { preHandler: requireRole('candidate') };
  const tags = ['group practice'];
  const db = ctx.db;

  app.get(
    '/api/v1/me/group-prep',
    { ...candidate, schema: { tags, response: { 200: groupPrepOut } } },
    async (req) => prepOf(db, (await mustUser(req)).id),
  );

  app.put(
    '/api/v1/me/group-prep/:key',
    { ...candidate, schema: { tags, params: keyParams, body: tickInput, response: { 200: groupPrepOut } } },
    async (req) => {
      const user = await mustUser(req);
      await setTick(db, user.id, req.params.key, req.body.ticked);
      return prepOf(db, user.id);
    },
  );

  app.get(
    '/api/v1/me/group-runs',
    { ...candidate, schema: { tags, response: { 200: z.array(myRunSummary) } } },
    async (req) => myRuns(db, (await mustUser(req)).id),
  );

  app.get(
    '/api/v1/me/group-runs/:id',
    { ...candidate, schema: { tags, params: idParams, response: { 200: myRunOut } } },
    async (req) => myRun(db, (await mustUser(req)).id, req.params.id),
  );

  app.put(
    '/api/v1/me/group-runs/:id/notes',
    { ...candidate, schema: { tags, params: idParams, body: notesInput, response: { 200: myRunOut } } },
    async (req) => {
      const user = await mustUser(req);
      await saveNotes(db, user.id, req.params.id, req.body.notes);
      return myRun(db, user.id, req.params.id);
    },
  );

  app.put(
    '/api/v1/me/group-runs/:id/review',
    { ...candidate, schema: { tags, params: idParams, body: reviewInput, response: { 200: myRunOut } } },
    async (req) => {
      const user = await mustUser(req);
      await saveReview(db, user.id, req.params.id, req.body);
      return myRun(db, user.id, req.params.id);
    },
  );
}
