import { Link } from 'react-router';
import { type BankFilter, pageNumbers, toParams } from './filter.ts';

/** Previous, the page numbers and next, as links that keep the rest of the search. */
export function QuestionPages(props: { filter: BankFilter; total: number; perPage: number }) {
  const pages = Math.max(1, Math.ceil(props.total / props.perPage));
  const { page } = props.filter;
  if (pages === 1) return null;
  const to = (n: number) => `?${toParams({ ...props.filter, page: n }).toString()}`;
  return (
    <nav className="pagination" aria-label="Pages of questions">
      {page > 1 ? <Link to={to(page - 1)}>Previous page</Link> : null}
      <ul className="page-numbers">
        {pageNumbers(page, pages).map((n, i) => (
          <li key={n ?? `gap-${i}`}>
            {n === null ? (
              <span aria-hidden="true">…</span>
            ) : n === page ? (
              <span aria-current="page">
                <span className="visually-hidden">Page </span>
                {n}
              </span>
            ) : (
              <Link to={to(n)} aria-label={`Page ${n}`}>
                {n}
              </Link>
            )}
          </li>
        ))}
      </ul>
      {page < pages ? <Link to={to(page + 1)}>Next page</Link> : null}
    </nav>
  );
}
