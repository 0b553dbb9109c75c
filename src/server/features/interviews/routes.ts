import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  attendanceInput,
  interview,
  interviewInput,
  rescheduleInput,
  staffCancelInput,
} from '../../../shared/interview-api.ts';
import { mustUser, requireRole } from '../../platform/auth.ts';
import type { AppContext } from '../../platform/context.ts';
import { invalid, notFound, orNotFound } from '../../platform/errors.ts';
import { idParams } from '../../platform/params.ts';
import { assertCanChange, assertCanSee, scopeOf } from '../access/index.ts';
import { cancelByStaff, createInterview, recordAttendance, reschedule } from './changes.ts';
import { assertNoClash } from './clashes.ts';
import { interviewNotifier } from './notify.ts';
import { planTimes } from './plan.ts';
import {
  type ApplicationFacts,
  applicationFacts,
  findInterview,
  interviewOwners,
  listForApplication,
} from './queries.ts';

// Staff routes: recruiters and admins set interviews up and follow them, within the access
// scope that governs the application they hang off.

type Input = z.infer<typeof interviewInput>;

/** Interviewers must work at the opening's company; group invitees must be in its pipeline. */
async function checkPeople(ctx: AppContext, app: ApplicationFacts, input: Input) {
  const wanted = [...new Set(input.interviewerIds)];
  if (wanted.length > 0) {
    const found = await ctx.db
      .selectFrom('contact')
      .select('id')
      .where('id', 'in', wanted)
      .where('company_id', '=', app.company_id)
      .execute();
    if (found.length !== wanted.length)
      throw invalid('Interviewers must be contacts at the employer.', {
        interviewerIds: `Choose contacts at ${app.company_name}`,
      });
  }
  const others = [...new Set(input.alsoInvite)].filter((id) => id !== app.id);
  if (others.length === 0) return [];
  if (input.capacity < 2)
    throw invalid('Only a group session can invite more people.', {
      alsoInvite: 'Set a capacity above 1 first',
    });
  const rows = await ctx.db
    .selectFrom('application')
    .select('id')
    .where('id', 'in', others)
    .where('opening_id', '=', app.opening_id)
    .execute();
  if (rows.length !== others.length)
    throw invalid('Invite only people who applied to this opening.', {
      alsoInvite: 'Choose applications to the same opening',
    });
  return rows.map((r) => ({ applicationId: r.id }));
}

export function registerStaffInterviews(fastify: FastifyInstance, ctx: AppContext): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const staff = { preHandler: requireRole('recruiter', 'admin') };
  const tags = ['interviews'];
  const notify = interviewNotifier(ctx);

  /** The signed-in staff member, after checking they may see (or change) this interview. */
  const guard = async (req: Parameters<typeof mustUser>[0], id: number, change: boolean) => {
    const user = await mustUser(req);
    const s = await scopeOf(ctx.db, user);
    const owners = await interviewOwners(ctx.db, id);
    if (!owners) throw notFound('That interview');
    (change ? assertCanChange : assertCanSee)(
      s,
      [owners.opening_owner, owners.candidate_owner],
      'That interview',
    );
    return user;
  };
  const reply200 = async (id: number) => orNotFound(await findInterview(ctx.db, id), 'That interview');

  app.post(
    '/api/v1/applications/:id/interviews',
    { ...staff, schema: { tags, params: idParams, body: interviewInput, response: { 201: interview } } },
    async (req, reply) => {
      const user = await mustUser(req);
      const s = await scopeOf(ctx.db, user);
      const facts = await applicationFacts(ctx.db, req.params.id);
      if (!facts) throw notFound('That application');
      assertCanChange(s, [facts.opening_owner, facts.candidate_owner], 'That application');
      const planned = planTimes(req.body.times, req.body.format, req.body.durationMinutes, new Date());
      if (!planned.ok) throw invalid('Some times are not valid.', planned.fields);
      const others = await checkPeople(ctx, facts, req.body);
      if (req.body.format !== 'written-test')
        await assertNoClash(
          ctx.db,
          { userId: user.id, contactIds: req.body.interviewerIds },
          planned.slots,
          (i) => `times.${i}.startsAt`,
        );
      const id = await createInterview(ctx.db, {
        app: facts,
        input: req.body,
        slots: planned.slots,
        invitees: [{ applicationId: facts.id }, ...others],
        userId: user.id,
        notify,
      });
      return reply.status(201).send(await reply200(id));
    },
  );

  app.get(
    '/api/v1/applications/:id/interviews',
    { ...staff, schema: { tags, params: idParams, response: { 200: z.array(interview) } } },
    async (req) => {
      const s = await scopeOf(ctx.db, await mustUser(req));
      const facts = await applicationFacts(ctx.db, req.params.id);
      if (!facts) throw notFound('That application');
      assertCanSee(s, [facts.opening_owner, facts.candidate_owner], 'That application');
      return listForApplication(ctx.db, req.params.id);
    },
  );

  app.get(
    '/api/v1/interviews/:id',
    { ...staff, schema: { tags, params: idParams, response: { 200: interview } } },
    async (req) => {
      await guard(req, req.params.id, false);
      return reply200(req.params.id);
    },
  );

  app.put(
    '/api/v1/interviews/:id/time',
    { ...staff, schema: { tags, params: idParams, body: rescheduleInput, response: { 200: interview } } },
    async (req) => {
      const user = await guard(req, req.params.id, true);
      await reschedule(ctx.db, ctx.dialect, req.params.id, req.body, user.id, notify);
      return reply200(req.params.id);
    },
  );

  app.post(
    '/api/v1/interviews/:id/cancel',
    { ...staff, schema: { tags, params: idParams, body: staffCancelInput, response: { 200: interview } } },
    async (req) => {
      const user = await guard(req, req.params.id, true);
      await cancelByStaff(ctx.db, ctx.dialect, req.params.id, req.body, user.id, notify);
      return reply200(req.params.id);
    },
  );

  app.post(
    '/api/v1/interviews/:id/attendance',
    { ...staff, schema: { tags, params: idParams, body: attendanceInput, response: { 200: interview } } },
    async (req) => {
      await guard(req, req.params.id, true);
      await recordAttendance(ctx.db, ctx.dialect, req.params.id, req.body);
      return reply200(req.params.id);
    },
  );
}
