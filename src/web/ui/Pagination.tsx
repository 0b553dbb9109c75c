import { Link } from 'react-router';

/**
 * Previous / "Page N of M" / next, as links, for any list paged in its address. `href` builds the
 * link to page n, keeping whatever else the address holds. Nothing shows for a single page.
 */
export function Pagination(props: {
  page: number;
  total: number;
  pageSize: number;
  /** What the pages hold, for screen readers: "Pages of candidates". */
  label: string;
  href: (page: number) => string;
}) {
  const pages = Math.max(1, Math.ceil(props.total / props.pageSize));
  const { page, href } = props;
  if (pages === 1) return null;
  return (
    <nav className="pagination" aria-label={props.label}>
      {page > 1 ? <Link to={href(page - 1)}>Previous page</Link> : null}
      <span>
        Page {page} of {pages}
      </span>
      {page < pages ? <Link to={href(page + 1)}>Next page</Link> : null}
    </nav>
  );
}
