import { Link } from 'react-router';
import type { Me } from '../../../shared/accounts.ts';
import { Page } from '../../ui/Page.tsx';
import { Async } from '../../ui/Status.tsx';
import { usePendingComments } from '../comments/queries.ts';
import { useCompanies } from '../companies/queries.ts';
import { useNewLeadCount } from '../leads/queries.ts';
import { OpeningTable } from '../openings/OpeningTable.tsx';
import { useOpenings } from '../openings/queries.ts';
import { MyDayTile } from '../tasks/MyDayTile.tsx';

function Tiles({ me }: { me: Me }) {
  const open = useOpenings({ status: 'open' });
  const companies = useCompanies();
  const leads = useNewLeadCount();
  const comments = usePendingComments(true);
  const count = (n: number | undefined, one: string, many: string) =>
    n === undefined ? '…' : `${n} ${n === 1 ? one : many}`;
  return (
    <ul className="tiles">
      <MyDayTile />
      <li>
        <Link to="/openings">
          <strong>Openings</strong>
          <span>{count(open.data?.length, 'open now', 'open now')}</span>
        </Link>
      </li>
      <li>
        <Link to="/companies">
          <strong>Companies</strong>
          <span>{count(companies.data?.length, 'client', 'clients')}</span>
        </Link>
      </li>
      <li>
        <Link to="/leads">
          <strong>Leads</strong>
          <span>{count(leads.data?.new, 'new message', 'new messages')}</span>
        </Link>
      </li>
      <li>
        <Link to="/comments">
          <strong>Comments</strong>
          <span>{count(comments.data?.pending, 'awaiting moderation', 'awaiting moderation')}</span>
        </Link>
      </li>
      {me.role === 'admin' ? (
        <>
          <li>
            <Link to="/users">
              <strong>Users</strong>
              <span>Accounts and invitations</span>
            </Link>
          </li>
          <li>
            <Link to="/outbox">
              <strong>Mail outbox</strong>
              <span>What the system sent</span>
            </Link>
          </li>
        </>
      ) : null}
    </ul>
  );
}

/** The staff home: where things stand, and the open openings. */
export function Workspace({ me }: { me: Me }) {
  const open = useOpenings({ status: 'open' });
  return (
    <Page title="Workspace" heading={`Welcome, ${me.name}`}>
      <Tiles me={me} />
      <section aria-labelledby="open-now">
        <div className="page-head">
          <h2 id="open-now">Open now</h2>
          <Link className="button secondary" to="/openings/new">
            New opening
          </Link>
        </div>
        <Async query={open} loading="Loading openings…">
          {(list) =>
            list.length ? (
              <OpeningTable openings={list} label="Open openings" />
            ) : (
              <p>
                Nothing is open. <Link to="/companies/new">Add a company</Link>, then post an opening for it.
              </p>
            )
          }
        </Async>
      </section>
    </Page>
  );
}
