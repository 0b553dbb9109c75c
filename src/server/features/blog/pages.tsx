import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { POSTS_PER_PAGE, type Post } from '../../../shared/blog.ts';
import type { AppContext } from '../../platform/context.ts';
import { renderMarkdown } from '../../platform/markdown.ts';
import { renderPage, type SiteInfo, sendHtml } from '../../platform/pages.tsx';
import { slugify } from '../../platform/slug.ts';
import { commentSection } from '../comments/index.ts';
import { blogPostingLd } from './jsonld.ts';
import { findPublishedBySlug, listPublished, tagName } from './queries.ts';
import { readingMinutes } from './reading.ts';

// A hand-edited ?page=abc still gets the first page rather than an error.
const pageQuery = z.object({ page: z.coerce.number().int().min(1).max(10_000).catch(1) }).catch({ page: 1 });

export function formatDate(isoDate: string | null): string {
  if (!isoDate) return '';
  return new Date(isoDate).toLocaleDateString('en-US', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  });
}

function Byline({ p }: { p: Post }) {
  return (
    <p className="meta">
      {p.author ? <span>By {p.author.name}</span> : null}
      {p.author ? ' · ' : null}
      <time dateTime={p.publishedAt ?? ''}>{formatDate(p.publishedAt)}</time> ·{' '}
      <span>{readingMinutes(p.body)} min read</span>
    </p>
  );
}

function Tags({ tags }: { tags: string[] }) {
  if (!tags.length) return null;
  return (
    <p className="meta">
      Tags:{' '}
      {tags.map((t, i) => (
        <span key={t}>
          {i ? ', ' : ''}
          <a href={`/blog/tag/${slugify(t, 40)}`} rel="tag">
            {t}
          </a>
        </span>
      ))}
    </p>
  );
}

function Cover({ p, sizes }: { p: Post; sizes: string }) {
  if (!p.cover) return null;
  return (
    <img
      className="post-cover"
      src={p.cover.url}
      srcSet={p.cover.srcset}
      sizes={sizes}
      alt={p.coverAlt}
      width={p.cover.width}
      height={p.cover.height}
      decoding="async"
    />
  );
}

