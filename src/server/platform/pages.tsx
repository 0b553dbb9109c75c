// biome-ignore-all lint/security/noDangerouslySetInnerHtml: the only inner HTML here is JSON-LD escaped by jsonLdScript
import type { FastifyReply } from 'fastify';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { SessionUser } from './auth.ts';

export interface SiteInfo {
  name: string;
  email: string;
  phone: string;
  address: string;
  publicUrl: string;
}

export interface PageMeta {
  title: string;
  description?: string;
  /** Path of the canonical URL, e.g. /jobs/designer-acme-12 */
  canonicalPath?: string;
  openGraph?: Record<string, string>;
  /** JSON-LD objects placed in the head. */
  jsonLd?: object[];
  noindex?: boolean;
  /** Extra elements for the head, e.g. feed links. */
  head?: ReactNode;
}

/** Serialises JSON-LD so that no string in it can close the script element. */
export function jsonLdScript(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

function Header({ site, user }: { site: SiteInfo; user: SessionUser | null }) {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <div className="bar">
        <a className="brand" href="/">
          {site.name}
        </a>
        <nav aria-label="Main">
          <ul>
            <li>
              <a href="/jobs">Jobs</a>
            </li>
            <li>
              <a href="/blog">Blog</a>
            </li>
            <li>
              <a href="/contact">Contact</a>
            </li>
            {user ? (
              <li>
                <a href="/app">{user.role === 'candidate' ? 'My applications' : 'Workspace'}</a>
              </li>
            ) : (
              <>
                <li>
                  <a href="/app/signin">Sign in</a>
                </li>
                <li>
                  <a href="/app/signup">Create account</a>
                </li>
              </>
            )}
          </ul>
        </nav>
      </div>
    </header>
  );
}

function Footer({ site }: { site: SiteInfo }) {
  return (
    <footer className="site-footer">
      <p>
        {site.name}
        {site.address ? ` · ${site.address}` : ''} · <a href={`mailto:${site.email}`}>{site.email}</a>
        {site.phone ? ` · ${site.phone}` : ''}
      </p>
      <p>
        <a href="/jobs/feed.xml">Job feed</a> · <a href="/blog">Blog</a> · <a href="/contact">Contact us</a> ·{' '}
        <a href="/api/docs">API</a>
      </p>
    </footer>
  );
}

/** Renders a whole server-side page: head, header, main content, footer. */
export function renderPage(
  site: SiteInfo,
  user: SessionUser | null,
  meta: PageMeta,
  body: ReactNode,
): string {
  const canonical = meta.canonicalPath ? `${site.publicUrl}${meta.canonicalPath}` : undefined;
  const doc = (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{meta.title === site.name ? site.name : `${meta.title} · ${site.name}`}</title>
        {meta.description ? <meta name="description" content={meta.description} /> : null}
        {canonical ? <link rel="canonical" href={canonical} /> : null}
        {meta.noindex ? <meta name="robots" content="noindex" /> : null}
        {Object.entries(meta.openGraph ?? {}).map(([k, v]) => (
          <meta key={k} property={`og:${k}`} content={v} />
        ))}
        <link rel="stylesheet" href="/static/site.css" />
        <link rel="alternate" type="application/atom+xml" title="New openings" href="/jobs/feed.xml" />
        {meta.head}
        {(meta.jsonLd ?? []).map((d) => (
          <script
            key={jsonLdScript(d).length}
            type="application/ld+json"
            dangerouslySetInnerHTML={{ __html: jsonLdScript(d) }}
          />
        ))}
      </head>
      <body>
        <Header site={site} user={user} />
        <main id="main" tabIndex={-1}>
          {body}
        </main>
        <Footer site={site} />
      </body>
    </html>
  );
  return `<!doctype html>${renderToStaticMarkup(doc)}`;
}

export function sendHtml(reply: FastifyReply, html: string, status = 200): FastifyReply {
  return reply
    .status(status)
    .type('text/html; charset=utf-8')
    .header(
      'content-security-policy',
      "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
    )
    .send(html);
}
