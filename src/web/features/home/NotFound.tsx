import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { Page } from '../../ui/Page.tsx';

export function NotFound() {
  return (
    <Page title="Page not found">
      <p>There is nothing at this address.</p>
      <p>
        <Link to="/">Go to your home page</Link> or <a href="/jobs">search the jobs</a>.
      </p>
    </Page>
  );
}

/** Shown when a page fails to render: a bug, but the person still gets a way on. */
export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;
  return (
    <Page title="Something went wrong">
      <p className="error" role="alert">
        This page could not be shown. Reload it, or go back and try again.
      </p>
      <p>
        <Link to="/">Go to your home page</Link>
      </p>
    </Page>
  );
}
