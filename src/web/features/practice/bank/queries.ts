import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AnswerInput,
  AnswerListItem,
  AnswerOut,
  QuestionOut,
  QuestionPage,
} from '../../../../shared/practice-api.ts';
import type { StoryInput, StoryOut } from '../../../../shared/stories.ts';
import { ApiError, api } from '../../../api.ts';
import { type QuestionFilter, toParams } from './filters.ts';

// The job seeker's side of the question bank: searching it, their prepared answers and their
// story bank. Saving an answer or a story refreshes every list that shows it.

export type AnswerItem = AnswerListItem;

const validId = (id: number) => Number.isInteger(id) && id > 0;

export function useQuestions(filter: QuestionFilter) {
  return useQuery({
    queryKey: ['questions', toParams(filter).toString()],
    queryFn: () => api<QuestionPage>(`/api/v1/questions?${toParams(filter).toString()}`),
    placeholderData: keepPreviousData,
  });
}

export function useQuestion(id: number) {
  return useQuery({
    queryKey: ['questions', 'one', id],
    queryFn: () => api<QuestionOut>(`/api/v1/questions/${id}`),
    enabled: validId(id),
  });
}

/** The seeker's answer to a question; null until they have saved one (the API says 404). */
export function useAnswer(questionId: number) {
  return useQuery({
    queryKey: ['my-answers', questionId],
    queryFn: async () => {
      try {
        return await api<AnswerOut>(`/api/v1/me/answers/${questionId}`);
      } catch (err) {
        if (err instanceof ApiError && err.status === 404) return null;
        throw err;
      }
    },
    enabled: validId(questionId),
  });
}

export function useMyAnswers() {
  return useQuery({ queryKey: ['my-answers'], queryFn: () => api<AnswerItem[]>('/api/v1/me/answers') });
}

export function useSaveAnswer(questionId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: AnswerInput) =>
      api<AnswerOut>(`/api/v1/me/answers/${questionId}`, { method: 'PUT', body: input }),
    onSuccess: (saved) => {
      client.setQueryData(['my-answers', questionId], saved);
      void client.invalidateQueries({ queryKey: ['my-answers'], exact: true });
      // The bank marks answered questions.
      void client.invalidateQueries({ queryKey: ['questions'] });
    },
  });
}

export function useStories(questionId?: number) {
  return useQuery({
    queryKey: questionId ? ['my-stories', { questionId }] : ['my-stories'],
    queryFn: () => api<StoryOut[]>(`/api/v1/me/stories${questionId ? `?questionId=${questionId}` : ''}`),
  });
}

/** Adds a story (no id) or replaces one. */
export function useSaveStory() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id?: number; input: StoryInput }) =>
      id
        ? api<StoryOut>(`/api/v1/me/stories/${id}`, { method: 'PUT', body: input })
        : api<StoryOut>('/api/v1/me/stories', { method: 'POST', body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['my-stories'] }),
  });
}

export function useDeleteStory() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api<null>(`/api/v1/me/stories/${id}`, { method: 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['my-stories'] }),
  });
}
