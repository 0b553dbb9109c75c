import { type FormEvent, useState } from 'react';
import type { StaffComment } from '../../../shared/comments.ts';
import { errorMessage, fieldErrors } from '../../api.ts';
import { TextArea, TextField } from '../../ui/Field.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { ErrorMessage, SubmitButton } from '../../ui/Status.tsx';
import { useBulkComments, useEditComment, useReplyComment } from './queries.ts';

// One comment in the queue: who wrote it (with the email, which only staff ever see), where,
// the text as text, and the actions that fit its folder.

function EditForm({ c, done }: { c: StaffComment; done: () => void }) {
  const edit = useEditComment(c.id);
  const [v, setV] = useState({ name: c.name, website: c.website, body: c.body });
  const errors = fieldErrors(edit.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    edit.mutate(v, { onSuccess: done });
  };
  return (
    <form className="stack" onSubmit={submit} noValidate>
      <TextField
        label="Name"
        value={v.name}
        onChange={(e) => setV({ ...v, name: e.target.value })}
        error={errors.name}
      />
      <TextField
        label="Website"
        type="url"
        value={v.website}
        onChange={(e) => setV({ ...v, website: e.target.value })}
        error={errors.website}
      />
      <TextArea
        label="Comment"
        rows={5}
        value={v.body}
        onChange={(e) => setV({ ...v, body: e.target.value })}
        error={errors.body}
      />
      {edit.isError && !Object.keys(errors).length ? (
        <ErrorMessage>{errorMessage(edit.error)}</ErrorMessage>
      ) : null}
      <div className="actions">
        <SubmitButton pending={edit.isPending}>Save comment</SubmitButton>
        <button type="button" className="secondary" onClick={done}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function ReplyForm({ c, done }: { c: StaffComment; done: () => void }) {
  const reply = useReplyComment(c.id);
  const [body, setBody] = useState('');
  const errors = fieldErrors(reply.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    reply.mutate(body, { onSuccess: done });
  };
  return (
    <form className="stack" onSubmit={submit} noValidate>
      <TextArea
        label={`Reply to ${c.name}`}
        hint="Published at once under your name; approves this comment too."
        rows={4}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        error={errors.body}
      />
      {reply.isError && !errors.body ? <ErrorMessage>{errorMessage(reply.error)}</ErrorMessage> : null}
      <div className="actions">
        <SubmitButton pending={reply.isPending}>Publish reply</SubmitButton>
        <button type="button" className="secondary" onClick={done}>
          Cancel
        </button>
      </div>
    </form>
  );
}

export function CommentCard(props: { c: StaffComment; selected: boolean; onSelect: (on: boolean) => void }) {
  const { c } = props;
  const bulk = useBulkComments();
  const [mode, setMode] = useState<'view' | 'edit' | 'reply'>('view');
  const act = (action: 'approve' | 'unapprove' | 'spam' | 'trash' | 'delete') =>
    bulk.mutate({ ids: [c.id], action });
  const label = `comment by ${c.name}`;
  return (
    <li className="card stack" aria-label={`Comment by ${c.name}`}>
      <div>
        <input
          type="checkbox"
          id={`sel-${c.id}`}
          checked={props.selected}
          onChange={(e) => props.onSelect(e.target.checked)}
        />{' '}
        <label htmlFor={`sel-${c.id}`}>
          <strong>{c.name}</strong> · {c.email}
        </label>
      </div>
      <p className="meta">
        {formatDateTime(c.createdAt)} on <a href={`/blog/${c.postSlug}#comment-${c.id}`}>{c.postTitle}</a>
        {c.parentName ? ` · in reply to ${c.parentName}` : ''}
        {c.website ? ` · ${c.website}` : ''}
        {c.spamReason ? ` · spam: ${c.spamReason.replaceAll('_', ' ')}` : ''}
      </p>
      {mode === 'edit' ? (
        <EditForm c={c} done={() => setMode('view')} />
      ) : (
        <p className="cover-note" dir="auto">
          {c.body}
        </p>
      )}
      {mode === 'reply' ? <ReplyForm c={c} done={() => setMode('view')} /> : null}
      {bulk.isError ? <ErrorMessage error={bulk.error} /> : null}
      <div className="actions">
        {c.status !== 'approved' ? (
          <button type="button" onClick={() => act('approve')} aria-label={`Approve ${label}`}>
            Approve
          </button>
        ) : (
          <button
            type="button"
            className="secondary"
            onClick={() => act('unapprove')}
            aria-label={`Unapprove ${label}`}
          >
            Unapprove
          </button>
        )}
        {c.status === 'pending' || c.status === 'approved' ? (
          <button
            type="button"
            className="secondary"
            onClick={() => setMode('reply')}
            aria-label={`Reply to ${label}`}
          >
            Reply
          </button>
        ) : null}
        <button
          type="button"
          className="secondary"
          onClick={() => setMode('edit')}
          aria-label={`Edit ${label}`}
        >
          Edit
        </button>
        {c.status !== 'spam' ? (
          <button
            type="button"
            className="secondary"
            onClick={() => act('spam')}
            aria-label={`Mark ${label} as spam`}
          >
            Spam
          </button>
        ) : null}
        {c.status !== 'trash' ? (
          <button
            type="button"
            className="secondary"
            onClick={() => act('trash')}
            aria-label={`Trash ${label}`}
          >
            Trash
          </button>
        ) : (
          <button
            type="button"
            className="danger"
            onClick={() => act('delete')}
            aria-label={`Delete ${label} for good`}
          >
            Delete for good
          </button>
        )}
      </div>
    </li>
  );
}
