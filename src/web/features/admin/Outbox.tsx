import { useQueryClient } from '@tanstack/react-query';
import { DialogButton } from '../../ui/Dialog.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { Page, TableFrame } from '../../ui/Page.tsx';
import { Async } from '../../ui/Status.tsx';
import { type OutboxEntry, useOutbox } from './queries.ts';

const STATUS_WORDS: Record<string, string> = {
  pending: 'Waiting to send',
  sent: 'Sent',
  done: 'Sent',
  failed: 'Failed',
  skipped: 'Not needed any more',
};

function MailRow({ mail }: { mail: OutboxEntry }) {
  return (
    <tr>
      <td>{mail.to}</td>
      <td>{mail.subject}</td>
      <td>
        {STATUS_WORDS[mail.status] ?? mail.status}
        {mail.lastError ? <span className="meta"> ({mail.lastError})</span> : null}
      </td>
      <td>{formatDateTime(mail.createdAt)}</td>
      <td>
        <DialogButton label="Read" ariaLabel={`Read “${mail.subject}” to ${mail.to}`} title={mail.subject}>
          <dl className="details">
            <dt>To</dt>
            <dd>{mail.to}</dd>
            <dt>Queued</dt>
            <dd>{formatDateTime(mail.createdAt)}</dd>
            <dt>Status</dt>
            <dd>{STATUS_WORDS[mail.status] ?? mail.status}</dd>
          </dl>
          <pre className="mail-text">{mail.text}</pre>
        </DialogButton>
      </td>
    </tr>
  );
}

/** Admin: every mail the system queued, newest first, with its text. */
export function Outbox() {
  const outbox = useOutbox();
  const queryClient = useQueryClient();
  return (
    <Page
      title="Mail outbox"
      actions={
        <button
          type="button"
          className="secondary"
          onClick={() => void queryClient.invalidateQueries({ queryKey: ['outbox'] })}
        >
          {outbox.isFetching && !outbox.isPending ? 'Refreshing…' : 'Refresh'}
        </button>
      }
    >
      <p>The most recent 100 messages the system sent or is about to send.</p>
      <Async query={outbox} loading="Loading mail…">
        {(list) =>
          list.length === 0 ? (
            <p>No mail yet.</p>
          ) : (
            <TableFrame label="Mail">
              <table>
                <thead>
                  <tr>
                    <th scope="col">To</th>
                    <th scope="col">Subject</th>
                    <th scope="col">Status</th>
                    <th scope="col">Queued</th>
                    <th scope="col">
                      <span className="visually-hidden">Message</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((m) => (
                    <MailRow key={m.id} mail={m} />
                  ))}
                </tbody>
              </table>
            </TableFrame>
          )
        }
      </Async>
    </Page>
  );
}
