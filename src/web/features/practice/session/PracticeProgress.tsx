import { useQuery } from '@tanstack/react-query';
import type { ProgressOut } from '../../../../shared/practice-api.ts';
import { api } from '../../../api.ts';
import { viewerZone } from '../../../ui/format.ts';
import { TableFrame } from '../../../ui/Page.tsx';
import { Async } from '../../../ui/Status.tsx';
import { PlotChart } from '../../reports/PlotChart.tsx';
import { ratingsChart, weeksChart } from './progressCharts.ts';
import { progressKey } from './queries.ts';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const week = (start: string) =>
  new Date(`${start}T12:00:00Z`).toLocaleDateString('en-US', {
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });

function WeeksTable({ p }: { p: ProgressOut }) {
  return (
    <TableFrame label="Practice per week">
      <table>
        <caption className="visually-hidden">Practice per week</caption>
        <thead>
          <tr>
            <th scope="col">Week of</th>
            <th scope="col">Sessions</th>
            <th scope="col">Answers</th>
            <th scope="col">Writing tests</th>
          </tr>
        </thead>
        <tbody>
          {p.weeks.map((w) => (
            <tr key={w.start}>
              <th scope="row">{week(w.start)}</th>
              <td>{w.sessions}</td>
              <td>{w.answers}</td>
              <td>{w.writing}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
}

function RatingsTable({ p }: { p: ProgressOut }) {
  return (
    <TableFrame label="Average self-rating per category">
      <table>
        <caption className="visually-hidden">Average self-rating per category and week</caption>
        <thead>
          <tr>
            <th scope="col">Category</th>
            <th scope="col">Week of</th>
            <th scope="col">Average (1–4)</th>
            <th scope="col">Answers</th>
          </tr>
        </thead>
        <tbody>
          {p.ratings.flatMap((r) =>
            r.points.map((pt) => (
              <tr key={`${r.category}-${pt.start}`}>
                <th scope="row">{r.label}</th>
                <td>{week(pt.start)}</td>
                <td>{pt.score}</td>
                <td>{pt.answers}</td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </TableFrame>
  );
}

/** Practice over time, on the practice page: charts with their figures as tables. */
export function PracticeProgress() {
  const progress = useQuery({
    queryKey: progressKey,
    queryFn: () => api<ProgressOut>(`/api/v1/me/practice/progress?tz=${encodeURIComponent(viewerZone())}`),
  });
  return (
    <section aria-labelledby="progress" className="record-section">
      <h2 id="progress">Your progress</h2>
      <Async query={progress} loading="Loading your progress…">
        {(p) =>
          p.totals.sessions + p.totals.writing === 0 ? (
            <p className="meta">Your progress shows here after your first session.</p>
          ) : (
            <>
              <p>
                {p.mastered} of {p.practised} questions practised are mastered (the schedule waits three weeks
                or more before asking them again) · {plural(p.totals.sessions, 'session')},{' '}
                {plural(p.totals.answers, 'answer')} and {plural(p.totals.writing, 'writing test')} in the
                last twelve weeks.
              </p>
              <h3>Sessions, answers and writing tests per week</h3>
              <PlotChart data={p} draw={weeksChart} />
              <details>
                <summary>Show as a table</summary>
                <WeeksTable p={p} />
              </details>
              {p.ratings.length > 0 ? (
                <>
                  <h3>How your answers feel, by category</h3>
                  <PlotChart data={p} draw={ratingsChart} />
                  <details>
                    <summary>Show as a table</summary>
                    <RatingsTable p={p} />
                  </details>
                </>
              ) : null}
            </>
          )
        }
      </Async>
    </section>
  );
}
