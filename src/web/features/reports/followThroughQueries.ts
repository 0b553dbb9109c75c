import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { CandidateFollowThrough, FollowThroughReport } from '../../../shared/follow-through.ts';
import { api } from '../../api.ts';
import type { ReportFilter } from './queries.ts';

// Reading follow-through: the report (with the reports page's filters) and one candidate's.

/** The report's address for the page's filters: their month or week is its bucket. */
export function followThroughUrl(filter: ReportFilter): string {
  const params = new URLSearchParams();
  for (const key of ['from', 'to', 'companyId', 'openingId'] as const)
    if (filter[key]) params.set(key, filter[key]);
  if (filter.groupBy !== 'month') params.set('bucket', filter.groupBy);
  const qs = params.toString();
  return `/api/v1/reports/follow-through${qs ? `?${qs}` : ''}`;
}

export function useFollowThroughReport(filter: ReportFilter) {
  const url = followThroughUrl(filter);
  return useQuery({
    queryKey: ['report', url],
    queryFn: () => api<FollowThroughReport>(url),
    // Keep the last chart on screen while new figures load, as the other reports do.
    placeholderData: keepPreviousData,
  });
}

export function useCandidateFollowThrough(candidateId: number) {
  return useQuery({
    queryKey: ['candidate', candidateId, 'follow-through'],
    queryFn: () => api<CandidateFollowThrough>(`/api/v1/candidates/${candidateId}/follow-through`),
  });
}
