import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import type { Me } from '../../shared/accounts.ts';
import { isStaff, signOut, useMe } from '../features/auth/session.ts';
import { CommentsNavLink } from '../features/comments/CommentsNavLink.tsx';
import { useSite } from '../site.ts';

function SignOutButton() {
  const queryClient = useQueryClient();
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      className="link-button"
      aria-disabled={pending || undefined}
      onClick={async () => {
        if (pending) return;
        setPending(true);
        try {
          await signOut();
        } finally {
          queryClient.clear();
          // A full page load leaves nothing of the session behind in memory.
          window.location.assign('/');
        }
      }}
    >
      {pending ? 'Signing out…' : 'Sign out'}
    </button>
  );
}

function NavItems({ me }: { me: Me | null | undefined }) {
  if (!me) {
    return (
      <>
        <li>
          <a href="/jobs">Jobs</a>
        </li>
        <li>
          <NavLink to="/signin">Sign in</NavLink>
        </li>
        <li>
          <NavLink to="/signup">Create account</NavLink>
        </li>
      </>
    );
  }
  return (
    <>
      {isStaff(me) ? (
        <>
          <li>
            <NavLink to="/my-day">My day</NavLink>
          </li>
          <li>
            <NavLink to="/openings">Openings</NavLink>
          </li>
          <li>
            <NavLink to="/pipeline">Pipeline</NavLink>
          </li>
          <li>
            <NavLink to="/candidates">Candidates</NavLink>
          </li>
          <li>
            <NavLink to="/companies">Companies</NavLink>
          </li>
          <li>
            <NavLink to="/leads">Leads</NavLink>
          </li>
          <li>
            <CommentsNavLink />
          </li>
          <li>
            <NavLink to="/import">Import</NavLink>
          </li>
          <li>
            <NavLink to="/reports">Reports</NavLink>
          </li>
          <li>
            <NavLink to="/insights">Insight</NavLink>
          </li>
          <li>
            <NavLink to="/questions">Practice</NavLink>
          </li>
          <li>
            <NavLink to="/availability">Availability</NavLink>
          </li>
          <li>
            <NavLink to="/blog">Blog</NavLink>
          </li>
          {me.role === 'admin' ? (
            <>
              <li>
                <NavLink to="/users">Users</NavLink>
              </li>
              <li>
                <NavLink to="/outbox">Mail outbox</NavLink>
              </li>
              <li>
                <NavLink to="/settings/pipeline">Settings</NavLink>
              </li>
            </>
          ) : null}
        </>
      ) : (
        <>
          <li>
            <a href="/jobs">Jobs</a>
          </li>
          <li>
            <NavLink to="/" end>
              My applications
            </NavLink>
          </li>
          <li>
            <NavLink to="/practice">Practice</NavLink>
          </li>
          <li>
            <NavLink to="/my-insight">Insight</NavLink>
          </li>
        </>
      )}
      <li>
        <SignOutButton />
      </li>
    </>
  );
}

/** After client-side navigation, move focus to the new page's heading. */
function useFocusOnNavigate() {
  const { pathname } = useLocation();
  const shown = useRef(pathname);
  useEffect(() => {
    if (shown.current === pathname) return;
    shown.current = pathname;
    const h1 = document.querySelector<HTMLElement>('main h1');
    (h1 ?? document.querySelector<HTMLElement>('main'))?.focus();
    window.scrollTo(0, 0);
  }, [pathname]);
}

/** The header and footer the public site also has, around every /app page. */
export function Layout() {
  const site = useSite();
  const me = useMe();
  useFocusOnNavigate();
  return (
    <>
      <header className="site-header">
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <div className="bar">
          <a className="brand" href="/">
            {site.name}
          </a>
          <nav aria-label="Main">
            <ul>{me.isPending ? null : <NavItems me={me.data} />}</ul>
          </nav>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>
          {site.name}
          {site.email ? (
            <>
              {' · '}
              <a href={`mailto:${site.email}`}>{site.email}</a>
            </>
          ) : null}
        </p>
        <p>
          <a href="/jobs/feed.xml">Job feed</a> · <a href="/api/docs">API</a>
        </p>
      </footer>
    </>
  );
}
