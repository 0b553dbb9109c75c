import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AccessSettings, SpamWords } from '../../../shared/access.ts';
import type { Stage, StageInput } from '../../../shared/pipeline.ts';
import { api } from '../../api.ts';

const stagesKey = ['stages'] as const;
const accessKey = ['settings', 'access'] as const;
const spamWordsKey = ['settings', 'spam-words'] as const;

/** Every stage, retired ones too, in pipeline order. */
export function useStages() {
  return useQuery({ queryKey: stagesKey, queryFn: () => api<Stage[]>('/api/v1/stages') });
}

/** Adds a stage (no id) or changes one; the list is refetched so positions stay right. */
export function useSaveStage(id: number | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: StageInput) =>
      id === null
        ? api<Stage>('/api/v1/stages', { method: 'POST', body: input })
        : api<Stage>(`/api/v1/stages/${id}`, { method: 'PUT', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: stagesKey }),
  });
}

/** Puts the stages in a new order; the server answers with the whole list. */
export function useReorderStages() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids: number[]) => api<Stage[]>('/api/v1/stages/order', { method: 'PUT', body: { ids } }),
    onSuccess: (stages) => queryClient.setQueryData(stagesKey, stages),
  });
}

export function useRetireStage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, retire }: { id: number; retire: boolean }) =>
      api<Stage>(`/api/v1/stages/${id}/${retire ? 'retire' : 'restore'}`, { method: 'POST' }),
    onSuccess: (stage) =>
      queryClient.setQueryData<Stage[]>(stagesKey, (old) => old?.map((s) => (s.id === stage.id ? stage : s))),
  });
}

export function useAccessSetting() {
  return useQuery({ queryKey: accessKey, queryFn: () => api<AccessSettings>('/api/v1/settings/access') });
}

export function useSaveAccess() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AccessSettings) =>
      api<AccessSettings>('/api/v1/settings/access', { method: 'PUT', body: input }),
    onSuccess: (saved) => queryClient.setQueryData(accessKey, saved),
  });
}

/** The disallowed words shared by every public form. */
export function useSpamWords() {
  return useQuery({ queryKey: spamWordsKey, queryFn: () => api<SpamWords>('/api/v1/settings/spam-words') });
}

export function useSaveSpamWords() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (words: string[]) =>
      api<SpamWords>('/api/v1/settings/spam-words', { method: 'PUT', body: { words } }),
    onSuccess: (saved) => queryClient.setQueryData(spamWordsKey, saved),
  });
}
