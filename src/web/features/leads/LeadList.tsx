import { Link, useSearchParams } from 'react-router';
import {
  LEAD_KIND_LABELS,
  LEAD_STATUS_LABELS,
  LEAD_STATUSES,
  type LeadStatus,
} from '../../../shared/leads.ts';
import { formatDateTime } from '../../ui/format.ts';
import { Page, TableFrame } from '../../ui/Page.tsx';
import { Pagination } from '../../ui/Pagination.tsx';
import { pageParam } from '../../ui/paging.ts';
import { Async } from '../../ui/Status.tsx';
import { SpamWordsForm } from '../settings/SpamWordsForm.tsx';
import { useLeads } from './queries.ts';

function folderOf(value: string | null): LeadStatus {
  return (LEAD_STATUSES as readonly string[]).includes(value ?? '') ? (value as LeadStatus) : 'new';
}

/** The leads inbox: one folder per status, spam apart, newest first. */
export function LeadList() {
  const [params] = useSearchParams();
  const status = folderOf(params.get('status'));
  const page = pageParam(params, 100_000);
  const inbox = useLeads(status, page);
  const newCount = inbox.data?.counts.new;
  return (
    <Page title="Leads" heading={newCount ? `Leads (${newCount} new)` : 'Leads'}>
      <nav aria-label="Lead folders">
        <ul className="chips">
          {LEAD_STATUSES.map((s) => (
            <li key={s}>
              <Link to={`/leads?status=${s}`} aria-current={s === status ? 'page' : undefined}>
                {LEAD_STATUS_LABELS[s]}
                {inbox.data ? ` (${inbox.data.counts[s] ?? 0})` : ''}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <Async query={inbox} loading="Loading leads…">
        {({ leads, counts, pageSize }) =>
          leads.length === 0 ? (
            <p>
              No {LEAD_STATUS_LABELS[status].toLowerCase()} leads{page > 1 ? ' on this page' : ''}.
            </p>
          ) : (
            <>
              <TableFrame label={`${LEAD_STATUS_LABELS[status]} leads`}>
                <table>
                  <thead>
                    <tr>
                      <th scope="col">Received</th>
                      <th scope="col">Name</th>
                      <th scope="col">Kind</th>
                      <th scope="col">Looking for</th>
                      <th scope="col">Assigned to</th>
                    </tr>
                  </thead>
                  <tbody>
                    {leads.map((l) => (
                      <tr key={l.id}>
                        <td>{formatDateTime(l.createdAt)}</td>
                        <td>
                          <Link to={`/leads/${l.id}`}>{l.name}</Link>
                        </td>
                        <td>{LEAD_KIND_LABELS[l.kind]}</td>
                        <td>{l.lookingFor}</td>
                        <td>{l.assignedTo?.name ?? '—'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableFrame>
              <Pagination
                page={page}
                total={counts[status] ?? 0}
                pageSize={pageSize}
                label={`Pages of ${LEAD_STATUS_LABELS[status].toLowerCase()} leads`}
                href={(n) => `/leads?status=${status}&page=${n}`}
              />
            </>
          )
        }
      </Async>
      <SpamWordsForm />
    </Page>
  );
}
