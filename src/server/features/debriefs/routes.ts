import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type DebriefOut, debriefDue, debriefInput, debriefOut } from '../../../shared/debriefs.ts';
import { mustUser, requireRole } from '../../platform/auth.ts';
import type { AppContext } from '../../platform/context.ts';
import { conflict, orNotFound } from '../../platform/errors.ts';
import { idParams } from '../../platform/params.ts';
import { assertCanChange, assertCanSee, hidesOthers, ownerOf, scopeOf } from '../access/index.ts';
import { interviewOwners, seekerCandidateId } from '../interviews/queries.ts';
import { dueFor, hasEnded, type SittingFacts, sittingFacts } from './facts.ts';
import { loadDebriefs } from './queries.ts';
import { registerDebriefRequests } from './requests.ts';
import { saveDebrief } from './save.ts';
import { forOthers } from './visibility.ts';

// Debriefs over HTTP. A seeker writes and reads their own, under their interview; anything not
// theirs is a 404. Staff read a candidate's debriefs with private parts blanked, and write
// their own from the client's feedback. Access follows the candidate's owner.

const interviewCandidateParams = z.object({
  id: z.coerce.number().int().positive(),
  candidateId: z.coerce.number().int().positive(),
});

/** Strips the author's user id, which is not part of the contract. */
const wire = ({ authorId: _, ...d }: DebriefOut & { authorId: string | null }): DebriefOut => d;

export function registerDebriefs(fastify: FastifyInstance, ctx: AppContext): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const db = ctx.db;
  const candidate = { preHandler: requireRole('candidate') };
  const staff = { preHandler: requireRole('recruiter', 'admin') };
  const tags = ['debriefs'];
  registerDebriefRequests(ctx);

  /** The sitting, once it is over (409 before, so the form can say so). */
  const over = (f: SittingFacts) => {
    if (!hasEnded(f))
      throw conflict('interview_not_over', 'You can write a debrief once the interview has taken place.');
    return f;
  };

  // ---- the seeker -------------------------------------------------------------------------

  app.get(
    '/api/v1/me/debriefs/due',
    { ...candidate, schema: { tags, response: { 200: z.array(debriefDue) } } },
    async (req) => dueFor(db, (await mustUser(req)).id),
  );

  const mySitting = async (req: Parameters<typeof mustUser>[0], interviewId: number) => {
    const user = await mustUser(req);
    const candidateId = orNotFound(await seekerCandidateId(db, interviewId, user.id), 'That interview');
    const f = orNotFound(await sittingFacts(db, interviewId, candidateId), 'That interview');
    return { user, f };
  };
  const mine = async (interviewId: number, candidateId: number) =>
    (await loadDebriefs(db, { interviewId, candidateId, authorRole: 'candidate' })).map(wire)[0];

  app.get(
    '/api/v1/me/interviews/:id/debrief',
    { ...candidate, schema: { tags, params: idParams, response: { 200: debriefOut } } },
    async (req) => {
      const { f } = await mySitting(req, req.params.id);
      return orNotFound(await mine(f.interviewId, f.candidateId), 'Your debrief of that interview');
    },
  );

  app.put(
    '/api/v1/me/interviews/:id/debrief',
    { ...candidate, schema: { tags, params: idParams, body: debriefInput, response: { 200: debriefOut } } },
    async (req) => {
      const { user, f } = await mySitting(req, req.params.id);
      await saveDebrief(db, over(f), req.body, { userId: user.id, role: 'candidate' });
      return orNotFound(await mine(f.interviewId, f.candidateId), 'Your debrief of that interview');
    },
  );

  // ---- staff ------------------------------------------------------------------------------

  /** Each debrief as this staff member may read it: their own in full, others' without private parts. */
  const asStaff = (rows: (DebriefOut & { authorId: string | null })[], userId: string) =>
    rows.map((d) => (d.authorId === userId ? wire(d) : forOthers(wire(d))));

  app.get(
    '/api/v1/candidates/:id/debriefs',
    { ...staff, schema: { tags, params: idParams, response: { 200: z.array(debriefOut) } } },
    async (req) => {
      const user = await mustUser(req);
      const owner = orNotFound(await ownerOf(db, 'candidate', req.params.id), 'That candidate');
      assertCanSee(await scopeOf(db, user), [owner.ownerId], 'That candidate');
      return asStaff(await loadDebriefs(db, { candidateId: req.params.id }), user.id);
    },
  );

  app.get(
    '/api/v1/interviews/:id/debriefs',
    { ...staff, schema: { tags, params: idParams, response: { 200: z.array(debriefOut) } } },
    async (req) => {
      const user = await mustUser(req);
      const owners = orNotFound(await interviewOwners(db, req.params.id), 'That interview');
      const s = await scopeOf(db, user);
      assertCanSee(s, [owners.opening_owner, owners.candidate_owner], 'That interview');
      const rows = await loadDebriefs(db, { interviewId: req.params.id });
      if (rows.length === 0 || !hidesOthers(s)) return asStaff(rows, user.id);
      // In a group interview, only the candidates this recruiter may see.
      const candidates = await db
        .selectFrom('candidate')
        .select(['id', 'owner_id'])
        .where(
          'id',
          'in',
          rows.map((d) => d.candidateId),
        )
        .execute();
      const ownerOfId = new Map(candidates.map((c) => [c.id, c.owner_id]));
      return asStaff(
        rows.filter((d) => ownerOfId.get(d.candidateId) === s.userId),
        user.id,
      );
    },
  );

  app.put(
    '/api/v1/interviews/:id/debriefs/:candidateId',
    {
      ...staff,
      schema: { tags, params: interviewCandidateParams, body: debriefInput, response: { 200: debriefOut } },
    },
    async (req) => {
      const user = await mustUser(req);
      const owner = orNotFound(await ownerOf(db, 'candidate', req.params.candidateId), 'That candidate');
      assertCanChange(await scopeOf(db, user), [owner.ownerId], 'That candidate');
      const f = orNotFound(
        await sittingFacts(db, req.params.id, req.params.candidateId),
        'That candidate’s interview',
      );
      const id = await saveDebrief(db, over(f), req.body, { userId: user.id, role: 'staff' });
      const [saved] = await loadDebriefs(db, { id });
      return wire(orNotFound(saved, 'That debrief'));
    },
  );
}
