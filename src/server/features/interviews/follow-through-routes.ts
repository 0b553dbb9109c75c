import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  candidateFollowThrough as candidateShape,
  followThroughQuery,
  followThroughReport,
} from '../../../shared/follow-through.ts';
import { mustUser, requireRole } from '../../platform/auth.ts';
import type { AppContext } from '../../platform/context.ts';
import { invalid, notFound } from '../../platform/errors.ts';
import { idParams } from '../../platform/params.ts';
import { assertCanSee, hidesOthers, ownerOf, scopeOf } from '../access/index.ts';
import { periodBounds, REPORT_TIME_ZONE, resolvePeriod, todayIn } from '../reports/periods.ts';
import { candidateRows, followThroughRows, staffNames } from './follow-through-queries.ts';
import { buildReport, candidateFollowThrough } from './follow-through-report.ts';

// Follow-through for staff: the agency's report (over time, per recruiter, per candidate) and
// one candidate's figures. Both respect the access scope the other reports and records use.

export function registerFollowThrough(fastify: FastifyInstance, ctx: AppContext): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const staff = { preHandler: requireRole('recruiter', 'admin') };

  app.get(
    '/api/v1/reports/follow-through',
    {
      ...staff,
      schema: {
        tags: ['reports'],
        description:
          'Interviews kept of interviews committed, for interviews set in the period: for the agency, by week or month, per recruiter and per candidate (lowest rate first).',
        querystring: followThroughQuery,
        response: { 200: followThroughReport },
      },
    },
    async (req) => {
      const scope = await scopeOf(ctx.db, await mustUser(req));
      // The same period rules and zone as the other reports, so the figures line up.
      const check = resolvePeriod(req.query, todayIn(REPORT_TIME_ZONE));
      if (!check.ok) throw invalid('Some query fields are not valid.', { [check.field]: check.message });
      const rows = await followThroughRows(ctx.database, {
        ...periodBounds(check.period, REPORT_TIME_ZONE),
        openingId: req.query.openingId,
        companyId: req.query.companyId,
        onlyOwner: hidesOthers(scope) ? scope.userId : null,
      });
      const owners = new Set<string>();
      for (const r of rows) {
        const owner = r.candidateOwner ?? r.openingOwner;
        if (owner) owners.add(owner);
      }
      const report = buildReport({
        rows,
        recruiterNames: await staffNames(ctx.db, [...owners]),
        period: check.period,
        bucket: req.query.bucket,
        zone: REPORT_TIME_ZONE,
      });
      return {
        period: { ...check.period, timeZone: REPORT_TIME_ZONE },
        bucket: req.query.bucket,
        ...report,
      };
    },
  );

  app.get(
    '/api/v1/candidates/:id/follow-through',
    {
      ...staff,
      schema: {
        tags: ['candidates'],
        description: 'Interviews this candidate kept of those they committed to, and each booking behind it.',
        params: idParams,
        response: { 200: candidateShape },
      },
    },
    async (req) => {
      const scope = await scopeOf(ctx.db, await mustUser(req));
      const owner = await ownerOf(ctx.db, 'candidate', req.params.id);
      if (!owner) throw notFound('That candidate');
      assertCanSee(scope, [owner.ownerId], 'That candidate');
      return candidateFollowThrough(await candidateRows(ctx.db, req.params.id));
    },
  );
}
