import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AnswerListItem,
  QuestionInput,
  QuestionOut,
  QuestionPage,
} from '../../../../shared/practice-api.ts';
import { api } from '../../../api.ts';
import { type BankFilter, toParams } from './filter.ts';

export type SharedAnswer = AnswerListItem;

/** One page of the bank for a filter; the previous page stays on screen while the next loads. */
export function useQuestions(filter: BankFilter) {
  const qs = toParams(filter).toString();
  return useQuery({
    queryKey: ['questions', qs],
    queryFn: () => api<QuestionPage>(`/api/v1/questions${qs ? `?${qs}` : ''}`),
    placeholderData: keepPreviousData,
  });
}

/** Adds (no id) or edits a question, then refreshes every page of the bank. */
export function useSaveQuestion(id: number | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: QuestionInput) =>
      id === null
        ? api<QuestionOut>('/api/v1/questions', { method: 'POST', body: input })
        : api<QuestionOut>(`/api/v1/questions/${id}`, { method: 'PUT', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['questions'] }),
  });
}

/** Retires a question (seekers stop seeing it) or restores it. */
export function useSetRetired() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, retired }: { id: number; retired: boolean }) =>
      api<QuestionOut>(`/api/v1/questions/${id}/${retired ? 'retire' : 'restore'}`, { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['questions'] }),
  });
}

export function useSharedAnswers(candidateId: number) {
  return useQuery({
    queryKey: ['candidate-answers', candidateId],
    queryFn: () => api<SharedAnswer[]>(`/api/v1/candidates/${candidateId}/answers`),
  });
}
