import { useId } from 'react';
import { Link, useParams } from 'react-router';
import type { CompanyInsight } from '../../../shared/insights.ts';
import { Page } from '../../ui/Page.tsx';
import { Async } from '../../ui/Status.tsx';
import { CompanyNotes } from './CompanyNotes.tsx';
import { CompanyProcess } from './CompanyProcess.tsx';
import { InsightBody, InsightSummary } from './InsightBody.tsx';
import { useCompanyInsight } from './queries.ts';

type Mode = 'staff' | 'seeker';

function CompanyOpenings({ openings }: { openings: CompanyInsight['openings'] }) {
  const headingId = useId();
  return (
    <section className="record-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Open positions</h2>
      {openings.length === 0 ? (
        <p className="meta">No open positions right now.</p>
      ) : (
        <ul>
          {openings.map((o) => (
            <li key={o.id}>
              {/* The job's public page lives outside the app. */}
              <a href={`/jobs/${o.slug}`}>{o.title}</a> <span className="meta">· {o.city}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function CompanyInsightBody({ c, mode }: { c: CompanyInsight; mode: Mode }) {
  return (
    <>
      <InsightSummary body={c} />
      <InsightBody body={c}>
        <CompanyProcess insight={c} />
      </InsightBody>
      {mode === 'staff' ? <CompanyNotes notes={c.notes} /> : null}
      <CompanyOpenings openings={c.openings} />
    </>
  );
}

function CompanyInsightPage({ mode }: { mode: Mode }) {
  const id = Number(useParams().id);
  const insight = useCompanyInsight(id);
  const name = insight.data?.company.name;
  const back =
    mode === 'staff' ? (
      <Link to={`/companies/${id}`}>{name ?? 'The company'}</Link>
    ) : (
      <Link to="/my-insight">My insight</Link>
    );
  return (
    <Page title={name ? `Interview insight: ${name}` : 'Interview insight'} back={back}>
      <Async query={insight} loading="Loading the company's insight…">
        {(c) => <CompanyInsightBody c={c} mode={mode} />}
      </Async>
    </Page>
  );
}

/** /app/companies/:id/insight: everything, notes with their authors included. */
export function StaffCompanyInsight() {
  return <CompanyInsightPage mode="staff" />;
}

/** /app/my-insight/companies/:id: a company the seeker applied to, without notes. */
export function SeekerCompanyInsight() {
  return <CompanyInsightPage mode="seeker" />;
}
