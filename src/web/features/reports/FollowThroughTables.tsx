import { Link } from 'react-router';
import type { FollowThroughFigure, FollowThroughReport } from '../../../shared/follow-through.ts';
import { TableFrame } from '../../ui/Page.tsx';
import { percent } from './followThroughWords.ts';
import { bucketLabel } from './words.ts';

// The follow-through figures as tables: by month or week, per recruiter, and per candidate.

const n = (x: number) => x.toLocaleString('en-US');

function Head({ first }: { first: string }) {
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        <th scope="col" className="number">
          Committed
        </th>
        <th scope="col" className="number">
          Kept
        </th>
        <th scope="col" className="number">
          Rate
        </th>
        <th scope="col" className="number">
          Waiting
        </th>
      </tr>
    </thead>
  );
}

function Cells({ f }: { f: FollowThroughFigure }) {
  return (
    <>
      <td className="number">{n(f.committed)}</td>
      <td className="number">{n(f.kept)}</td>
      <td className="number">{percent(f.rate)}</td>
      <td className="number">{n(f.pending)}</td>
    </>
  );
}

export function FollowThroughTables({ report: r }: { report: FollowThroughReport }) {
  const shown = r.byCandidate.length;
  return (
    <>
      <TableFrame label={`Follow-through by ${r.bucket} table`}>
        <table>
          <caption>Interviews kept of interviews committed, by the {r.bucket} they were set for</caption>
          <Head first={r.bucket === 'week' ? 'Week' : 'Month'} />
          <tbody>
            {r.overTime.map((p) => (
              <tr key={p.start}>
                <th scope="row">{bucketLabel(p.start, r.bucket)}</th>
                <Cells f={p} />
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Agency</th>
              <Cells f={r.agency} />
            </tr>
          </tfoot>
        </table>
      </TableFrame>
      <TableFrame label="Follow-through per recruiter table">
        <table>
          <caption>Per recruiter responsible for the candidate</caption>
          <Head first="Recruiter" />
          <tbody>
            {r.byRecruiter.length === 0 ? (
              <tr>
                <td colSpan={5}>No booked interviews in this period.</td>
              </tr>
            ) : (
              r.byRecruiter.map((x) => (
                <tr key={x.recruiterId ?? 'nobody'}>
                  <th scope="row">{x.name}</th>
                  <Cells f={x} />
                </tr>
              ))
            )}
          </tbody>
        </table>
      </TableFrame>
      <TableFrame label="Follow-through per candidate table">
        <table>
          <caption>
            Per candidate, lowest follow-through first
            {r.candidatesWithCommitments > shown
              ? ` (the ${n(shown)} lowest of ${n(r.candidatesWithCommitments)} candidates)`
              : ''}
          </caption>
          <Head first="Candidate" />
          <tbody>
            {shown === 0 ? (
              <tr>
                <td colSpan={5}>No candidate has an interview with a recorded outcome in this period.</td>
              </tr>
            ) : (
              r.byCandidate.map((c) => (
                <tr key={c.candidateId}>
                  <th scope="row">
                    <Link to={`/candidates/${c.candidateId}`}>{c.name}</Link>
                  </th>
                  <Cells f={c} />
                </tr>
              ))
            )}
          </tbody>
        </table>
      </TableFrame>
    </>
  );
}
