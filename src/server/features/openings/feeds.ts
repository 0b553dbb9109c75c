import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context.ts';
import { blogSitemapUrls } from '../blog/index.ts';
import { listRecentOpen } from './queries.ts';
import { summarize } from './summary.ts';

const SITEMAP_LIMIT = 50_000;

export function xmlEscape(text: string): string {
  return text.replace(
    /[<>&'"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] as string,
  );
}

/** sitemap.xml, robots.txt and the Atom feed of new openings. */
export function registerFeeds(app: FastifyInstance, ctx: AppContext): void {
  const base = ctx.site.publicUrl;

  app.get('/robots.txt', { schema: { hide: true } }, async (_req, reply) =>
    reply
      .type('text/plain')
      .send(`User-agent: *\nDisallow: /app/\nDisallow: /api/\nAllow: /\n\nSitemap: ${base}/sitemap.xml\n`),
  );

  app.get('/sitemap.xml', { schema: { hide: true } }, async (_req, reply) => {
    const posts = await blogSitemapUrls(ctx, 5_000);
    const jobs = await listRecentOpen(ctx.db, SITEMAP_LIMIT - 2 - posts.length);
    const urls = [
      `<url><loc>${base}/</loc></url>`,
      `<url><loc>${base}/jobs</loc><changefreq>hourly</changefreq></url>`,
      ...jobs.map(
        (j) =>
          `<url><loc>${base}/jobs/${xmlEscape(j.slug)}</loc><lastmod>${j.updatedAt.slice(0, 10)}</lastmod></url>`,
      ),
      ...posts,
    ];
    return reply
      .type('application/xml; charset=utf-8')
      .send(
        `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`,
      );
  });

  app.get('/jobs/feed.xml', { schema: { hide: true } }, async (_req, reply) => {
    const jobs = await listRecentOpen(ctx.db, 50);
    const updated = jobs[0]?.postedAt ?? new Date().toISOString();
    const entries = jobs.map(
      (j) => `  <entry>
    <id>${base}/jobs/${xmlEscape(j.slug)}</id>
    <title>${xmlEscape(`${j.title} at ${j.companyName}`)}</title>
    <link rel="alternate" type="text/html" href="${base}/jobs/${xmlEscape(j.slug)}"/>
    <updated>${j.updatedAt}</updated>
    <published>${j.postedAt ?? j.createdAt}</published>
    <category term="${xmlEscape(j.field)}"/>
    <summary>${xmlEscape(summarize(j.description, 400))}</summary>
  </entry>`,
    );
    const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${base}/jobs/feed.xml</id>
  <title>${xmlEscape(`New openings at ${ctx.site.name}`)}</title>
  <link rel="self" href="${base}/jobs/feed.xml"/>
  <link rel="alternate" type="text/html" href="${base}/jobs"/>
  <updated>${updated}</updated>
  <author><name>${xmlEscape(ctx.site.name)}</name></author>
${entries.join('\n')}
</feed>
`;
    return reply.type('application/atom+xml; charset=utf-8').send(xml);
  });
}
