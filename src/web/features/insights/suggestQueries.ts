import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { SuggestionOut } from '../../../shared/insights.ts';
import { api } from '../../api.ts';

// Better-suited openings over the API: the seeker's own (for one interview, or from their latest
// application) and staff's "consider for" on a candidate.

const root = ['suggestions'] as const;

/** The seeker's suggestions; for one interview when `interviewId` is given. */
export function useMySuggestions(interviewId?: number) {
  const query =
    interviewId === undefined ? '' : `?${new URLSearchParams({ interviewId: String(interviewId) })}`;
  return useQuery({
    queryKey: [...root, 'me', interviewId ?? null],
    queryFn: () => api<SuggestionOut[]>(`/api/v1/me/suggestions${query}`),
  });
}

export const candidateSuggestionsKey = (candidateId: number) => [...root, 'candidate', candidateId] as const;

/** Staff: openings to consider the candidate for, worded about them. */
export function useCandidateSuggestions(candidateId: number) {
  return useQuery({
    queryKey: candidateSuggestionsKey(candidateId),
    queryFn: () => api<SuggestionOut[]>(`/api/v1/candidates/${candidateId}/suggestions`),
  });
}

/** Marks every suggestion list stale: a saved debrief or a new application changes them. */
export function useRefreshSuggestions(): () => void {
  const client = useQueryClient();
  return () => void client.invalidateQueries({ queryKey: root });
}
