import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import type { Candidate, MergePreview } from '../../../shared/candidates.ts';
import { label } from '../../../shared/vocabulary.ts';
import { api } from '../../api.ts';
import { Page, TableFrame } from '../../ui/Page.tsx';
import { Async, ErrorMessage, SubmitButton } from '../../ui/Status.tsx';
import { place, sourceLabel } from './words.ts';

/** The facts a recruiter compares before merging, one row each. */
const ROWS: [string, (c: Candidate) => string][] = [
  ['Name', (c) => c.name],
  ['Email', (c) => c.email],
  ['Phone', (c) => c.phone],
  ['Location', (c) => place(c)],
  ['Headline', (c) => c.headline],
  ['Field', (c) => (c.field ? label(c.field) : '')],
  ['Skills', (c) => c.skills.map((s) => s.name).join(', ')],
  ['Source', (c) => sourceLabel(c.source)],
  ['Owner', (c) => c.owner?.name ?? ''],
  ['Portal account', (c) => (c.userId ? 'Yes' : 'No')],
  ['Added', (c) => new Date(c.createdAt).toLocaleDateString('en-US', { dateStyle: 'medium' })],
];

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Compares a record with a possible duplicate and merges the duplicate into it. */
export function MergeCandidates() {
  const params = useParams();
  const keptId = Number(params.id);
  const otherId = Number(params.otherId);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const preview = useQuery({
    queryKey: ['merge', keptId, otherId],
    queryFn: () => api<MergePreview>(`/api/v1/candidates/${keptId}/merge?other=${otherId}`),
  });
  const merge = useMutation({
    mutationFn: () =>
      api<Candidate>(`/api/v1/candidates/${keptId}/merge`, { method: 'POST', body: { otherId } }),
    onSuccess: async (kept) => {
      await queryClient.invalidateQueries({ queryKey: ['candidates'] });
      queryClient.removeQueries({ queryKey: ['candidate', otherId] });
      await queryClient.invalidateQueries({ queryKey: ['candidate', keptId] });
      navigate(`/candidates/${kept.id}`, { state: { merged: true } });
    },
  });
  return (
    <Page
      title="Merge duplicate records"
      back={<Link to={`/candidates/${keptId}`}>Back to the candidate</Link>}
    >
      <Async query={preview} loading="Comparing the two records…">
        {({ kept, other, plan }) => (
          <>
            <p>
              <strong>{kept.name}</strong> (this record) is kept. Anything it lacks is filled in from the
              duplicate, skills are combined, and then the duplicate is deleted.{' '}
              <Link to={`/candidates/${other.id}/merge/${kept.id}`}>Keep the other record instead</Link>
            </p>
            <TableFrame label="The two records side by side">
              <table>
                <caption className="visually-hidden">The two records side by side</caption>
                <thead>
                  <tr>
                    <th scope="col">Detail</th>
                    <th scope="col">Kept record (#{kept.id})</th>
                    <th scope="col">Duplicate (#{other.id})</th>
                  </tr>
                </thead>
                <tbody>
                  {ROWS.map(([name, value]) => (
                    <tr key={name}>
                      <th scope="row">{name}</th>
                      <td>{value(kept) || <span className="hint">Not given</span>}</td>
                      <td>{value(other) || <span className="hint">Not given</span>}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableFrame>
            <h2>What moves to the kept record</h2>
            <ul>
              <li>{plural(plan.applications, 'application')}</li>
              <li>{plural(plan.notes, 'note')}</li>
              <li>{plural(plan.tasks, 'task')}</li>
              <li>{plural(plan.resumes, 'resume version')}</li>
              <li>The duplicate’s activity history</li>
            </ul>
            {plan.sharedOpenings.length ? (
              <p className="warning">
                Both records are in the pipeline for {plan.sharedOpenings.join(', ')}. Each of those becomes
                one application with both histories; the kept record’s current stage stays.
              </p>
            ) : null}
            {merge.isError ? <ErrorMessage error={merge.error} /> : null}
            <form
              onSubmit={(e) => {
                e.preventDefault();
                merge.mutate();
              }}
            >
              <p className="actions">
                <SubmitButton pending={merge.isPending} pendingLabel="Merging…">
                  Merge into {kept.name}
                </SubmitButton>
                <Link className="button secondary" to={`/candidates/${keptId}`}>
                  Cancel
                </Link>
              </p>
            </form>
          </>
        )}
      </Async>
    </Page>
  );
}
