import { useRef, useState } from 'react';
import type { Contact } from '../../../shared/candidates.ts';
import { ConfirmButton } from '../../ui/Dialog.tsx';
import { Async, ErrorMessage } from '../../ui/Status.tsx';
import { ContactAvailability } from '../calendars/ContactAvailability.tsx';
import { ContactForm } from './ContactForm.tsx';
import { useContacts, useDeleteContact } from './queries.ts';

function ContactDetails(props: { contact: Contact; onEdit: () => void; onDelete: () => void }) {
  const c = props.contact;
  return (
    <>
      <h3>{c.name}</h3>
      {c.title ? <p className="meta">{c.title}</p> : null}
      {c.email || c.phone ? (
        <p>
          {c.email ? <a href={`mailto:${c.email}`}>{c.email}</a> : null}
          {c.email && c.phone ? ' · ' : null}
          {c.phone ? <a href={`tel:${c.phone.replace(/[^\d+]/g, '')}`}>{c.phone}</a> : null}
        </p>
      ) : null}
      {c.notes ? <p className="cover-note">{c.notes}</p> : null}
      <p className="actions">
        <button type="button" className="link-button" aria-label={`Edit ${c.name}`} onClick={props.onEdit}>
          Edit
        </button>
        <ConfirmButton
          label="Delete"
          ariaLabel={`Delete ${c.name}`}
          title={`Delete ${c.name}?`}
          confirmLabel="Delete contact"
          onConfirm={props.onDelete}
        >
          <p>
            {c.name} will be removed from this company’s contacts, and from any opening that names them as the
            hiring contact. This cannot be undone.
          </p>
        </ConfirmButton>
      </p>
      <ContactAvailability contact={c} />
    </>
  );
}

/** The people at a client company, with an inline form to add or edit one and a confirmed delete. */
export function CompanyContacts({ companyId }: { companyId: number }) {
  const contacts = useContacts(companyId);
  const remove = useDeleteContact(companyId);
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const [message, setMessage] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);

  // The form or card that had focus is gone: put focus somewhere that makes sense.
  const done = (text: string) => {
    setEditing(null);
    setMessage(text);
    heading.current?.focus();
  };
  const del = (c: Contact) => {
    setMessage('');
    remove.mutate(c.id, { onSuccess: () => done(`${c.name} was deleted.`) });
  };

  return (
    <section aria-labelledby="company-contacts">
      <div className="page-head">
        <h2 id="company-contacts" tabIndex={-1} ref={heading}>
          Contacts
        </h2>
        {editing === 'new' ? null : (
          <button type="button" className="secondary" onClick={() => setEditing('new')}>
            Add a contact
          </button>
        )}
      </div>
      <div role="status">{message ? <p className="success">{message}</p> : null}</div>
      {remove.isError ? <ErrorMessage error={remove.error} /> : null}
      {editing === 'new' ? (
        <div className="job-card">
          <ContactForm
            companyId={companyId}
            onDone={(saved) => done(saved ? `${saved.name} was added.` : '')}
          />
        </div>
      ) : null}
      <Async query={contacts} loading="Loading contacts…">
        {(list) =>
          list.length === 0 ? (
            <p>No contacts yet. Add the people you deal with here, such as the hiring manager.</p>
          ) : (
            <ul className="job-list" aria-label="Contacts at this company">
              {list.map((c) => (
                <li key={c.id} className="job-card">
                  {editing === c.id ? (
                    <ContactForm
                      companyId={companyId}
                      contact={c}
                      onDone={(saved) => done(saved ? `${saved.name} was saved.` : '')}
                    />
                  ) : (
                    <ContactDetails contact={c} onEdit={() => setEditing(c.id)} onDelete={() => del(c)} />
                  )}
                </li>
              ))}
            </ul>
          )
        }
      </Async>
    </section>
  );
}
