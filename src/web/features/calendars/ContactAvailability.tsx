import { useState } from 'react';
import type { Contact } from '../../../shared/candidates.ts';
import { AvailabilityEditor } from './AvailabilityEditor.tsx';

/**
 * A contact's interview hours behind a disclosure. The editor (and its request) is only
 * mounted when opened, so a long contact list does not load everyone's hours.
 */
export function ContactAvailability({ contact }: { contact: Contact }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="contact-availability" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Interview availability</summary>
      {open ? (
        <AvailabilityEditor
          url={`/api/v1/contacts/${contact.id}/availability`}
          heading={`${contact.name}’s interview hours`}
          level={4}
        />
      ) : null}
    </details>
  );
}
