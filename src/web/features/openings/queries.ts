import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Opening, OpeningInput } from '../../../shared/openings.ts';
import type { OpeningStatus } from '../../../shared/vocabulary.ts';
import { api } from '../../api.ts';

export interface OpeningFilter {
  companyId?: number | undefined;
  status?: OpeningStatus | undefined;
}

export function useOpenings(filter: OpeningFilter = {}) {
  const params = new URLSearchParams();
  if (filter.companyId) params.set('companyId', String(filter.companyId));
  if (filter.status) params.set('status', filter.status);
  const qs = params.toString();
  return useQuery({
    queryKey: ['openings', filter.companyId ?? null, filter.status ?? null],
    queryFn: () => api<Opening[]>(`/api/v1/openings${qs ? `?${qs}` : ''}`),
    placeholderData: (previous) => previous,
  });
}

export function useOpening(id: number) {
  return useQuery({ queryKey: ['opening', id], queryFn: () => api<Opening>(`/api/v1/openings/${id}`) });
}

/** Creates (no id) or updates an opening, then refreshes what shows it. */
export function useSaveOpening(id: number | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: OpeningInput) =>
      id === null
        ? api<Opening>('/api/v1/openings', { method: 'POST', body: input })
        : api<Opening>(`/api/v1/openings/${id}`, { method: 'PUT', body: input }),
    onSuccess: (saved) => {
      queryClient.setQueryData(['opening', saved.id], saved);
      void queryClient.invalidateQueries({ queryKey: ['openings'] });
      void queryClient.invalidateQueries({ queryKey: ['companies'] });
      void queryClient.invalidateQueries({ queryKey: ['company'] });
    },
  });
}
