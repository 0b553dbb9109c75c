import { useId, useRef, useState } from 'react';
import type { Note, SubjectType } from '../../../shared/notes.ts';
import { ConfirmButton } from '../../ui/Dialog.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { Async, ErrorMessage } from '../../ui/Status.tsx';
import { NoteForm, VISIBILITY_LABELS } from './NoteForm.tsx';
import { useDeleteNote, useNotes } from './queries.ts';

function NoteCard(props: { note: Note; onEdit: () => void; onDelete: () => void }) {
  const n = props.note;
  const by = n.author?.name ?? 'A former colleague';
  return (
    <article className="note" aria-label={`Note by ${by}`}>
      <p className="meta">
        <strong>{by}</strong> · <time dateTime={n.createdAt}>{formatDateTime(n.createdAt)}</time>
        {n.updatedAt !== n.createdAt ? ' (edited)' : ''}{' '}
        <span className={`badge ${n.visibility}`}>{VISIBILITY_LABELS[n.visibility]}</span>
      </p>
      <p className="cover-note">{n.body}</p>
      {n.canChange ? (
        <p className="actions">
          <button type="button" className="link-button" onClick={props.onEdit}>
            Edit<span className="visually-hidden"> the note from {formatDateTime(n.createdAt)}</span>
          </button>
          <ConfirmButton
            label="Delete"
            ariaLabel={`Delete the note from ${formatDateTime(n.createdAt)}`}
            title="Delete this note?"
            confirmLabel="Delete note"
            onConfirm={props.onDelete}
          >
            <p>
              The note will be removed for everyone
              {n.visibility === 'shared' ? ', the candidate included' : ''}.
            </p>
          </ConfirmButton>
        </p>
      ) : null}
    </article>
  );
}

/** Notes on a candidate, application, opening or company: the list, and a form to add one. */
export function NotesPanel({ subjectType, subjectId }: { subjectType: SubjectType; subjectId: number }) {
  const notes = useNotes(subjectType, subjectId);
  const remove = useDeleteNote(subjectType, subjectId);
  const [editing, setEditing] = useState<number | null>(null);
  const [message, setMessage] = useState('');
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const done = (text: string) => {
    setEditing(null);
    setMessage(text);
    heading.current?.focus();
  };
  return (
    <section aria-labelledby={headingId} className="record-section">
      <h2 id={headingId} tabIndex={-1} ref={heading}>
        Notes
      </h2>
      <div role="status">{message ? <p className="success">{message}</p> : null}</div>
      {remove.isError ? <ErrorMessage error={remove.error} /> : null}
      <NoteForm
        subjectType={subjectType}
        subjectId={subjectId}
        onDone={(saved) => setMessage(saved ? 'Your note was added.' : '')}
      />
      <Async query={notes} loading="Loading notes…">
        {(list) =>
          list.length === 0 ? (
            <p className="meta">No notes yet.</p>
          ) : (
            <ul className="note-list" aria-label="Notes">
              {list.map((n) => (
                <li key={n.id}>
                  {editing === n.id ? (
                    <NoteForm
                      subjectType={subjectType}
                      subjectId={subjectId}
                      note={n}
                      onDone={(saved) => done(saved ? 'Your note was saved.' : '')}
                    />
                  ) : (
                    <NoteCard
                      note={n}
                      onEdit={() => setEditing(n.id)}
                      onDelete={() => {
                        setMessage('');
                        remove.mutate(n.id, { onSuccess: () => done('The note was deleted.') });
                      }}
                    />
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
