import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Page } from '../../../ui/Page.tsx';
import { isStaff, useMe } from '../../auth/session.ts';

/** The job seeker's own practice pages; staff get a short note instead of a broken page. */
export function SeekersOnly({ children }: { children: ReactNode }) {
  const me = useMe();
  if (isStaff(me.data)) {
    return (
      <Page title="This page is for job seekers" back={<Link to="/">Home</Link>}>
        <p>
          Job seekers write their answers and stories here. Staff read shared answers on the candidate record.
        </p>
      </Page>
    );
  }
  return <>{children}</>;
}
