import { Link, useSearchParams } from 'react-router';
import { FIELDS } from '../../../shared/vocabulary.ts';
import { Page } from '../../ui/Page.tsx';
import { Pagination } from '../../ui/Pagination.tsx';
import { pageParam } from '../../ui/paging.ts';
import { Async } from '../../ui/Status.tsx';
import { ExportLink } from '../imports/ExportLink.tsx';
import { CandidateFilters } from './CandidateFilters.tsx';
import { CandidateTable } from './CandidateTable.tsx';
import { type CandidateFilter, useCandidates } from './queries.ts';

const FILTER_KEYS = ['q', 'field', 'skill', 'owner', 'location', 'stage'] as const;

function readFilter(params: URLSearchParams): CandidateFilter {
  const field = params.get('field') ?? '';
  return {
    q: params.get('q') ?? '',
    field: (FIELDS as readonly string[]).includes(field) ? field : '',
    skill: params.get('skill') ?? '',
    owner: params.get('owner') ?? '',
    location: params.get('location') ?? '',
    stage: /^\d{1,9}$/.test(params.get('stage') ?? '') ? (params.get('stage') as string) : '',
    page: pageParam(params),
  };
}

function toParams(filter: CandidateFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) if (filter[key]) params.set(key, filter[key]);
  if (filter.page > 1) params.set('page', String(filter.page));
  return params;
}

export function CandidateList() {
  const [params, setParams] = useSearchParams();
  const filter = readFilter(params);
  const candidates = useCandidates(filter);
  const filtered = FILTER_KEYS.some((k) => filter[k]);
  // Any new search starts again at page 1.
  const change = (next: Partial<CandidateFilter>) => setParams(toParams({ ...filter, ...next, page: 1 }));

  return (
    <Page
      title="Candidates"
      actions={
        <div className="actions">
          <ExportLink what="candidates" filters={filter} />
          <Link className="button" to="/candidates/new">
            New candidate
          </Link>
        </div>
      }
    >
      <CandidateFilters
        key={[filter.q, filter.skill, filter.location].join('\n')}
        filter={filter}
        onChange={change}
      />
      <Async query={candidates} loading="Loading candidates…">
        {(result) => (
          <>
            <p role="status" className="result-count">
              {result.total === 1 ? '1 candidate' : `${result.total} candidates`}
              {filtered ? (result.total === 1 ? ' matches the search' : ' match the search') : ''}
            </p>
            {result.results.length ? (
              <CandidateTable candidates={result.results} />
            ) : (
              <p>
                {filtered ? 'Try fewer words or another filter.' : 'No candidates yet. Add the first one.'}
              </p>
            )}
            <Pagination
              page={filter.page}
              total={result.total}
              pageSize={result.pageSize}
              label="Pages of candidates"
              href={(page) => `?${toParams({ ...filter, page }).toString()}`}
            />
          </>
        )}
      </Async>
    </Page>
  );
}
