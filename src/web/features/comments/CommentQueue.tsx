import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import {
  COMMENT_STATUS_LABELS,
  COMMENT_STATUSES,
  type CommentAction,
  type CommentStatus,
} from '../../../shared/comments.ts';
import { Page } from '../../ui/Page.tsx';
import { Pagination } from '../../ui/Pagination.tsx';
import { pageParam } from '../../ui/paging.ts';
import { Async, ErrorMessage } from '../../ui/Status.tsx';
import { SpamWordsForm } from '../settings/SpamWordsForm.tsx';
import { CommentCard } from './CommentCard.tsx';
import { useBulkComments, useCommentQueue, useCommentSettings, useSaveCommentSettings } from './queries.ts';

function folderOf(value: string | null): CommentStatus {
  return (COMMENT_STATUSES as readonly string[]).includes(value ?? '') ? (value as CommentStatus) : 'pending';
}

const BULK: { action: CommentAction; label: string; hideIn: CommentStatus[] }[] = [
  { action: 'approve', label: 'Approve', hideIn: ['approved'] },
  { action: 'unapprove', label: 'Unapprove', hideIn: ['pending'] },
  { action: 'spam', label: 'Mark as spam', hideIn: ['spam'] },
  { action: 'trash', label: 'Trash', hideIn: ['trash'] },
  { action: 'delete', label: 'Delete for good', hideIn: ['pending', 'approved'] },
];

function HoldAll() {
  const settings = useCommentSettings();
  const save = useSaveCommentSettings();
  if (!settings.data) return null;
  return (
    <div className="field">
      <input
        type="checkbox"
        id="hold-all"
        checked={settings.data.holdAll}
        onChange={(e) => save.mutate(e.target.checked)}
      />{' '}
      <label htmlFor="hold-all">Hold every comment for moderation, even from approved commenters</label>
      {save.isError ? <ErrorMessage error={save.error} /> : null}
    </div>
  );
}

/** The moderation queue: one folder per status, newest first, with bulk actions. */
export function CommentQueue() {
  const [params] = useSearchParams();
  const status = folderOf(params.get('status'));
  const page = pageParam(params, 100_000);
  const queue = useCommentQueue(status, page);
  const bulk = useBulkComments();
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const pending = queue.data?.counts.pending;
  const toggle = (id: number, on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const ids = [...selected].filter((id) => queue.data?.comments.some((c) => c.id === id));
  return (
    <Page title="Comments" heading={pending ? `Comments (${pending} pending)` : 'Comments'}>
      <nav aria-label="Comment folders">
        <ul className="chips">
          {COMMENT_STATUSES.map((s) => (
            <li key={s}>
              <Link to={`/comments?status=${s}`} aria-current={s === status ? 'page' : undefined}>
                {COMMENT_STATUS_LABELS[s]}
                {queue.data ? ` (${queue.data.counts[s] ?? 0})` : ''}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <HoldAll />
      <Async query={queue} loading="Loading comments…">
        {({ comments, counts, pageSize }) =>
          comments.length === 0 ? (
            <p>
              No {COMMENT_STATUS_LABELS[status].toLowerCase()} comments{page > 1 ? ' on this page' : ''}.
            </p>
          ) : (
            <>
              <div className="bulk-bar actions" role="group" aria-label="Bulk actions">
                <span className="bulk-count">{ids.length} selected</span>
                <button
                  type="button"
                  className="secondary"
                  onClick={() =>
                    setSelected(new Set(ids.length === comments.length ? [] : comments.map((c) => c.id)))
                  }
                >
                  {ids.length === comments.length ? 'Select none' : 'Select all'}
                </button>
                {BULK.filter((b) => !b.hideIn.includes(status)).map((b) => (
                  <button
                    key={b.action}
                    type="button"
                    aria-disabled={ids.length === 0 || undefined}
                    onClick={() => {
                      if (!ids.length) return;
                      bulk.mutate({ ids, action: b.action }, { onSuccess: () => setSelected(new Set()) });
                    }}
                  >
                    {b.label} selected
                  </button>
                ))}
              </div>
              {bulk.isError ? <ErrorMessage error={bulk.error} /> : null}
              <ul className="card-list">
                {comments.map((c) => (
                  <CommentCard
                    key={c.id}
                    c={c}
                    selected={selected.has(c.id)}
                    onSelect={(on) => toggle(c.id, on)}
                  />
                ))}
              </ul>
              <Pagination
                page={page}
                total={counts[status] ?? 0}
                pageSize={pageSize}
                label={`Pages of ${COMMENT_STATUS_LABELS[status].toLowerCase()} comments`}
                href={(n) => `/comments?status=${status}&page=${n}`}
              />
            </>
          )
        }
      </Async>
      <SpamWordsForm />
    </Page>
  );
}
