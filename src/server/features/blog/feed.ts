import type { FastifyInstance } from 'fastify';
import { isStaff } from '../../platform/auth.ts';
import type { AppContext } from '../../platform/context.ts';
import { renderMarkdown } from '../../platform/markdown.ts';
import { BlogImages } from './images.ts';
import { isPublicImage, listRecentPublished } from './queries.ts';

const FEED_SIZE = 30;

function xml(text: string): string {
  return text.replace(
    /[<>&'"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] as string,
  );
}

/** Sitemap entries for the blog: its front page and every published post. */
export async function blogSitemapUrls(ctx: AppContext, limit: number): Promise<string[]> {
  const base = ctx.site.publicUrl;
  const posts = await listRecentPublished(ctx.db, limit);
  return [
    `<url><loc>${base}/blog</loc><changefreq>daily</changefreq></url>`,
    ...posts.map(
      (p) =>
        `<url><loc>${base}/blog/${xml(p.slug)}</loc><lastmod>${p.updatedAt.slice(0, 10)}</lastmod></url>`,
    ),
  ];
}

/** The Atom feed of posts and the cover image files. */
export function registerBlogFeed(app: FastifyInstance, ctx: AppContext, images: BlogImages): void {
  const base = ctx.site.publicUrl;

  app.get('/blog/feed.xml', { schema: { hide: true } }, async (_req, reply) => {
    const posts = await listRecentPublished(ctx.db, FEED_SIZE);
    const updated = posts[0]?.publishedAt ?? new Date().toISOString();
    const entries = posts.map(
      (p) => `  <entry>
    <id>${base}/blog/${xml(p.slug)}</id>
    <title>${xml(p.title)}</title>
    <link rel="alternate" type="text/html" href="${base}/blog/${xml(p.slug)}"/>
    <published>${p.publishedAt}</published>
    <updated>${p.updatedAt > (p.publishedAt ?? '') ? p.updatedAt : p.publishedAt}</updated>
    <author><name>${xml(p.author?.name ?? ctx.site.name)}</name></author>
${p.tags.map((t) => `    <category term="${xml(t)}"/>`).join('\n')}
    <summary>${xml(p.summary || p.title)}</summary>
    <content type="html">${xml(renderMarkdown(p.body))}</content>
  </entry>`,
    );
    const body = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${base}/blog/feed.xml</id>
  <title>${xml(`${ctx.site.name} blog`)}</title>
  <link rel="self" href="${base}/blog/feed.xml"/>
  <link rel="alternate" type="text/html" href="${base}/blog"/>
  <updated>${updated}</updated>
  <author><name>${xml(ctx.site.name)}</name></author>
${entries.join('\n')}
</feed>
`;
    return reply.type('application/atom+xml; charset=utf-8').send(body);
  });

  app.get<{ Params: { file: string } }>(
    '/blog/images/:file',
    { schema: { hide: true } },
    async (req, reply) => {
      const key = BlogImages.keyOf(req.params.file);
      // A draft's cover stays with staff until its post goes public, even to someone who
      // guessed or kept the address.
      const open = key !== null && (await isPublicImage(ctx.db, key));
      const allowed = open || (key !== null && isStaff(await req.currentUser()));
      const stream = allowed ? await images.open(req.params.file) : null;
      if (!stream) return reply.status(404).type('text/plain').send('Not found');
      // Each file name is a fresh random key, so its bytes never change.
      return reply
        .type('image/webp')
        .header('cache-control', open ? 'public, max-age=31536000, immutable' : 'private, no-store')
        .send(stream);
    },
  );
}
