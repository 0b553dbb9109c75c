import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  attemptListItem,
  StaffSubmission,
  staffSubmissionItem,
  WritingAttempt,
  WritingPromptSummary,
} from '../../../shared/writing.ts';
import { api } from '../../api.ts';

export type AttemptItem = z.infer<typeof attemptListItem>;
export type SubmissionItem = z.infer<typeof staffSubmissionItem>;

const attemptKey = (id: number) => ['writing', 'attempt', id] as const;

export function usePrompts() {
  return useQuery({
    queryKey: ['writing', 'prompts'],
    queryFn: () => api<WritingPromptSummary[]>('/api/v1/writing/prompts'),
  });
}

export function useMyAttempts(enabled = true) {
  return useQuery({
    queryKey: ['writing', 'mine'],
    queryFn: () => api<AttemptItem[]>('/api/v1/me/writing'),
    enabled,
  });
}

export function useStartAttempt() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (promptKey: string) =>
      api<WritingAttempt>('/api/v1/me/writing', { method: 'POST', body: { promptKey } }),
    onSuccess: (a) => {
      client.setQueryData(attemptKey(a.id), a);
      void client.invalidateQueries({ queryKey: ['writing', 'mine'] });
    },
  });
}

export function useAttempt(id: number) {
  return useQuery({
    queryKey: attemptKey(id),
    queryFn: () => api<WritingAttempt>(`/api/v1/me/writing/${id}`),
    enabled: Number.isInteger(id) && id > 0,
    // The text lives in the editor while writing; a refetch must not overwrite it.
    refetchOnWindowFocus: false,
  });
}

/** Saves (or hands in) the text; the answer replaces the cached attempt. */
export function saveAttempt(id: number, body: string, submit: boolean) {
  return api<WritingAttempt>(submit ? `/api/v1/me/writing/${id}/submit` : `/api/v1/me/writing/${id}`, {
    method: submit ? 'POST' : 'PUT',
    body: { body },
  });
}

export function useSubmissions() {
  return useQuery({
    queryKey: ['writing', 'submissions'],
    queryFn: () => api<SubmissionItem[]>('/api/v1/writing/submissions'),
  });
}

export function useSubmission(id: number) {
  return useQuery({
    queryKey: ['writing', 'submission', id],
    queryFn: () => api<StaffSubmission>(`/api/v1/writing/submissions/${id}`),
    enabled: Number.isInteger(id) && id > 0,
  });
}

export function useGiveFeedback(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (feedback: string) =>
      api<StaffSubmission>(`/api/v1/writing/submissions/${id}/feedback`, {
        method: 'PUT',
        body: { feedback },
      }),
    onSuccess: (s) => {
      client.setQueryData(['writing', 'submission', id], s);
      void client.invalidateQueries({ queryKey: ['writing', 'submissions'] });
    },
  });
}
