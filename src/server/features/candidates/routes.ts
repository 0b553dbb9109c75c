import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { activityPage, activityQuery } from '../../../shared/activity.ts';
import {
  type CandidateInput,
  candidate,
  candidateInput,
  candidateList,
  candidateListQuery,
  candidateWithDuplicates,
  mergeInput,
  mergePreview,
} from '../../../shared/candidates.ts';
import { ROLES } from '../../../shared/vocabulary.ts';
import type { Tables } from '../../db/tables.ts';
import { mustUser, requireRole } from '../../platform/auth.ts';
import type { AppContext } from '../../platform/context.ts';
import { conflict, invalid, notFound, orNotFound } from '../../platform/errors.ts';
import { idParams } from '../../platform/params.ts';
import { assertCanChange, assertCanSee, hidesOthers, type Scope, scopeOf } from '../access/index.ts';
import { sendInvitation } from '../accounts/accounts.ts';
import { listActivity, recordActivity } from '../activity/index.ts';
import { mergeCandidates, planMerge } from './merge-queries.ts';
import {
  findCandidate,
  findPossibleDuplicates,
  insertCandidate,
  isStaffId,
  linkUser,
  listCandidates,
  listStaff,
  updateCandidate,
} from './queries.ts';

async function checkOwner(db: Kysely<Tables>, input: CandidateInput): Promise<void> {
  if (input.ownerId && !(await isStaffId(db, input.ownerId))) {
    throw invalid('Choose a recruiter as the owner.', { ownerId: 'Not a recruiter' });
  }
}

/** The candidate, if this person may see it; 404 otherwise, so ids reveal nothing. */
async function visibleCandidate(db: Kysely<Tables>, s: Scope, id: number) {
  const found = orNotFound(await findCandidate(db, id), 'That candidate');
  assertCanSee(s, [found.owner?.id ?? null], 'That candidate');
  return found;
}

/** The owner to limit lists and duplicate flags to, when other recruiters' records are hidden. */
const ownerFilter = (s: Scope) => (hidesOthers(s) ? s.userId : undefined);

