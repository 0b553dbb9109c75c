import { type ReactNode, useId } from 'react';
import { PlotChart } from '../reports/PlotChart.tsx';

/**
 * One insight section: its heading, then a figure with a caption (what, the period and the
 * interviews behind it), the chart, and the same figures as a table or list under it. `empty`
 * replaces the chart and the table with a sentence when there is nothing to draw.
 */
export function InsightFigure<T>(props: {
  title: string;
  caption: string;
  data: T;
  draw: (data: T, width: number) => Element;
  empty?: string | null;
  /** Put the table behind "Show as table" (the default); false shows it open under the chart. */
  folded?: boolean;
  children: ReactNode;
}) {
  const headingId = useId();
  const { folded = true } = props;
  return (
    <section className="report" aria-labelledby={headingId}>
      <div className="page-head">
        <h2 id={headingId}>{props.title}</h2>
      </div>
      {props.empty ? (
        <p className="empty-chart">{props.empty}</p>
      ) : (
        <figure className="report-figure">
          <figcaption>{props.caption}</figcaption>
          <PlotChart data={props.data} draw={props.draw} />
          {folded ? (
            <details>
              <summary className="table-toggle">
                Show as table<span className="visually-hidden"> ({props.title.toLowerCase()})</span>
              </summary>
              {props.children}
            </details>
          ) : (
            props.children
          )}
        </figure>
      )}
    </section>
  );
}

/** A section of figures in words, with the same frame as a chart's. */
export function InsightSection(props: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="report" aria-labelledby={headingId}>
      <div className="page-head">
        <h2 id={headingId}>{props.title}</h2>
      </div>
      {props.children}
    </section>
  );
}
