import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  askToMoveInput,
  bookInput,
  linkParams,
  moveInput,
  reasonsToGoOut,
  seekerInterview,
} from '../../../shared/interview-api.ts';
import { cancelInput } from '../../../shared/interviews.ts';
import { mustUser, requireRole } from '../../platform/auth.ts';
import type { AppContext } from '../../platform/context.ts';
import { HttpError, orNotFound } from '../../platform/errors.ts';
import { idParams } from '../../platform/params.ts';
import { getSetting } from '../access/settings.ts';
import {
  type Actor,
  askToMove,
  bookSlot,
  cancelByCandidate,
  confirmBooking,
  moveBooking,
} from './booking.ts';
import { interviewNotifier } from './notify.ts';
import { seekerInterview as findSeekerInterview, seekerCandidateId, seekerInterviews } from './queries.ts';
import { reasonsFacts } from './reasons-query.ts';
import { reasonsToGo } from './reasons-to-go.ts';
import { verifyInterviewLink } from './tokens.ts';

// The job seeker's side: their own interviews in the portal, and the signed link from an
// email that shows the proposed times and books one without signing in. Anything not theirs
// is a 404, so ids reveal nothing.

export function registerSeekerInterviews(fastify: FastifyInstance, ctx: AppContext): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const candidate = { preHandler: requireRole('candidate') };
  const tags = ['interviews'];
  const notify = interviewNotifier(ctx);

  const actor = async (req: Parameters<typeof mustUser>[0], interviewId: number): Promise<Actor> => {
    const user = await mustUser(req);
    const candidateId = orNotFound(await seekerCandidateId(ctx.db, interviewId, user.id), 'That interview');
    return { candidateId, userId: user.id };
  };
  /** The earliest reminder, in hours before: inside it the portal shows a reminder. */
  const remindHours = async () => Math.max(...(await getSetting(ctx.db, 'interviewReminderHours')));
  const find = async (interviewId: number, candidateId: number) =>
    findSeekerInterview(ctx.db, interviewId, candidateId, await remindHours());
  const view = async (interviewId: number, who: Actor) =>
    orNotFound(await find(interviewId, who.candidateId), 'That interview');

  app.get(
    '/api/v1/me/interviews',
    { ...candidate, schema: { tags, response: { 200: z.array(seekerInterview) } } },
    async (req) => seekerInterviews(ctx.db, (await mustUser(req)).id, await remindHours()),
  );

  app.get(
    '/api/v1/me/interviews/:id',
    { ...candidate, schema: { tags, params: idParams, response: { 200: seekerInterview } } },
    async (req) => view(req.params.id, await actor(req, req.params.id)),
  );

  app.post(
    '/api/v1/me/interviews/:id/book',
    { ...candidate, schema: { tags, params: idParams, body: bookInput, response: { 201: seekerInterview } } },
    async (req, reply) => {
      const who = await actor(req, req.params.id);
      await bookSlot(ctx.db, ctx.dialect, req.params.id, req.body.slotId, who, notify);
      return reply.status(201).send(await view(req.params.id, who));
    },
  );

  app.post(
    '/api/v1/me/interviews/:id/confirm',
    { ...candidate, schema: { tags, params: idParams, response: { 200: seekerInterview } } },
    async (req) => {
      const who = await actor(req, req.params.id);
      await confirmBooking(ctx.db, req.params.id, who);
      return view(req.params.id, who);
    },
  );

  app.post(
    '/api/v1/me/interviews/:id/cancel',
    {
      ...candidate,
      schema: { tags, params: idParams, body: cancelInput, response: { 200: seekerInterview } },
    },
    async (req) => {
      const who = await actor(req, req.params.id);
      await cancelByCandidate(ctx.db, ctx.dialect, req.params.id, req.body, who, notify);
      return view(req.params.id, who);
    },
  );

  app.post(
    '/api/v1/me/interviews/:id/move',
    { ...candidate, schema: { tags, params: idParams, body: moveInput, response: { 200: seekerInterview } } },
    async (req) => {
      const who = await actor(req, req.params.id);
      await moveBooking(ctx.db, ctx.dialect, req.params.id, req.body.slotId, who, notify);
      return view(req.params.id, who);
    },
  );

  app.post(
    '/api/v1/me/interviews/:id/ask-to-move',
    {
      ...candidate,
      schema: { tags, params: idParams, body: askToMoveInput, response: { 200: seekerInterview } },
    },
    async (req) => {
      const user = await mustUser(req);
      const who = await actor(req, req.params.id);
      await askToMove(
        ctx.db,
        req.params.id,
        req.body.note,
        { ...who, userId: user.id },
        ctx.config.agency.name,
      );
      return view(req.params.id, who);
    },
  );

  app.get(
    '/api/v1/me/interviews/:id/reasons',
    { ...candidate, schema: { tags, params: idParams, response: { 200: reasonsToGoOut } } },
    async (req) => {
      const who = await actor(req, req.params.id);
      const facts = orNotFound(await reasonsFacts(ctx.db, req.params.id, who.candidateId), 'That interview');
      return { reasons: reasonsToGo(facts) };
    },
  );

  // Signed links: the token is the only credential, so a bad one says plainly what to do.
  const fromLink = async (token: string): Promise<{ interviewId: number; who: Actor }> => {
    const check = verifyInterviewLink(ctx.config.secret, token);
    if (!check.ok && check.why === 'expired')
      throw new HttpError(
        410,
        'link_expired',
        'This link has expired. Sign in to see your interviews, or ask your recruiter for a new link.',
      );
    const claims = check.ok ? check.claims : null;
    const invited = claims && (await find(claims.interviewId, claims.candidateId));
    if (!claims || !invited)
      throw new HttpError(
        404,
        'invalid_link',
        'This interview link is not valid. Check that you copied the whole address, or sign in to see your interviews.',
      );
    return { interviewId: claims.interviewId, who: { candidateId: claims.candidateId, userId: null } };
  };

  app.get(
    '/api/v1/interview-links/:token',
    { schema: { tags, params: linkParams, response: { 200: seekerInterview } } },
    async (req) => {
      const { interviewId, who } = await fromLink(req.params.token);
      return view(interviewId, who);
    },
  );

  app.post(
    '/api/v1/interview-links/:token',
    { schema: { tags, params: linkParams, body: bookInput, response: { 201: seekerInterview } } },
    async (req, reply) => {
      const { interviewId, who } = await fromLink(req.params.token);
      await bookSlot(ctx.db, ctx.dialect, interviewId, req.body.slotId, who, notify);
      return reply.status(201).send(await view(interviewId, who));
    },
  );
}
