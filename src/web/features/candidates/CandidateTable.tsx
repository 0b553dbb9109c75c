import { Link } from 'react-router';
import type { Candidate } from '../../../shared/candidates.ts';
import { TableFrame } from '../../ui/Page.tsx';
import { place } from './words.ts';

const SHOWN_SKILLS = 4;

function Skills({ c }: { c: Candidate }) {
  if (c.skills.length === 0) return <>—</>;
  const more = c.skills.length - SHOWN_SKILLS;
  return (
    <>
      {c.skills
        .slice(0, SHOWN_SKILLS)
        .map((s) => s.name)
        .join(', ')}
      {more > 0 ? <span className="meta"> and {more} more</span> : null}
    </>
  );
}

/** Candidates as a table: name (to the record), headline, location, field, skills, owner. */
export function CandidateTable({ candidates }: { candidates: readonly Candidate[] }) {
  return (
    <TableFrame label="Candidates">
      <table>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Headline</th>
            <th scope="col">Location</th>
            <th scope="col">Field</th>
            <th scope="col">Skills</th>
            <th scope="col">Owner</th>
          </tr>
        </thead>
        <tbody>
          {candidates.map((c) => (
            <tr key={c.id}>
              <td>
                <Link to={`/candidates/${c.id}`}>{c.name}</Link>
              </td>
              <td>{c.headline || '—'}</td>
              <td>{place(c) || '—'}</td>
              <td>{c.field ?? '—'}</td>
              <td>
                <Skills c={c} />
              </td>
              <td>{c.owner?.name ?? 'Nobody'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
}
