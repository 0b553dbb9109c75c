import { type ReactNode, useEffect } from 'react';
import { useSite } from '../site.ts';

/** Sets the document title to "<title> · <agency>". */
export function useDocumentTitle(title: string): void {
  const site = useSite();
  useEffect(() => {
    document.title = title ? `${title} · ${site.name}` : site.name;
  }, [title, site.name]);
}

/**
 * A page's one h1 and its document title. The h1 takes focus after client-side navigation
 * (see Layout), so screen reader users hear where they arrived.
 */
export function Page(props: {
  title: string;
  heading?: ReactNode;
  /** A link back up, shown above the heading. */
  back?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
}) {
  useDocumentTitle(props.title);
  return (
    <>
      {props.back ? <p className="breadcrumb">{props.back}</p> : null}
      <div className="page-head">
        <h1 tabIndex={-1}>{props.heading ?? props.title}</h1>
        {props.actions}
      </div>
      {props.children}
    </>
  );
}

/** A scrollable frame for a wide table, so a phone scrolls the table and never the page. */
export function TableFrame({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
