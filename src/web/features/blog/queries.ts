import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CoverImage, Post, PostInput, PostStatus } from '../../../shared/blog.ts';
import { api, upload } from '../../api.ts';

export function usePosts(status: PostStatus | '') {
  return useQuery({
    queryKey: ['posts', status],
    queryFn: () => api<Post[]>(`/api/v1/posts${status ? `?status=${status}` : ''}`),
  });
}

export function usePost(id: number | null) {
  return useQuery({
    queryKey: ['post', id],
    queryFn: () => api<Post>(`/api/v1/posts/${id}`),
    enabled: id !== null,
  });
}

/** Creates a post (no id) or saves one. */
export function useSavePost(id: number | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PostInput) =>
      id === null
        ? api<Post>('/api/v1/posts', { method: 'POST', body: input })
        : api<Post>(`/api/v1/posts/${id}`, { method: 'PUT', body: input }),
    onSuccess: (saved) => {
      queryClient.setQueryData(['post', saved.id], saved);
      void queryClient.invalidateQueries({ queryKey: ['posts'] });
    },
  });
}

export type PostAction =
  | { kind: 'publish' }
  | { kind: 'unpublish' }
  | { kind: 'schedule'; publishAt: string };

/** Publishes now, schedules or unpublishes a saved post. */
export function usePostAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action }: { id: number; action: PostAction }) =>
      api<Post>(`/api/v1/posts/${id}/${action.kind}`, {
        method: 'POST',
        ...(action.kind === 'schedule' ? { body: { publishAt: action.publishAt } } : {}),
      }),
    onSuccess: (saved) => {
      queryClient.setQueryData(['post', saved.id], saved);
      void queryClient.invalidateQueries({ queryKey: ['posts'] });
    },
  });
}

export function useDeletePost() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api<null>(`/api/v1/posts/${id}`, { method: 'DELETE' }),
    // Drop the post from every cached list at once, so the list the editor returns to
    // never shows it while the refetch is on its way.
    onSuccess: (_, id) => {
      queryClient.removeQueries({ queryKey: ['post', id] });
      queryClient.setQueriesData<Post[]>({ queryKey: ['posts'] }, (posts) =>
        posts?.filter((p) => p.id !== id),
      );
      void queryClient.invalidateQueries({ queryKey: ['posts'] });
    },
  });
}

export const previewMarkdown = (body: string) =>
  api<{ html: string; readingMinutes: number }>('/api/v1/posts/preview', { method: 'POST', body: { body } });

export function uploadCover(file: File, onProgress: (fraction: number) => void): Promise<CoverImage> {
  const form = new FormData();
  form.append('image', file);
  return upload<CoverImage>('/api/v1/posts/images', form, onProgress);
}