function PostList({
  posts,
  page,
  pages,
  base,
}: {
  posts: Post[];
  page: number;
  pages: number;
  base: string;
}) {
  const link = (n: number) => (n === 1 ? base : `${base}?page=${n}`);
  return (
    <>
      {posts.length ? (
        <ul className="job-list">
          {posts.map((p) => (
            <li key={p.id} className="job-card">
              <h2>
                <a href={`/blog/${p.slug}`}>{p.title}</a>
              </h2>
              <Byline p={p} />
              {p.summary ? <p>{p.summary}</p> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>No posts here yet.</p>
      )}
      {pages > 1 ? (
        <nav className="pagination" aria-label="Post pages">
          {page > 1 ? (
            <a rel="prev" href={link(page - 1)}>
              Newer posts
            </a>
          ) : null}
          <span aria-current="page">
            Page {page} of {pages}
          </span>
          {page < pages ? (
            <a rel="next" href={link(page + 1)}>
              Older posts
            </a>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}

function PostArticle({ p, html }: { p: Post; html: string }) {
  return (
    <article className="job post">
      <p className="breadcrumb">
        <a href="/blog">All posts</a>
      </p>
      <h1>{p.title}</h1>
      <Byline p={p} />
      <Cover p={p} sizes="(max-width: 60rem) 100vw, 60rem" />
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised by renderMarkdown */}
      <div className="description" dangerouslySetInnerHTML={{ __html: html }} />
      <Tags tags={p.tags} />
      <p>
        <a href="/jobs">Browse the open positions</a>
      </p>
    </article>
  );
}

const notFoundPage = (site: SiteInfo, user: Parameters<typeof renderPage>[1]) =>
  renderPage(
    site,
    user,
    { title: 'Post not found', noindex: true },
    <>
      <h1>Post not found</h1>
      <p>
        There is no post at this address. <a href="/blog">Read the blog</a>.
      </p>
    </>,
  );

const feedLink = (
  <link rel="alternate" type="application/atom+xml" title="Blog posts" href="/blog/feed.xml" />
);

/** The public blog: the list, tag pages and each post, rendered on the server. */
export function registerBlogPages(app: FastifyInstance, ctx: AppContext): void {
  app.get('/blog', { schema: { hide: true } }, async (request, reply) => {
    const { page } = pageQuery.parse(request.query);
    const { posts, total } = await listPublished(ctx.db, {
      limit: POSTS_PER_PAGE,
      offset: (page - 1) * POSTS_PER_PAGE,
    });
    const pages = Math.max(1, Math.ceil(total / POSTS_PER_PAGE));
    const html = renderPage(
      ctx.site,
      await request.currentUser(),
      {
        title: page > 1 ? `Blog, page ${page}` : 'Blog',
        description: `Articles for job seekers from ${ctx.site.name}.`,
        canonicalPath: page > 1 ? `/blog?page=${page}` : '/blog',
        head: feedLink,
      },
      <>
        <h1>Blog</h1>
        <PostList posts={posts} page={page} pages={pages} base="/blog" />
      </>,
    );
    return sendHtml(reply, html, page > pages ? 404 : 200);
  });

  app.get<{ Params: { tag: string } }>(
    '/blog/tag/:tag',
    { schema: { hide: true } },
    async (request, reply) => {
      const slug = request.params.tag.slice(0, 60);
      const user = await request.currentUser();
      const name = await tagName(ctx.db, slug);
      if (!name) return sendHtml(reply, notFoundPage(ctx.site, user), 404);
      const { page } = pageQuery.parse(request.query);
      const { posts, total } = await listPublished(ctx.db, {
        tagSlug: slug,
        limit: POSTS_PER_PAGE,
        offset: (page - 1) * POSTS_PER_PAGE,
      });
      const html = renderPage(
        ctx.site,
        user,
        { title: `Posts tagged “${name}”`, canonicalPath: `/blog/tag/${slug}`, head: feedLink },
        <>
          <p className="breadcrumb">
            <a href="/blog">All posts</a>
          </p>
          <h1>Posts tagged “{name}”</h1>
          <PostList
            posts={posts}
            page={page}
            pages={Math.max(1, Math.ceil(total / POSTS_PER_PAGE))}
            base={`/blog/tag/${slug}`}
          />
        </>,
      );
      return sendHtml(reply, html);
    },
  );

  app.get<{ Params: { slug: string } }>('/blog/:slug', { schema: { hide: true } }, async (request, reply) => {
    const p = await findPublishedBySlug(ctx.db, request.params.slug.slice(0, 200));
    const user = await request.currentUser();
    if (!p) return sendHtml(reply, notFoundPage(ctx.site, user), 404);
    const body = renderMarkdown(p.body);
    const url = `${ctx.site.publicUrl}/blog/${p.slug}`;
    const description = p.summary || p.title;
    const comments = await commentSection(ctx, request, user, { id: p.id, slug: p.slug, title: p.title });
    const html = renderPage(
      ctx.site,
      user,
      {
        title: p.title,
        description,
        canonicalPath: `/blog/${p.slug}`,
        openGraph: {
          type: 'article',
          title: p.title,
          description,
          url,
          site_name: ctx.site.name,
          ...(p.cover ? { image: `${ctx.site.publicUrl}${p.cover.url}`, 'image:alt': p.coverAlt } : {}),
        },
        jsonLd: [blogPostingLd(p, ctx.site)],
        head: feedLink,
      },
      <>
        <PostArticle p={p} html={body} />
        {comments}
      </>,
    );
    return sendHtml(reply, html);
  });
}
