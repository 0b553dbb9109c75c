import { type FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router';
import {
  LEAD_KIND_LABELS,
  LEAD_STATUS_LABELS,
  type LeadDetail,
  type LeadStatus,
} from '../../../shared/leads.ts';
import { errorMessage, fieldErrors } from '../../api.ts';
import { SelectField, TextArea } from '../../ui/Field.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { Page } from '../../ui/Page.tsx';
import { Async, ErrorMessage, SubmitButton } from '../../ui/Status.tsx';
import { useStaff } from '../candidates/queries.ts';
import { ConvertLead } from './ConvertLead.tsx';
import { useAddLeadNote, useLead, useUpdateLead } from './queries.ts';

/** One lead: what the sender wrote, who works it, notes, and conversion. */
export function LeadPage() {
  const id = Number(useParams().id);
  const lead = useLead(id);
  return (
    <Async query={lead} loading="Loading the lead…">
      {(l) => (
        <Page
          title={l.name}
          back={<Link to={`/leads?status=${l.status}`}>{LEAD_STATUS_LABELS[l.status]} leads</Link>}
        >
          <p>
            {LEAD_KIND_LABELS[l.kind]} · {LEAD_STATUS_LABELS[l.status]}
            {l.spamReason ? ` (${l.spamReason.replaceAll('_', ' ')})` : ''}
          </p>
          <dl className="facts">
            <dt>Email</dt>
            <dd>
              <a href={`mailto:${l.email}`}>{l.email}</a>
            </dd>
            <dt>Phone</dt>
            <dd>{l.phone || '—'}</dd>
            {l.company ? (
              <>
                <dt>Company</dt>
                <dd>{l.company}</dd>
              </>
            ) : null}
            <dt>{l.kind === 'employer' ? 'Hiring for' : 'Looking for'}</dt>
            <dd>{l.lookingFor}</dd>
            <dt>Received</dt>
            <dd>{formatDateTime(l.createdAt)}</dd>
          </dl>
          <h2>Message</h2>
          <p style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{l.message}</p>
          <Work lead={l} />
          <ConvertLead lead={l} />
          <Notes lead={l} />
        </Page>
      )}
    </Async>
  );
}

const MOVES: { status: Exclude<LeadStatus, 'converted'>; label: string }[] = [
  { status: 'contacted', label: 'Mark as contacted' },
  { status: 'closed', label: 'Close' },
  { status: 'spam', label: 'Mark as spam' },
  { status: 'new', label: 'Move back to new' },
];

/** Assignment and status: the two things recruiters change most. */
function Work({ lead }: { lead: LeadDetail }) {
  const staff = useStaff().data ?? [];
  const update = useUpdateLead(lead.id);
  const [assignee, setAssignee] = useState(lead.assignedTo?.id ?? '');
  const assign = (e: FormEvent) => {
    e.preventDefault();
    update.mutate({ assignedTo: assignee || null });
  };
  return (
    <section aria-labelledby="lead-work">
      <h2 id="lead-work">Work this lead</h2>
      <form className="actions" onSubmit={assign}>
        <SelectField
          label="Assigned recruiter"
          value={assignee}
          onChange={(e) => setAssignee(e.target.value)}
          options={[{ value: '', label: 'Nobody' }, ...staff.map((s) => ({ value: s.id, label: s.name }))]}
          error={fieldErrors(update.error).assignedTo}
        />
        <SubmitButton pending={update.isPending} className="secondary">
          Assign
        </SubmitButton>
      </form>
      <p>
        Assigned to: <strong>{lead.assignedTo?.name ?? 'nobody'}</strong>
      </p>
      <div className="actions">
        {MOVES.filter((m) => m.status !== lead.status).map((m) => (
          <button
            key={m.status}
            type="button"
            className="button secondary"
            onClick={() => update.mutate({ status: m.status })}
          >
            {m.label}
          </button>
        ))}
      </div>
      {update.isError ? <ErrorMessage>{errorMessage(update.error)}</ErrorMessage> : null}
    </section>
  );
}

function Notes({ lead }: { lead: LeadDetail }) {
  const add = useAddLeadNote(lead.id);
  const [body, setBody] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate(body, { onSuccess: () => setBody('') });
  };
  return (
    <section aria-labelledby="lead-notes">
      <h2 id="lead-notes">Notes</h2>
      {lead.notes.length === 0 ? <p>No notes yet.</p> : null}
      <ul>
        {lead.notes.map((n) => (
          <li key={n.id}>
            <p style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{n.body}</p>
            <p className="meta">
              {n.author?.name ?? 'Someone'} · {formatDateTime(n.createdAt)}
            </p>
          </li>
        ))}
      </ul>
      <form className="stack narrow" onSubmit={submit} noValidate>
        <TextArea
          label="Add a note"
          rows={3}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          error={fieldErrors(add.error).body}
        />
        <div className="actions">
          <SubmitButton pending={add.isPending}>Add note</SubmitButton>
        </div>
      </form>
    </section>
  );
}
