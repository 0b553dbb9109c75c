import type { FastifyInstance } from 'fastify';
import { type JobSearchQuery, type JobSummary, jobSearchQuery } from '../../../shared/openings.ts';
import { EMPLOYMENT_TYPES, FIELDS, label, WORKPLACE_TYPES } from '../../../shared/vocabulary.ts';
import type { AppContext } from '../../platform/context.ts';
import { issuesToFields } from '../../platform/errors.ts';
import { renderMarkdown } from '../../platform/markdown.ts';
import { renderPage, sendHtml } from '../../platform/pages.tsx';
import { registerFeeds } from './feeds.ts';
import { jobPostingLd } from './jsonld.ts';
import { findOpeningBySlug, listOpenAtCompany, PAGE_SIZE, searchJobs } from './queries.ts';
import { formatSalary } from './salary.ts';

export function place(j: Pick<JobSummary, 'city' | 'region' | 'country' | 'workplaceType'>): string {
  const where = [j.city, j.region, j.country].filter(Boolean).join(', ');
  if (j.workplaceType === 'remote') return where ? `Remote (${where})` : 'Remote';
  return j.workplaceType === 'hybrid' ? `${where} · Hybrid` : where;
}

function formatDate(isoDate: string | null): string {
  if (!isoDate) return '';
  return new Date(isoDate).toLocaleDateString('en-US', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  });
}

export function JobCard({ job }: { job: JobSummary }) {
  return (
    <li className="job-card">
      <h3>
        <a href={`/jobs/${job.slug}`}>{job.title}</a>
      </h3>
      <p className="meta">
        <span>{job.companyName}</span> · <span>{place(job)}</span> · <span>{label(job.employmentType)}</span>
      </p>
      {job.salary ? <p className="salary">{formatSalary(job.salary)}</p> : null}
      <p>{job.summary}</p>
      {job.postedAt ? (
        <p className="meta">
          Posted <time dateTime={job.postedAt}>{formatDate(job.postedAt)}</time>
        </p>
      ) : null}
    </li>
  );
}

function Select(props: {
  name: string;
  label: string;
  value: string;
  options: readonly string[];
  all: string;
}) {
  return (
    <div className="field">
      <label htmlFor={`f-${props.name}`}>{props.label}</label>
      <select id={`f-${props.name}`} name={props.name} defaultValue={props.value}>
        <option value="">{props.all}</option>
        {props.options.map((o) => (
          <option key={o} value={o}>
            {label(o)}
          </option>
        ))}
      </select>
    </div>
  );
}

export function SearchForm({ q }: { q: JobSearchQuery }) {
  const advanced = q.workplace !== '' || q.type !== '' || q.minSalary !== '' || q.sort !== 'relevance';
  return (
    <form className="search" method="get" action="/jobs" role="search" aria-label="Search jobs">
      <div className="field grow">
        <label htmlFor="f-q">Keywords</label>
        <input id="f-q" name="q" type="search" defaultValue={q.q} placeholder="Job title, skill or company" />
      </div>
      <div className="field">
        <label htmlFor="f-location">Location</label>
        <input
          id="f-location"
          name="location"
          defaultValue={q.location}
          placeholder="City, region or country"
        />
      </div>
      <Select name="field" label="Field" value={q.field} options={FIELDS} all="All fields" />
      {/* Less used filters fold away, so a phone shows results without scrolling past them. */}
      <details className="more-filters" open={advanced || undefined}>
        <summary>More filters</summary>
        <div className="more-grid">
          <Select
            name="workplace"
            label="Workplace"
            value={q.workplace}
            options={WORKPLACE_TYPES}
            all="Any workplace"
          />
          <Select
            name="type"
            label="Employment type"
            value={q.type}
            options={EMPLOYMENT_TYPES}
            all="Any type"
          />
          <div className="field">
            <label htmlFor="f-minSalary">Minimum yearly salary</label>
            <input
              id="f-minSalary"
              name="minSalary"
              type="number"
              min="0"
              step="1000"
              inputMode="numeric"
              defaultValue={q.minSalary === '' ? '' : String(q.minSalary)}
            />
          </div>
          <div className="field">
            <label htmlFor="f-sort">Sort by</label>
            <select id="f-sort" name="sort" defaultValue={q.sort}>
              <option value="relevance">Relevance</option>
              <option value="newest">Newest</option>
            </select>
          </div>
        </div>
      </details>
      <div className="actions">
        <button type="submit">Search</button>
      </div>
    </form>
  );
}

function pageLink(q: JobSearchQuery, page: number): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...q, page })) {
    if (v !== '' && !(k === 'sort' && v === 'relevance') && !(k === 'page' && v === 1))
      params.set(k, String(v));
  }
  const s = params.toString();
  return s ? `/jobs?${s}` : '/jobs';
}

function Pagination({ q, total }: { q: JobSearchQuery; total: number }) {
  const pages = Math.min(1000, Math.ceil(total / PAGE_SIZE));
  if (pages <= 1) return null;
  return (
    <nav className="pagination" aria-label="Result pages">
      {q.page > 1 ? (
        <a rel="prev" href={pageLink(q, q.page - 1)}>
          Previous
        </a>
      ) : null}
      <span aria-current="page">
        Page {q.page} of {pages.toLocaleString('en-US')}
      </span>
      {q.page < pages ? (
        <a rel="next" href={pageLink(q, q.page + 1)}>
          Next
        </a>
      ) : null}
    </nav>
  );
}

