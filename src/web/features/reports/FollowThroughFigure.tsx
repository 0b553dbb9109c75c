import { useId } from 'react';
import { ErrorMessage, Loading } from '../../ui/Status.tsx';
import { followThroughChart } from './charts.ts';
import { FollowThroughTables } from './FollowThroughTables.tsx';
import { useFollowThroughReport } from './followThroughQueries.ts';
import { followThroughCaption, followThroughEmpty } from './followThroughWords.ts';
import { PlotChart } from './PlotChart.tsx';
import type { ReportFilter } from './queries.ts';

/**
 * The follow-through report: interviews kept of interviews committed, as a caption, a line
 * over the months or weeks, and per-recruiter and per-candidate tables. Laid out as the other
 * reports are (ReportFigure), without a CSV link: this report is read on screen.
 */
export function FollowThroughFigure({ filter }: { filter: ReportFilter }) {
  const query = useFollowThroughReport(filter);
  const headingId = useId();
  const updating = query.isPlaceholderData && query.isFetching;
  const empty = query.data ? followThroughEmpty(query.data) : null;
  return (
    <section className="report" aria-labelledby={headingId}>
      <div className="page-head">
        <h2 id={headingId}>Follow-through</h2>
      </div>
      {query.isPending ? (
        <Loading label="Loading follow-through…" />
      ) : query.isError ? (
        <ErrorMessage error={query.error} />
      ) : (
        <figure className="report-figure" aria-busy={updating || undefined}>
          <figcaption>
            {followThroughCaption(query.data)}
            {updating ? <span className="updating"> Updating…</span> : null}
          </figcaption>
          {empty ? (
            <p className="empty-chart">{empty}</p>
          ) : (
            <PlotChart data={query.data} draw={followThroughChart} />
          )}
          <details>
            <summary className="table-toggle">Show as table</summary>
            <FollowThroughTables report={query.data} />
          </details>
        </figure>
      )}
    </section>
  );
}
