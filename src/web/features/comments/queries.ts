import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CommentAction,
  CommentEdit,
  CommentQueue,
  CommentStatus,
  StaffComment,
} from '../../../shared/comments.ts';
import { api } from '../../api.ts';

export function useCommentQueue(status: CommentStatus, page: number) {
  return useQuery({
    queryKey: ['comments', status, page],
    queryFn: () => api<CommentQueue>(`/api/v1/comments?status=${status}&page=${page}`),
  });
}

/** The number of comments waiting, for the navigation. */
export function usePendingComments(enabled: boolean) {
  return useQuery({
    queryKey: ['comments', 'count'],
    queryFn: () => api<{ pending: number }>('/api/v1/comments/count'),
    enabled,
    staleTime: 30_000,
  });
}

/** Every change refreshes every folder and the count. */
function useCommentMutation<I, O>(call: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['comments'] }),
  });
}

export function useBulkComments() {
  return useCommentMutation((input: { ids: number[]; action: CommentAction }) =>
    api<{ changed: number }>('/api/v1/comments/bulk', { method: 'POST', body: input }),
  );
}

export function useEditComment(id: number) {
  return useCommentMutation((input: CommentEdit) =>
    api<StaffComment>(`/api/v1/comments/${id}`, { method: 'PUT', body: input }),
  );
}

export function useReplyComment(id: number) {
  return useCommentMutation((body: string) =>
    api<StaffComment>(`/api/v1/comments/${id}/reply`, { method: 'POST', body: { body } }),
  );
}

export function useCommentSettings() {
  return useQuery({
    queryKey: ['comment-settings'],
    queryFn: () => api<{ holdAll: boolean }>('/api/v1/comments/settings'),
  });
}

export function useSaveCommentSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (holdAll: boolean) =>
      api<{ holdAll: boolean }>('/api/v1/comments/settings', { method: 'PUT', body: { holdAll } }),
    onSuccess: (saved) => queryClient.setQueryData(['comment-settings'], saved),
  });
}
