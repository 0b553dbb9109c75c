// The contact form and the recruiters' leads inbox.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context.ts';
import { registerContactPages } from './contact-routes.ts';
import { registerLeadRoutes } from './routes.ts';

export { moveLeadLinks } from './queries.ts';

export function registerLeads(app: FastifyInstance, ctx: AppContext): void {
  registerLeadRoutes(app, ctx);
  registerContactPages(app, ctx);
}
