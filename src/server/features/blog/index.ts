// The blog: staff write posts (draft, scheduled, published); the public reads them server-rendered.
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context.ts';
import { registerBlogFeed } from './feed.ts';
import { BlogImages } from './images.ts';
import { registerBlogPages } from './pages.tsx';
import { registerBlogRoutes } from './routes.ts';

export { blogSitemapUrls } from './feed.ts';

export function registerBlog(app: FastifyInstance, ctx: AppContext): void {
  const images = new BlogImages(join(ctx.config.dataDir, 'blog-images'));
  registerBlogRoutes(app, ctx, images);
  registerBlogPages(app, ctx);
  registerBlogFeed(app, ctx, images);
}
