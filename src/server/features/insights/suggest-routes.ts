import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type SuggestionOut, suggestionOut } from '../../../shared/insights.ts';
import { mustUser, requireRole } from '../../platform/auth.ts';
import type { AppContext } from '../../platform/context.ts';
import { orNotFound } from '../../platform/errors.ts';
import { idParams } from '../../platform/params.ts';
import { assertCanSee, ownerOf, scopeOf } from '../access/index.ts';
import { seekerCandidateId } from '../interviews/queries.ts';
import type { Suggestion } from './suggest.ts';
import { candidateOfUser, suggestionsFor } from './suggest-query.ts';

// Better-suited openings over HTTP: the seeker reads their own (after a debrief, for that
// interview, or on their portal home); staff read them as "consider for" on a candidate they
// may see. Anything not theirs to see is a 404.

const mySuggestionsQuery = z
  .object({
    interviewId: z.coerce
      .number()
      .int()
      .positive()
      .max(2 ** 31 - 1)
      .optional(),
  })
  .strict();

/** The wire shape: the opening's skill list stays on the server. */
const wire = (s: Suggestion): SuggestionOut => ({
  opening: {
    id: s.opening.id,
    title: s.opening.title,
    slug: s.opening.slug,
    companyId: s.opening.companyId,
    companyName: s.opening.companyName,
    field: s.opening.field,
  },
  sameCompany: s.sameCompany,
  score: s.score,
  matched: s.matched,
  reason: s.reason,
});

export function registerSuggestions(fastify: FastifyInstance, ctx: AppContext): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const db = ctx.db;
  const tags = ['insights'];

  app.get(
    '/api/v1/me/suggestions',
    {
      preHandler: requireRole('candidate'),
      schema: { tags, querystring: mySuggestionsQuery, response: { 200: z.array(suggestionOut) } },
    },
    async (req) => {
      const user = await mustUser(req);
      const { interviewId } = req.query;
      const candidateId =
        interviewId === undefined
          ? await candidateOfUser(db, user.id)
          : orNotFound(await seekerCandidateId(db, interviewId, user.id), 'That interview');
      if (candidateId === undefined) return []; // signed up, no record yet: nothing to go on
      return (await suggestionsFor(db, { candidateId, interviewId, viewer: 'self' })).map(wire);
    },
  );

  app.get(
    '/api/v1/candidates/:id/suggestions',
    {
      preHandler: requireRole('recruiter', 'admin'),
      schema: { tags, params: idParams, response: { 200: z.array(suggestionOut) } },
    },
    async (req) => {
      const user = await mustUser(req);
      const owner = orNotFound(await ownerOf(db, 'candidate', req.params.id), 'That candidate');
      assertCanSee(await scopeOf(db, user), [owner.ownerId], 'That candidate');
      return (await suggestionsFor(db, { candidateId: req.params.id, viewer: 'staff' })).map(wire);
    },
  );
}
