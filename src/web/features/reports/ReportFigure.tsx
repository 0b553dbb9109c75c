import type { UseQueryResult } from '@tanstack/react-query';
import { type ReactNode, useId } from 'react';
import type { ReportName } from '../../../shared/reports.ts';
import { ErrorMessage, Loading } from '../../ui/Status.tsx';
import { PlotChart } from './PlotChart.tsx';
import { type ReportFilter, reportUrl } from './queries.ts';

/**
 * One report: its heading and CSV link, then a figure with a caption (the period and the
 * count behind the chart), the chart (or a sentence when there is nothing to draw) and the
 * same figures as a table behind "Show as table".
 */
export function ReportFigure<T>(props: {
  name: ReportName;
  title: string;
  filter: ReportFilter;
  query: UseQueryResult<T>;
  caption: (data: T) => ReactNode;
  /** A sentence to show instead of an empty chart, or null to draw it. */
  empty: (data: T) => string | null;
  draw: (data: T, width: number) => Element;
  table: (data: T) => ReactNode;
}) {
  const { query } = props;
  const headingId = useId();
  // Previous figures stay up while the new ones load (placeholder data); say so.
  const updating = query.isPlaceholderData && query.isFetching;
  return (
    <section className="report" aria-labelledby={headingId}>
      <div className="page-head">
        <h2 id={headingId}>{props.title}</h2>
        <a className="button secondary" href={reportUrl(props.name, props.filter, 'csv')} download>
          Download CSV<span className="visually-hidden"> of {props.title.toLowerCase()}</span>
        </a>
      </div>
      {query.isPending ? (
        <Loading label={`Loading ${props.title.toLowerCase()}…`} />
      ) : query.isError ? (
        <ErrorMessage error={query.error} />
      ) : (
        <figure className="report-figure" aria-busy={updating || undefined}>
          <figcaption>
            {props.caption(query.data)}
            {updating ? <span className="updating"> Updating…</span> : null}
          </figcaption>
          {props.empty(query.data) ? (
            <p className="empty-chart">{props.empty(query.data)}</p>
          ) : (
            <PlotChart data={query.data} draw={props.draw} />
          )}
          <details>
            <summary className="table-toggle">Show as table</summary>
            {props.table(query.data)}
          </details>
        </figure>
      )}
    </section>
  );
}
