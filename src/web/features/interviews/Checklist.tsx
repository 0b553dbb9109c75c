import { CheckItem } from '../../ui/CheckItem.tsx';
import { Async } from '../../ui/Status.tsx';
import { useChecklist, useTick } from './queries.ts';

/** The preparation checklist for this interview's format; each tick is saved at once. */
export function Checklist({ interviewId }: { interviewId: number }) {
  const list = useChecklist(interviewId, true);
  const tick = useTick(interviewId);
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
                <CheckItem
                  key={item.key}
                  idPrefix="prep"
                  item={item}
                  save={(ticked) => tick.mutateAsync({ key: item.key, ticked })}
                />
              ))}
            </ul>
          </>
        )}
      </Async>
    </section>
  );
}