/** Candidate records: staff only; a job seeker never sees another person's record. */
export function registerCandidates(fastify: FastifyInstance, ctx: AppContext): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const staff = { preHandler: requireRole('recruiter', 'admin') };
  const tags = ['candidates'];

  app.get(
    '/api/v1/staff',
    {
      ...staff,
      schema: {
        tags,
        response: { 200: z.array(z.object({ id: z.string(), name: z.string(), role: z.enum(ROLES) })) },
      },
    },
    async () => (await listStaff(ctx.db)).map((u) => ({ ...u, role: u.role as (typeof ROLES)[number] })),
  );

  app.get(
    '/api/v1/candidates',
    { ...staff, schema: { tags, querystring: candidateListQuery, response: { 200: candidateList } } },
    async (req) => {
      const s = await scopeOf(ctx.db, await mustUser(req));
      return listCandidates(ctx.db, { ...req.query, onlyOwner: ownerFilter(s) });
    },
  );

  app.post(
    '/api/v1/candidates',
    { ...staff, schema: { tags, body: candidateInput, response: { 201: candidateWithDuplicates } } },
    async (req, reply) => {
      const user = await mustUser(req);
      const s = await scopeOf(ctx.db, user);
      await checkOwner(ctx.db, req.body);
      // A recruiter limited to their own records owns what they add, or could not see it again.
      const input =
        req.body.ownerId === null && s.access !== 'all' ? { ...req.body, ownerId: user.id } : req.body;
      const id = await insertCandidate(ctx.db, input, user.id);
      const created = orNotFound(await findCandidate(ctx.db, id), 'That candidate');
      return reply.status(201).send({
        candidate: created,
        duplicates: await findPossibleDuplicates(ctx.db, created, ownerFilter(s)),
      });
    },
  );

  app.get(
    '/api/v1/candidates/:id',
    { ...staff, schema: { tags, params: idParams, response: { 200: candidateWithDuplicates } } },
    async (req) => {
      const s = await scopeOf(ctx.db, await mustUser(req));
      const found = await visibleCandidate(ctx.db, s, req.params.id);
      return { candidate: found, duplicates: await findPossibleDuplicates(ctx.db, found, ownerFilter(s)) };
    },
  );

  app.get(
    '/api/v1/candidates/:id/activity',
    {
      ...staff,
      schema: { tags, params: idParams, querystring: activityQuery, response: { 200: activityPage } },
    },
    async (req) => {
      await visibleCandidate(ctx.db, await scopeOf(ctx.db, await mustUser(req)), req.params.id);
      return listActivity(ctx.db, { candidateId: req.params.id }, req.query.before);
    },
  );

  // A record becomes a portal account when the person accepts an invitation sent from it.
  ctx.events.on('invitation.accepted', async ({ userId, candidateId }) => {
    if (candidateId !== null) await linkUser(ctx.db, candidateId, userId);
  });

  app.post(
    '/api/v1/candidates/:id/invite',
    {
      ...staff,
      schema: { tags, params: idParams, response: { 201: z.object({ invitationId: z.number().int() }) } },
    },
    async (req, reply) => {
      const user = await mustUser(req);
      const found = await visibleCandidate(ctx.db, await scopeOf(ctx.db, user), req.params.id);
      assertCanChange(await scopeOf(ctx.db, user), [found.owner?.id ?? null], 'That candidate');
      if (found.userId) throw conflict('has_account', 'This candidate already has a portal account.');
      if (!found.email)
        throw invalid('Add the candidate’s email address first.', { email: 'Needed for the invitation' });
      const invitationId = await sendInvitation(ctx, {
        email: found.email,
        role: 'candidate',
        candidateId: found.id,
        invitedBy: user,
      });
      await recordActivity(ctx.db, {
        candidateId: found.id,
        kind: 'email',
        summary: `Portal invitation emailed to ${found.email}`,
        actorId: user.id,
      });
      return reply.status(201).send({ invitationId });
    },
  );

  app.put(
    '/api/v1/candidates/:id',
    { ...staff, schema: { tags, params: idParams, body: candidateInput, response: { 200: candidate } } },
    async (req) => {
      const s = await scopeOf(ctx.db, await mustUser(req));
      const found = await visibleCandidate(ctx.db, s, req.params.id);
      assertCanChange(s, [found.owner?.id ?? null], 'That candidate');
      await checkOwner(ctx.db, req.body);
      if (!(await updateCandidate(ctx.db, req.params.id, req.body))) throw notFound('That candidate');
      return orNotFound(await findCandidate(ctx.db, req.params.id), 'That candidate');
    },
  );

  // Merging a duplicate into this record: preview first, then merge.
  app.get(
    '/api/v1/candidates/:id/merge',
    {
      ...staff,
      schema: {
        tags,
        params: idParams,
        querystring: z.object({
          other: z.coerce
            .number()
            .int()
            .positive()
            .max(2 ** 31 - 1),
        }),
        response: { 200: mergePreview },
      },
    },
    async (req) => {
      const s = await scopeOf(ctx.db, await mustUser(req));
      const kept = await visibleCandidate(ctx.db, s, req.params.id);
      const other = await visibleCandidate(ctx.db, s, req.query.other);
      return { kept, other, plan: await planMerge(ctx.db, kept.id, other.id) };
    },
  );

  app.post(
    '/api/v1/candidates/:id/merge',
    { ...staff, schema: { tags, params: idParams, body: mergeInput, response: { 200: candidate } } },
    async (req) => {
      const user = await mustUser(req);
      const s = await scopeOf(ctx.db, user);
      const kept = await visibleCandidate(ctx.db, s, req.params.id);
      const other = await visibleCandidate(ctx.db, s, req.body.otherId);
      assertCanChange(s, [kept.owner?.id ?? null], 'That candidate');
      assertCanChange(s, [other.owner?.id ?? null], 'The record to merge');
      await mergeCandidates(ctx.db, kept.id, other.id, user.id);
      return orNotFound(await findCandidate(ctx.db, kept.id), 'That candidate');
    },
  );
}
