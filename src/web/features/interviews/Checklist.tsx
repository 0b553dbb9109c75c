import { useState } from 'react';
import { errorMessage } from '../../api.ts';
import { Async } from '../../ui/Status.tsx';
import { type ChecklistItem, useChecklist, useTick } from './queries.ts';

/**
 * One item, with its own save. The box shows the click at once (a checkbox must answer in the
 * same frame) and the saved state once the server has answered; a failed save puts it back and
 * says so beside the item.
 */
function Item({ interviewId, item }: { interviewId: number; item: ChecklistItem }) {
  const tick = useTick(interviewId);
  const [shown, setShown] = useState<boolean | null>(null);
  return (
    <li>
      <label className="check">
        <input
          type="checkbox"
          checked={shown ?? item.ticked}
          aria-describedby={`prep-${item.key}`}
          onChange={(e) => {
            setShown(e.target.checked);
            tick.mutate({ key: item.key, ticked: e.target.checked }, { onSettled: () => setShown(null) });
          }}
        />{' '}
        {item.label}
      </label>
      <p className="hint" id={`prep-${item.key}`}>
        {item.hint}
      </p>
      {tick.isError ? (
        <p className="error" role="alert">
          Not saved: {errorMessage(tick.error)}
        </p>
      ) : null}
    </li>
  );
}

/** The preparation checklist for this interview's format; each tick is saved at once. */
export function Checklist({ interviewId }: { interviewId: number }) {
  const list = useChecklist(interviewId, true);
  return (
    <section aria-labelledby="prepare" className="record-section">
      <h2 id="prepare">Get ready</h2>
      <Async query={list} loading="Loading your checklist…">
        {(c) => (
          <>
            <p>
              <progress max={c.progress.total} value={c.progress.done} aria-labelledby="prepare-count" />{' '}
              <span id="prepare-count">
                {c.progress.done} of {c.progress.total} ready
              </span>
            </p>
            <ul className="prep-list">
              {c.items.map((item) => (
                <Item key={item.key} interviewId={interviewId} item={item} />
              ))}
            </ul>
          </>
        )}
      </Async>
    </section>
  );
}
