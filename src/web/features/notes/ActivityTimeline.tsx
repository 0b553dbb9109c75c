import { useId } from 'react';
import type { ActivityKind } from '../../../shared/activity.ts';
import { formatDateTime } from '../../ui/format.ts';
import { ErrorMessage, Loading } from '../../ui/Status.tsx';
import { type TimelineOf, useActivity } from './queries.ts';
import { relativeTime } from './relativeTime.ts';

/** A mark and a word per kind; the mark is decoration, the word is what is read out. */
const KINDS: Record<ActivityKind, [string, string]> = {
  candidate: ['👤', 'Record'],
  application: ['📨', 'Application'],
  stage: ['➜', 'Stage'],
  note: ['✎', 'Note'],
  file: ['📎', 'File'],
  email: ['✉', 'Email'],
  task: ['✓', 'Task'],
  merge: ['⇄', 'Merge'],
  import: ['⇪', 'Import'],
};

/** What happened to a candidate or an opening, newest first, with "Show more" for older entries. */
export function ActivityTimeline(props: TimelineOf) {
  const activity = useActivity(props);
  const headingId = useId();
  const entries = activity.data?.pages.flatMap((p) => p.entries) ?? [];
  return (
    <section aria-labelledby={headingId} className="record-section">
      <h2 id={headingId}>Timeline</h2>
      {activity.isPending ? <Loading label="Loading the timeline…" /> : null}
      {activity.isError ? <ErrorMessage error={activity.error} /> : null}
      {activity.isSuccess && entries.length === 0 ? <p className="meta">Nothing has happened yet.</p> : null}
      {entries.length ? (
        <ol className="timeline" aria-label="Timeline, newest first">
          {entries.map((e) => {
            const [mark, word] = KINDS[e.kind] ?? ['•', e.kind];
            return (
              <li key={e.id} className={`timeline-entry ${e.kind}`}>
                <span className="timeline-mark" aria-hidden="true">
                  {mark}
                </span>
                <div>
                  <p>
                    <span className="badge">{word}</span> {e.summary}
                  </p>
                  <p className="meta">
                    {e.actor ? `${e.actor.name} · ` : ''}
                    <time dateTime={e.at} title={formatDateTime(e.at)}>
                      {relativeTime(e.at)}
                    </time>{' '}
                    ({formatDateTime(e.at)})
                  </p>
                </div>
              </li>
            );
          })}
        </ol>
      ) : null}
      {activity.hasNextPage ? (
        <p>
          <button
            type="button"
            className="secondary"
            aria-disabled={activity.isFetchingNextPage || undefined}
            onClick={() => {
              if (!activity.isFetchingNextPage) void activity.fetchNextPage();
            }}
          >
            {activity.isFetchingNextPage ? 'Loading older entries…' : 'Show more'}
          </button>
        </p>
      ) : null}
      {activity.isFetchNextPageError ? <ErrorMessage error={activity.error} /> : null}
    </section>
  );
}
