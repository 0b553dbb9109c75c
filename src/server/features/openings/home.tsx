import type { FastifyInstance } from 'fastify';
import { jobSearchQuery } from '../../../shared/openings.ts';
import { FIELDS } from '../../../shared/vocabulary.ts';
import type { AppContext } from '../../platform/context.ts';
import { renderPage, sendHtml } from '../../platform/pages.tsx';
import { needsSetup } from '../accounts/accounts.ts';
import { JobCard, SearchForm } from './pages.tsx';
import { listRecentOpen, toSummary } from './queries.ts';

/** The front page; an instance without an admin sends its first visitor to set-up. */
export function registerHome(app: FastifyInstance, ctx: AppContext): void {
  app.get('/', { schema: { hide: true } }, async (request, reply) => {
    if (await needsSetup(ctx.db)) return reply.redirect('/setup', 303);
    const recent = (await listRecentOpen(ctx.db, 6)).map(toSummary);
    const html = renderPage(
      ctx.site,
      await request.currentUser(),
      {
        title: ctx.site.name,
        description: `${ctx.site.name}: open positions and help getting the interview.`,
        canonicalPath: '/',
      },
      <>
        <section className="hero">
          <h1>We set you up with interviews, and help you through them</h1>
          <p>
            Search the positions our clients are hiring for, apply in a minute, and follow every step from
            your portal.
          </p>
          <SearchForm q={jobSearchQuery.parse({})} />
        </section>
        <section aria-labelledby="fields">
          <h2 id="fields">Browse by field</h2>
          <ul className="chips">
            {FIELDS.map((f) => (
              <li key={f}>
                <a href={`/jobs?field=${encodeURIComponent(f)}`}>{f}</a>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="newest">
          <h2 id="newest">Newest openings</h2>
          {recent.length ? (
            <ul className="job-list">
              {recent.map((j) => (
                <JobCard key={j.slug} job={j} />
              ))}
            </ul>
          ) : (
            <p>No open positions yet.</p>
          )}
          <p>
            <a href="/jobs">All open positions</a>
          </p>
        </section>
      </>,
    );
    return sendHtml(reply, html);
  });
}
