import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { CompanyInsight, FieldInsight, MyGaps, myCompany } from '../../../shared/insights.ts';
import type { SessionOut } from '../../../shared/practice-api.ts';
import { api } from '../../api.ts';
import { viewerZone } from '../../ui/format.ts';

// Insight reads: the server decides what a staff member and a job seeker may see, so the same
// hooks serve both.

export type MyCompany = z.infer<typeof myCompany>;

export function useFieldInsight(field: string) {
  return useQuery({
    queryKey: ['insight', 'field', field],
    queryFn: () => api<FieldInsight>(`/api/v1/insights/fields/${encodeURIComponent(field)}`),
  });
}

export function useCompanyInsight(id: number) {
  return useQuery({
    queryKey: ['insight', 'company', id],
    queryFn: () => api<CompanyInsight>(`/api/v1/insights/companies/${id}`),
  });
}

/** The companies the signed-in seeker applied to, the ones whose insight they may read. */
export function useMyInsightCompanies() {
  return useQuery({
    queryKey: ['insight', 'my-companies'],
    queryFn: () => api<MyCompany[]>('/api/v1/me/insights/companies'),
  });
}

export function useMyGaps() {
  return useQuery({
    queryKey: ['insight', 'my-gaps'],
    queryFn: () => api<MyGaps>('/api/v1/me/insights/gaps'),
  });
}

/** Starts a practice session of exactly these questions. */
export function usePractiseQuestions() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (questionIds: number[]) =>
      api<SessionOut>(`/api/v1/me/practice?tz=${encodeURIComponent(viewerZone())}`, {
        method: 'POST',
        body: { source: 'questions', questionIds },
      }),
    onSuccess: (s) => {
      // The session screen reads this key: it opens at once, without a second request.
      client.setQueryData(['practice', 'session', s.id], s);
      void client.invalidateQueries({ queryKey: ['practice', 'home'] });
      void client.invalidateQueries({ queryKey: ['insight', 'my-gaps'] });
    },
  });
}
