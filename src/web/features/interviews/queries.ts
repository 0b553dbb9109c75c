import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReasonsToGo, SeekerInterview } from '../../../shared/interview-api.ts';
import type { CancelInput } from '../../../shared/interviews.ts';
import { api } from '../../api.ts';

// The job seeker's interviews: reads, and the writes that change one (each answers with the
// interview as it now stands, which replaces the cached copy).

export interface ChecklistItem {
  key: string;
  label: string;
  hint: string;
  ticked: boolean;
}
export interface Checklist {
  items: ChecklistItem[];
  progress: { done: number; total: number; percent: number };
}

const base = (id: number) => `/api/v1/me/interviews/${id}`;
export const myInterviewKey = (id: number) => ['my-interviews', id] as const;

export function useMyInterviews() {
  return useQuery({
    queryKey: ['my-interviews'],
    queryFn: () => api<SeekerInterview[]>('/api/v1/me/interviews'),
  });
}

export function useMyInterview(id: number) {
  return useQuery({
    queryKey: myInterviewKey(id),
    queryFn: () => api<SeekerInterview>(base(id)),
    enabled: Number.isInteger(id) && id > 0,
  });
}

export function useChecklist(id: number, enabled: boolean) {
  return useQuery({
    queryKey: [...myInterviewKey(id), 'checklist'],
    queryFn: () => api<Checklist>(`${base(id)}/checklist`),
    enabled,
  });
}

export function useReasons(id: number, enabled: boolean) {
  return useQuery({
    queryKey: [...myInterviewKey(id), 'reasons'],
    queryFn: () => api<ReasonsToGo>(`${base(id)}/reasons`),
    enabled,
  });
}

/**
 * Saves one tick; the answer is the whole checklist with its progress. Answers to quick ticks
 * can arrive out of order, so the list is read again once each has settled.
 */
export function useTick(id: number) {
  const client = useQueryClient();
  const key = [...myInterviewKey(id), 'checklist'];
  return useMutation({
    mutationFn: (v: { key: string; ticked: boolean }) =>
      api<Checklist>(`${base(id)}/checklist/${encodeURIComponent(v.key)}`, {
        method: 'PUT',
        body: { ticked: v.ticked },
      }),
    onSuccess: (list) => client.setQueryData(key, list),
    onSettled: () => client.invalidateQueries({ queryKey: key }),
  });
}

type Change =
  | { kind: 'book'; slotId: number }
  | { kind: 'move'; slotId: number }
  | { kind: 'confirm' }
  | { kind: 'ask-to-move'; note: string }
  | { kind: 'cancel'; input: CancelInput };

function changeRequest(id: number, c: Change): Promise<SeekerInterview> {
  const post = (path: string, body?: unknown) =>
    api<SeekerInterview>(`${base(id)}/${path}`, { method: 'POST', body });
  switch (c.kind) {
    case 'book':
    case 'move':
      return post(c.kind, { slotId: c.slotId });
    case 'confirm':
      return post('confirm');
    case 'ask-to-move':
      return post('ask-to-move', { note: c.note });
    case 'cancel':
      return post('cancel', c.input);
  }
}

/** One write to my interview; the answer replaces the cached interview and refreshes the list. */
export function useChangeInterview(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (c: Change) => changeRequest(id, c),
    onSuccess: (iv) => {
      client.setQueryData(myInterviewKey(id), iv);
      void client.invalidateQueries({ queryKey: ['my-interviews'], exact: true });
    },
  });
}

const linkPath = (token: string) => `/api/v1/interview-links/${encodeURIComponent(token)}`;

/** The interview behind a signed link from an email; no sign-in needed. */
export function useLinkedInterview(token: string) {
  return useQuery({
    queryKey: ['interview-link', token],
    queryFn: () => api<SeekerInterview>(linkPath(token)),
    retry: false,
  });
}

export function useBookFromLink(token: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (slotId: number) =>
      api<SeekerInterview>(linkPath(token), { method: 'POST', body: { slotId } }),
    onSuccess: (iv) => client.setQueryData(['interview-link', token], iv),
  });
}
