import { Link } from 'react-router';
import type { GroupPrepOut } from '../../../shared/group-practice.ts';
import { CheckItem } from '../../ui/CheckItem.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { Page } from '../../ui/Page.tsx';
import { Async } from '../../ui/Status.tsx';
import { isStaff, useMe } from '../auth/session.ts';
import { STATE_LABELS } from './labels.ts';
import { useGroupPrep, useMyRuns, useTickPrep } from './queries.ts';

function Guide({ prep }: { prep: GroupPrepOut }) {
  const tick = useTickPrep();
  const done = prep.checklist.filter((c) => c.ticked).length;
  return (
    <>
      <section aria-labelledby="watch-for" className="record-section">
        <h2 id="watch-for">What assessors watch for</h2>
        <dl className="group-watch">
          {prep.watchFor.map((w) => (
            <div key={w.title}>
              <dt>{w.title}</dt>
              <dd>{w.detail}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="group-ready" className="record-section">
        <h2 id="group-ready">Get ready for the day</h2>
        <p>
          <progress max={prep.checklist.length} value={done} aria-labelledby="group-ready-count" />{' '}
          <span id="group-ready-count">
            {done} of {prep.checklist.length} ready
          </span>
        </p>
        <ul className="prep-list">
          {prep.checklist.map((item) => (
            <CheckItem
              key={item.key}
              idPrefix="group-prep"
              item={item}
              save={(ticked) => tick.mutateAsync({ key: item.key, ticked })}
            />
          ))}
        </ul>
      </section>
    </>
  );
}

function MyRuns() {
  const runs = useMyRuns();
  return (
    <section aria-labelledby="my-group-runs" className="record-section">
      <h2 id="my-group-runs">Your group exercises</h2>
      <Async query={runs} loading="Loading your group exercises…">
        {(list) =>
          list.length === 0 ? (
            <p className="meta">
              When your recruiter invites you to a group exercise, it appears here. Open it at the agreed
              time.
            </p>
          ) : (
            <ul className="plain-list">
              {list.map((r) => (
                <li key={r.id}>
                  <Link to={`/practice/group/${r.id}`}>{r.title}</Link>{' '}
                  <span className="meta">
                    · {STATE_LABELS[r.state]} · {r.minutes} minutes · set up {formatDateTime(r.createdAt)}
                  </span>
                </li>
              ))}
            </ul>
          )
        }
      </Async>
    </section>
  );
}

/** /app/practice/group: preparing for group interviews and assessment centres. */
export function GroupPrep() {
  const me = useMe();
  const staff = isStaff(me.data);
  const prep = useGroupPrep();
  if (staff)
    return (
      <Page title="This page is for job seekers">
        <p>
          Staff run group exercises from <Link to="/group-runs">Group exercises</Link>.
        </p>
      </Page>
    );
  return (
    <Page title="Group interviews and assessment centres" back={<Link to="/practice">Practice</Link>}>
      <p>
        In a group exercise, assessors score how you work with others as much as what you say. Read what they
        look for, tick off the checklist, and practise with other candidates when your recruiter runs an
        exercise.
      </p>
      <MyRuns />
      <Async query={prep} loading="Loading the guide…">
        {(p) => <Guide prep={p} />}
      </Async>
    </Page>
  );
}
