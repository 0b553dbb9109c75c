import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import {
  funnelReport,
  openPositionsReport,
  placementsBySourceReport,
  type ReportName,
  type ReportPeriod,
  type ReportQuery,
  reportQuery,
  timeToPlacementReport,
} from '../../../shared/reports.ts';
import { mustUser, requireRole } from '../../platform/auth.ts';
import type { AppContext } from '../../platform/context.ts';
import { invalid } from '../../platform/errors.ts';
import { hidesOthers, scopeOf } from '../access/index.ts';
import { listStages } from '../pipeline/index.ts';
import { funnelCsv, openPositionsCsv, placementsBySourceCsv, timeToPlacementCsv } from './csv.ts';
import { REPORT_TIME_ZONE, resolvePeriod, todayIn } from './periods.ts';
import {
  funnel,
  openPositions,
  placementsBySource,
  type ReportFilters,
  timeToPlacementReport as ttp,
} from './queries.ts';

/** What every report is built from: the checked filters, the period and the stages. */
interface Inputs {
  query: ReportQuery;
  filters: ReportFilters;
  period: ReportPeriod;
  stages: Awaited<ReturnType<typeof listStages>>;
}

/** Reports for staff: each as JSON and as CSV, limited to what the access scope shows. */
export function registerReports(fastify: FastifyInstance, ctx: AppContext): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const staff = { preHandler: requireRole('recruiter', 'admin') };
  const tags = ['reports'];

  async function inputs(req: FastifyRequest, query: ReportQuery): Promise<Inputs> {
    const scope = await scopeOf(ctx.db, await mustUser(req));
    const check = resolvePeriod(query, todayIn(REPORT_TIME_ZONE));
    if (!check.ok) throw invalid('Some query fields are not valid.', { [check.field]: check.message });
    return {
      query,
      filters: {
        period: check.period,
        openingId: query.openingId,
        companyId: query.companyId,
        onlyOwner: hidesOthers(scope) ? scope.userId : null,
      },
      period: { ...check.period, timeZone: REPORT_TIME_ZONE },
      stages: await listStages(ctx.db),
    };
  }

  /** Registers /api/v1/reports/NAME (JSON) and /api/v1/reports/NAME.csv. */
  function report<S extends z.ZodType>(
    name: ReportName,
    description: string,
    schema: S,
    build: (i: Inputs) => Promise<z.infer<S>>,
    csv: (r: z.infer<S>, i: Inputs) => string,
  ): void {
    const url = `/api/v1/reports/${name}`;
    app.get(
      url,
      {
        ...staff,
        schema: {
          tags,
          description,
          querystring: reportQuery, // The provider cannot follow a generic S to the reply type; `build` is typed by S itself.
          response: { 200: schema as z.ZodType },
        },
      },
      async (req) => build(await inputs(req, req.query)),
    );
    app.get(
      `${url}.csv`,
      { ...staff, schema: { tags, description: `${description} As CSV.`, querystring: reportQuery } },
      async (req, reply) => {
        const i = await inputs(req, req.query);
        const file = `${name}-${i.period.from}-to-${i.period.to}.csv`;
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${file}"`)
          .header('cache-control', 'no-store')
          .send(csv(await build(i), i));
      },
    );
  }

  report(
    'funnel',
    'Applications created in the period and how many of them ever reached each stage, by month or week (and by opening with byOpening=true).',
    funnelReport,
    async (i) => ({
      period: i.period,
      groupBy: i.query.groupBy,
      ...(await funnel(ctx.database, i.stages, i.filters, i.query)),
    }),
    (r, i) => funnelCsv(r, i.query.byOpening),
  );
  report(
    'time-to-placement',
    'Days from application to placement for applications moved into a placed stage in the period: count, median and quartiles, overall and per opening.',
    timeToPlacementReport,
    async (i) => ({ period: i.period, ...(await ttp(ctx.database, i.stages, i.filters)) }),
    timeToPlacementCsv,
  );
  report(
    'placements-by-source',
    'Placements made in the period, counted by the candidate’s source.',
    placementsBySourceReport,
    async (i) => ({ period: i.period, ...(await placementsBySource(ctx.database, i.stages, i.filters)) }),
    placementsBySourceCsv,
  );
  report(
    'open-positions',
    'Per company, open openings and positions still to fill, as they stand now (from and to do not apply).',
    openPositionsReport,
    async (i) => ({
      asOf: new Date().toISOString(),
      ...(await openPositions(ctx.database, i.stages, i.filters)),
    }),
    openPositionsCsv,
  );
}
