import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DebriefDue, DebriefInput, DebriefOut } from '../../../shared/debriefs.ts';
import type { QuestionPage } from '../../../shared/practice-api.ts';
import { ApiError, api } from '../../api.ts';

// Debriefs over the API: the seeker writes and edits their own; staff read a candidate's.

const mine = (interviewId: number) => `/api/v1/me/interviews/${interviewId}/debrief`;
export const debriefKey = (interviewId: number) => ['my-debrief', interviewId] as const;
const dueKey = ['my-debriefs-due'] as const;

/** The seeker's debrief of one interview, or null when they have not written one yet. */
export function useMyDebrief(interviewId: number) {
  return useQuery({
    queryKey: debriefKey(interviewId),
    queryFn: async () => {
      try {
        return await api<DebriefOut>(mine(interviewId));
      } catch (err) {
        // Not written yet is the usual case; an interview that is not theirs fails its own query.
        if (err instanceof ApiError && err.status === 404) return null;
        throw err;
      }
    },
    enabled: Number.isInteger(interviewId) && interviewId > 0,
  });
}

export function useSaveDebrief(interviewId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: DebriefInput) => api<DebriefOut>(mine(interviewId), { method: 'PUT', body: input }),
    onSuccess: (saved) => {
      client.setQueryData(debriefKey(interviewId), saved);
      void client.invalidateQueries({ queryKey: dueKey });
    },
  });
}

/** The seeker's past interviews, each with its debrief's id or null. */
export function useDebriefsDue() {
  return useQuery({
    queryKey: dueKey,
    queryFn: () => api<DebriefDue[]>('/api/v1/me/debriefs/due'),
  });
}

/** Staff: every debrief about a candidate; private parts arrive empty. */
export function useCandidateDebriefs(candidateId: number) {
  return useQuery({
    queryKey: ['candidate-debriefs', candidateId],
    queryFn: () => api<DebriefOut[]>(`/api/v1/candidates/${candidateId}/debriefs`),
  });
}

/** Bank questions matching what the seeker typed; nothing is asked for an empty box. */
export function useBankSuggestions(q: string) {
  return useQuery({
    queryKey: ['debrief-question-search', q],
    queryFn: () => api<QuestionPage>(`/api/v1/questions?${new URLSearchParams({ q })}`),
    enabled: q.length > 0,
    placeholderData: keepPreviousData,
  });
}
