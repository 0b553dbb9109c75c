import { Navigate, Outlet, useLocation } from 'react-router';
import type { Role } from '../../../shared/vocabulary.ts';
import { Page } from '../../ui/Page.tsx';
import { ErrorMessage, Loading } from '../../ui/Status.tsx';
import { signInPath, useMe } from './session.ts';

/** Lets signed-in people through; sends everyone else to sign in, then back here. */
export function RequireUser() {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <Loading />;
  if (me.isError) {
    return (
      <Page title="Something went wrong">
        <ErrorMessage error={me.error} />
      </Page>
    );
  }
  if (!me.data) return <Navigate to={signInPath(location.pathname + location.search)} replace />;
  return <Outlet />;
}

/** Lets only the given roles through (inside RequireUser). */
export function RequireRole({ roles }: { roles: Role[] }) {
  const me = useMe();
  if (!me.data || !roles.includes(me.data.role)) {
    const who = roles.includes('recruiter') ? 'agency staff' : 'administrators';
    return (
      <Page title="Not available">
        <p>
          This page is for {who}. You are signed in as {me.data?.email ?? 'someone else'}.
        </p>
        <p>
          <a href="/app">Go to your home page</a>
        </p>
      </Page>
    );
  }
  return <Outlet />;
}
