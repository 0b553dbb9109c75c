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

/** One tile: where it leads, and what stands there now. */
function Tile(props: { to: string; title: string; text: string }) {
  return (
    <li>
      <Link to={props.to}>
        <strong>{props.title}</strong>
        <span>{props.text}</span>
      </Link>
    </li>
  );
}

const count = (n: number | undefined, one: string, many = one) =>
  n === undefined ? '…' : `${n} ${n === 1 ? one : many}`;

function Tiles({ me }: { me: Me }) {
  const open = useOpenings({ status: 'open' });
  const companies = useCompanies();
  const leads = useNewLeadCount();
  const comments = usePendingComments(true);
  return (
    <ul className="tiles">
      <MyDayTile />
      <Tile to="/openings" title="Openings" text={count(open.data?.length, 'open now')} />
      <Tile to="/companies" title="Companies" text={count(companies.data?.length, 'client', 'clients')} />
      <Tile to="/leads" title="Leads" text={count(leads.data?.new, 'new message', 'new messages')} />
      <Tile to="/comments" title="Comments" text={count(comments.data?.pending, 'awaiting moderation')} />
      {me.role === 'admin' ? (
        <>
          <Tile to="/users" title="Users" text="Accounts and invitations" />
          <Tile to="/outbox" title="Mail outbox" text="What the system sent" />
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
