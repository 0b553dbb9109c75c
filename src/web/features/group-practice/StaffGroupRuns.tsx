import { Link } from 'react-router';
import { formatDateTime } from '../../ui/format.ts';
import { Page, TableFrame } from '../../ui/Page.tsx';
import { Async } from '../../ui/Status.tsx';
import { PracticeNav } from '../practice/staff/PracticeNav.tsx';
import { STATE_LABELS } from './labels.ts';
import { NewRunForm } from './NewRunForm.tsx';
import { useExercises, useRuns } from './queries.ts';

/** /app/group-runs: the group exercises run so far, and a form to set up the next. */
export function StaffGroupRuns() {
  const runs = useRuns();
  const exercises = useExercises();
  return (
    <Page title="Group exercises">
      <PracticeNav />
      <p>
        Run a group interview or assessment-centre exercise with several candidates at once. Everyone sees the
        same brief and the same clock; each keeps private notes and reviews themselves afterwards.
      </p>
      <section aria-labelledby="runs-so-far" className="record-section">
        <h2 id="runs-so-far">Runs</h2>
        <Async query={runs} loading="Loading the runs…">
          {(list) =>
            list.length === 0 ? (
              <p className="meta">No group exercises yet.</p>
            ) : (
              <TableFrame label="Group exercise runs">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">Exercise</th>
                      <th scope="col">State</th>
                      <th scope="col">Candidates</th>
                      <th scope="col">Reviews</th>
                      <th scope="col">Set up</th>
                    </tr>
                  </thead>
                  <tbody>
                    {list.map((r) => (
                      <tr key={r.id}>
                        <td>
                          <Link to={`/group-runs/${r.id}`}>{r.title}</Link>
                        </td>
                        <td>{STATE_LABELS[r.state]}</td>
                        <td>{r.members}</td>
                        <td>{r.reviews}</td>
                        <td>
                          {formatDateTime(r.createdAt)}
                          {r.createdBy ? ` by ${r.createdBy}` : ''}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableFrame>
            )
          }
        </Async>
      </section>
      <section className="record-section">
        <Async query={exercises} loading="Loading the exercises…">
          {(list) => <NewRunForm exercises={list} />}
        </Async>
      </section>
    </Page>
  );
}
