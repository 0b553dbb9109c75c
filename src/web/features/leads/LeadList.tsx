import { type FormEvent, useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import {
  LEAD_KIND_LABELS,
  LEAD_STATUS_LABELS,
  LEAD_STATUSES,
  type LeadStatus,
} from '../../../shared/leads.ts';
import { errorMessage, fieldErrors } from '../../api.ts';
import { TextArea } from '../../ui/Field.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { Page, TableFrame } from '../../ui/Page.tsx';
import { Async, ErrorMessage, SubmitButton } from '../../ui/Status.tsx';
import { useLeads, useSaveSpamWords, useSpamWords } from './queries.ts';

function folderOf(value: string | null): LeadStatus {
  return (LEAD_STATUSES as readonly string[]).includes(value ?? '') ? (value as LeadStatus) : 'new';
}

/** The leads inbox: one folder per status, spam apart, newest first. */
export function LeadList() {
  const [params] = useSearchParams();
  const status = folderOf(params.get('status'));
  const inbox = useLeads(status);
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
        {({ leads }) =>
          leads.length === 0 ? (
            <p>No {LEAD_STATUS_LABELS[status].toLowerCase()} leads.</p>
          ) : (
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
          )
        }
      </Async>
      <SpamWordsForm />
    </Page>
  );
}

/** The disallowed-words list, one per line, shared by every public form. */
function SpamWordsForm() {
  const words = useSpamWords();
  const save = useSaveSpamWords();
  const [text, setText] = useState('');
  useEffect(() => {
    if (words.data) setText(words.data.words.join('\n'));
  }, [words.data]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(
      text
        .split('\n')
        .map((w) => w.trim())
        .filter(Boolean),
    );
  };
  const error = Object.values(fieldErrors(save.error))[0];
  return (
    <details>
      <summary>Disallowed words</summary>
      <form className="stack narrow" onSubmit={submit} noValidate>
        <TextArea
          label="Words and phrases that mark a message as spam"
          hint="One per line. Matched as whole words, ignoring case."
          rows={6}
          value={text}
          onChange={(e) => setText(e.target.value)}
          error={error}
        />
        {save.isError && !error ? <ErrorMessage>{errorMessage(save.error)}</ErrorMessage> : null}
        {save.isSuccess ? (
          <p className="success" role="status">
            Saved.
          </p>
        ) : null}
        <div className="actions">
          <SubmitButton pending={save.isPending}>Save words</SubmitButton>
        </div>
      </form>
    </details>
  );
}
