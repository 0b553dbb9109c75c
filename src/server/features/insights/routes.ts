import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { companyInsight, fieldInsight, fieldParams, myCompany, myGaps } from '../../../shared/insights.ts';
import type { Tables } from '../../db/tables.ts';
import { isStaff, mustUser, requireRole } from '../../platform/auth.ts';
import type { AppContext } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { idParams } from '../../platform/params.ts';
import { hidesOthers, scopeOf } from '../access/index.ts';
import { companyNotes, companyOpenings, companyProcess } from './company.ts';
import { companyScope, fieldScope, periodOf } from './contribution.ts';
import { missingSkills, seekerState, unpractised } from './gaps.ts';
import { readInsight } from './read.ts';

// Insight over HTTP. Staff read every field and company in full. A job seeker reads any
// field's page and the pages of companies they applied to, in the privacy-safe form: figures
// only where five different people stand behind them, and never anyone's notes.

/** The companies a seeker applied to (any opening there, any stage). */
async function appliedCompanies(db: Kysely<Tables>, userId: string) {
  return db
    .selectFrom('application as a')
    .innerJoin('candidate as c', 'c.id', 'a.candidate_id')
    .innerJoin('opening as o', 'o.id', 'a.opening_id')
    .innerJoin('company as co', 'co.id', 'o.company_id')
    .select(['co.id', 'co.name'])
    .distinct()
    .where('c.user_id', '=', userId)
    .orderBy('co.name')
    .execute();
}

export function registerInsightRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const db = ctx.db;
  const anyone = { preHandler: requireRole('candidate', 'recruiter', 'admin') };
  const candidate = { preHandler: requireRole('candidate') };
  const tags = ['insights'];

  app.get(
    '/api/v1/insights/fields/:field',
    { ...anyone, schema: { tags, params: fieldParams, response: { 200: fieldInsight } } },
    async (req) => {
      const user = await mustUser(req);
      const body = await readInsight(db, {
        scope: fieldScope(req.params.field),
        period: periodOf(),
        forStaff: isStaff(user),
      });
      return { field: req.params.field, ...body };
    },
  );

  app.get(
    '/api/v1/insights/companies/:id',
    { ...anyone, schema: { tags, params: idParams, response: { 200: companyInsight } } },
    async (req) => {
      const user = await mustUser(req);
      const staff = isStaff(user);
      const company = await db
        .selectFrom('company')
        .select(['id', 'name'])
        .where('id', '=', req.params.id)
        .executeTakeFirst();
      // A seeker who never applied there learns nothing, not even that the company exists.
      if (!company || (!staff && !(await appliedCompanies(db, user.id)).some((c) => c.id === company.id)))
        throw notFound('That company');
      const period = periodOf();
      const body = await readInsight(db, { scope: companyScope(company.id), period, forStaff: staff });
      const scope = staff ? await scopeOf(db, user) : null;
      const process = await companyProcess(db, company.id, period);
      return {
        company,
        ...body,
        // The process counts applications, so a seeker sees it only with enough people behind it.
        process: staff || (body.enough && (process?.applications ?? 0) >= 5) ? process : null,
        notes: scope ? await companyNotes(db, company.id, hidesOthers(scope) ? scope.userId : null) : [],
        openings: await companyOpenings(db, company.id),
      };
    },
  );

  app.get(
    '/api/v1/me/insights/companies',
    { ...candidate, schema: { tags, response: { 200: z.array(myCompany) } } },
    async (req) => appliedCompanies(db, (await mustUser(req)).id),
  );

  app.get(
    '/api/v1/me/insights/gaps',
    { ...candidate, schema: { tags, response: { 200: myGaps } } },
    async (req) => {
      const user = await mustUser(req);
      const period = periodOf();
      const me = await seekerState(db, user.id);
      const known = fieldParams.shape.field.safeParse(me.field);
      if (!known.success) return { field: null, period, missingSkills: [], unpractised: [] };
      const field = known.data;
      const body = await readInsight(db, { scope: fieldScope(field), period, forStaff: false });
      return {
        field,
        period,
        missingSkills: missingSkills(body.skills, me.profileKeys),
        unpractised: unpractised(body.questions, me.practised),
      };
    },
  );
}