export function registerOpeningPages(app: FastifyInstance, ctx: AppContext): void {
  app.get('/jobs', { schema: { hide: true } }, async (request, reply) => {
    const parsed = jobSearchQuery.safeParse(request.query);
    // A hand-edited URL with a bad filter still gets a page: the bad values are dropped.
    const q = parsed.success ? parsed.data : dropInvalid(request.query, parsed.error.issues);
    const result = await searchJobs(ctx.database, q);
    const user = await request.currentUser();
    const count = `${result.total.toLocaleString('en-US')}${result.capped ? '+' : ''} ${result.total === 1 ? 'job' : 'jobs'}`;
    const title = q.q ? `Jobs matching “${q.q}”` : 'Jobs';
    const html = renderPage(
      ctx.site,
      user,
      {
        title,
        description: `Open positions at ${ctx.site.name}.`,
        canonicalPath: '/jobs',
        noindex: q.page > 1 || q.q !== '',
      },
      <>
        <h1>Find your next job</h1>
        <SearchForm q={q} />
        <h2 className="result-count" aria-live="polite">
          {count}
          {q.q ? ` for “${q.q}”` : ''}
        </h2>
        {result.results.length ? (
          <ul className="job-list">
            {result.results.map((j) => (
              <JobCard key={j.slug} job={j} />
            ))}
          </ul>
        ) : (
          <p>No open positions match. Try fewer words or remove a filter.</p>
        )}
        <Pagination q={q} total={result.total} />
      </>,
    );
    return sendHtml(reply, html);
  });

  app.get<{ Params: { slug: string } }>('/jobs/:slug', { schema: { hide: true } }, async (request, reply) => {
    const job = await findOpeningBySlug(ctx.db, request.params.slug.slice(0, 200));
    const user = await request.currentUser();
    if (!job || job.status === 'draft') {
      const html = renderPage(ctx.site, user, { title: 'Job not found', noindex: true }, <NotFound />);
      return sendHtml(reply, html, 404);
    }
    if (job.status !== 'open') {
      const html = renderPage(
        ctx.site,
        user,
        { title: `${job.title} (closed)`, noindex: true },
        <>
          <h1>{job.title}</h1>
          <p className="notice">This position is closed and no longer takes applications.</p>
          <p>
            <a href="/jobs">See the open positions</a>
          </p>
        </>,
      );
      return sendHtml(reply, html, 410);
    }
    const descriptionHtml = renderMarkdown(job.description);
    const others = await listOpenAtCompany(ctx.db, job.companyId, job.id);
    const summary = `${job.companyName} · ${place(job)} · ${label(job.employmentType)}`;
    const html = renderPage(
      ctx.site,
      user,
      {
        title: `${job.title} at ${job.companyName}`,
        description: summary,
        canonicalPath: `/jobs/${job.slug}`,
        openGraph: {
          type: 'website',
          title: `${job.title} at ${job.companyName}`,
          description: summary,
          url: `${ctx.site.publicUrl}/jobs/${job.slug}`,
          site_name: ctx.site.name,
        },
        jsonLd: [jobPostingLd(job, descriptionHtml, ctx.site)],
      },
      <article className="job">
        <p className="breadcrumb">
          <a href="/jobs">All jobs</a>
        </p>
        <h1>{job.title}</h1>
        <p className="meta">{summary}</p>
        <dl className="facts">
          <dt>Field</dt>
          <dd>{job.field}</dd>
          <dt>Workplace</dt>
          <dd>{label(job.workplaceType)}</dd>
          {job.salary ? (
            <>
              <dt>Salary</dt>
              <dd>{formatSalary(job.salary)}</dd>
            </>
          ) : null}
          <dt>Posted</dt>
          <dd>{formatDate(job.postedAt)}</dd>
          {job.validThrough ? (
            <>
              <dt>Apply by</dt>
              <dd>{formatDate(job.validThrough)}</dd>
            </>
          ) : null}
        </dl>
        <p>
          <a className="button" href={`/app/apply/${job.slug}`}>
            Apply for this job
          </a>
        </p>
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised by renderMarkdown */}
        <div className="description" dangerouslySetInnerHTML={{ __html: descriptionHtml }} />
        <section aria-labelledby="others">
          <h2 id="others">More open positions at {job.companyName}</h2>
          {others.length ? (
            <ul className="job-list">
              {others.map((j) => (
                <JobCard key={j.slug} job={j} />
              ))}
            </ul>
          ) : (
            <p>No other open positions at {job.companyName} right now.</p>
          )}
        </section>
      </article>,
    );
    return sendHtml(reply, html);
  });

  registerFeeds(app, ctx);
}

function NotFound() {
  return (
    <>
      <h1>Job not found</h1>
      <p>
        There is no open position at this address. <a href="/jobs">Search the open positions</a>.
      </p>
    </>
  );
}

function dropInvalid(
  query: unknown,
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): JobSearchQuery {
  const bad = Object.keys(issuesToFields(issues));
  const cleaned = Object.fromEntries(
    Object.entries((query ?? {}) as Record<string, unknown>).filter(([k]) => !bad.includes(k)),
  );
  return jobSearchQuery.parse(cleaned);
}
