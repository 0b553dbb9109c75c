// Reader comments under blog posts: the public form and threads, signed links, and moderation.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context.ts';
import { registerCommentLinks } from './links.ts';
import { registerCommentPosting } from './public-routes.tsx';
import { registerCommentRoutes } from './routes.ts';

export { commentSection } from './public-routes.tsx';

export function registerComments(app: FastifyInstance, ctx: AppContext): void {
  registerCommentRoutes(app, ctx);
  registerCommentPosting(app, ctx);
  registerCommentLinks(app, ctx);
}
