import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ItemInput, PracticeHome, SessionInput, SessionOut } from '../../../../shared/practice-api.ts';
import { api } from '../../../api.ts';
import { viewerZone } from '../../../ui/format.ts';

// Practice sessions for the signed-in job seeker. "Due today" is counted in the browser's zone.

const tz = () => `tz=${encodeURIComponent(viewerZone())}`;
export const homeKey = ['practice', 'home'] as const;
export const progressKey = ['practice', 'progress'] as const;
const sessionKey = (id: number) => ['practice', 'session', id] as const;

export function usePracticeHome(enabled = true) {
  return useQuery({
    queryKey: homeKey,
    queryFn: () => api<PracticeHome>(`/api/v1/me/practice?${tz()}`),
    enabled,
  });
}

export function useStartSession() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: Omit<SessionInput, 'count'> & { count?: number }) =>
      api<SessionOut>(`/api/v1/me/practice?${tz()}`, { method: 'POST', body: input }),
    onSuccess: (s) => {
      client.setQueryData(sessionKey(s.id), s);
      void client.invalidateQueries({ queryKey: homeKey });
      void client.invalidateQueries({ queryKey: progressKey });
    },
  });
}

export function useSession(id: number) {
  return useQuery({
    queryKey: sessionKey(id),
    queryFn: () => api<SessionOut>(`/api/v1/me/practice/${id}`),
    enabled: Number.isInteger(id) && id > 0,
  });
}

export function useRateItem(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: { position: number; input: ItemInput }) =>
      api<SessionOut>(`/api/v1/me/practice/${id}/items/${v.position}`, { method: 'PUT', body: v.input }),
    onSuccess: (s) => {
      client.setQueryData(sessionKey(id), s);
      void client.invalidateQueries({ queryKey: homeKey });
      void client.invalidateQueries({ queryKey: progressKey });
    },
  });
}

export function useFinishSession(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<SessionOut>(`/api/v1/me/practice/${id}/finish`, { method: 'POST' }),
    onSuccess: (s) => {
      client.setQueryData(sessionKey(id), s);
      void client.invalidateQueries({ queryKey: homeKey });
      void client.invalidateQueries({ queryKey: progressKey });
    },
  });
}
