import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { candidateListQuery } from '../../../shared/candidates.ts';
import { openingListQuery } from '../../../shared/openings.ts';
import { applicationListQuery } from '../../../shared/pipeline.ts';
import { mustUser, requireRole } from '../../platform/auth.ts';
import type { AppContext } from '../../platform/context.ts';
import { hidesOthers, scopeOf } from '../access/index.ts';
import { listCandidates } from '../candidates/index.ts';
import { listOpenings } from '../openings/index.ts';
import { listApplications } from '../pipeline/index.ts';
import { csvStream, datedName, sendCsv } from './csv-out.ts';
import {
  APPLICATION_COLUMNS,
  applicationCells,
  CANDIDATE_COLUMNS,
  candidateCells,
  OPENING_COLUMNS,
  openingCells,
} from './export-columns.ts';

// CSV exports of what the lists show, with the same filters, every page, within the access
// scope: under 'own-only' a recruiter exports only what they own.

/** Records read per query while streaming. */
const EXPORT_PAGE = 500;

export function registerExports(fastify: FastifyInstance, ctx: AppContext): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const staff = { preHandler: requireRole('recruiter', 'admin') };
  const tags = ['exports'];
  const csv = 'A CSV file (UTF-8 with a byte order mark).';

  app.get(
    '/api/v1/exports/candidates.csv',
    { ...staff, schema: { tags, description: csv, querystring: candidateListQuery.omit({ page: true }) } },
    async (req, reply) => {
      const s = await scopeOf(ctx.db, await mustUser(req));
      const filters = {
        ...req.query,
        onlyOwner: hidesOthers(s) ? s.userId : undefined,
        pageSize: EXPORT_PAGE,
      };
      async function* rows() {
        for (let page = 1; ; page++) {
          const { results, total } = await listCandidates(ctx.db, { ...filters, page });
          for (const c of results) yield candidateCells(c);
          if (results.length === 0 || page * EXPORT_PAGE >= total) return;
        }
      }
      return sendCsv(reply, datedName('candidates'), csvStream(CANDIDATE_COLUMNS, rows()));
    },
  );

  app.get(
    '/api/v1/exports/openings.csv',
    { ...staff, schema: { tags, description: csv, querystring: openingListQuery } },
    async (req, reply) => {
      const s = await scopeOf(ctx.db, await mustUser(req));
      const filter = { ...req.query, ...(hidesOthers(s) ? { ownerId: s.userId } : {}) };
      async function* rows() {
        for (let offset = 0; ; offset += EXPORT_PAGE) {
          const page = await listOpenings(ctx.db, { ...filter, limit: EXPORT_PAGE, offset });
          for (const o of page) yield openingCells(o);
          if (page.length < EXPORT_PAGE) return;
        }
      }
      return sendCsv(reply, datedName('openings'), csvStream(OPENING_COLUMNS, rows()));
    },
  );

  app.get(
    '/api/v1/exports/applications.csv',
    { ...staff, schema: { tags, description: csv, querystring: applicationListQuery.omit({ page: true }) } },
    async (req, reply) => {
      const s = await scopeOf(ctx.db, await mustUser(req));
      async function* rows() {
        for (let page = 1; ; page++) {
          const res = await listApplications(ctx.db, { ...req.query, page }, s);
          for (const a of res.results) yield applicationCells(a);
          if (res.results.length === 0 || page * res.pageSize >= res.total) return;
        }
      }
      return sendCsv(reply, datedName('applications'), csvStream(APPLICATION_COLUMNS, rows()));
    },
  );
}
