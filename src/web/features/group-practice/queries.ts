import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  GroupExerciseOut,
  GroupPrepOut,
  MyRunOut,
  MyRunSummary,
  ReviewInput,
  RunInput,
  StaffRunOut,
  StaffRunSummary,
} from '../../../shared/group-practice.ts';
import { api } from '../../api.ts';
import { clockOffset } from './countdown.ts';

// Group practice: the seeker's guide, checklist and runs, and the staff side of running them.
// A run read for its clock carries the offset between this browser's clock and the server's.

export type Timed<T> = T & { offset: number };

/** Reads a run and measures the clock offset on the same request. */
async function timed<T extends { now: string }>(path: string): Promise<Timed<T>> {
  const sent = Date.now();
  const data = await api<T>(path);
  return { ...data, offset: clockOffset(data.now, sent, Date.now()) };
}

const prepKey = ['group-prep'] as const;
const myRunsKey = ['my-group-runs'] as const;
const myRunKey = (id: number) => ['my-group-runs', id] as const;
const runsKey = ['group-runs'] as const;
const runKey = (id: number) => ['group-runs', id] as const;
const validId = (id: number) => Number.isInteger(id) && id > 0;

/** Poll fast while waiting for the start, slowly while on the clock, not at all once closed. */
function pollEvery(state: MyRunOut['state'] | undefined): number | false {
  if (state === 'waiting') return 3000;
  if (state === 'finished') return false;
  return 15_000;
}

export function useGroupPrep() {
  return useQuery({ queryKey: prepKey, queryFn: () => api<GroupPrepOut>('/api/v1/me/group-prep') });
}

export function useTickPrep() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: { key: string; ticked: boolean }) =>
      api<GroupPrepOut>(`/api/v1/me/group-prep/${encodeURIComponent(v.key)}`, {
        method: 'PUT',
        body: { ticked: v.ticked },
      }),
    onSuccess: (prep) => client.setQueryData(prepKey, prep),
    // Answers to quick ticks can arrive out of order: read the list again once each settles.
    onSettled: () => client.invalidateQueries({ queryKey: prepKey }),
  });
}

export function useMyRuns() {
  return useQuery({ queryKey: myRunsKey, queryFn: () => api<MyRunSummary[]>('/api/v1/me/group-runs') });
}

export function useMyRun(id: number) {
  return useQuery({
    queryKey: myRunKey(id),
    queryFn: () => timed<MyRunOut>(`/api/v1/me/group-runs/${id}`),
    enabled: validId(id),
    refetchInterval: (q) => pollEvery(q.state.data?.state),
  });
}

/** Saves notes without touching the cached run, so a save never rewrites what is being typed. */
export function saveNotes(id: number, notes: string): Promise<MyRunOut> {
  return api<MyRunOut>(`/api/v1/me/group-runs/${id}/notes`, { method: 'PUT', body: { notes } });
}

export function useSaveReview(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ReviewInput) =>
      api<MyRunOut>(`/api/v1/me/group-runs/${id}/review`, { method: 'PUT', body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: myRunKey(id) }),
  });
}

export function useExercises() {
  return useQuery({
    queryKey: ['group-exercises'],
    queryFn: () => api<GroupExerciseOut[]>('/api/v1/group-exercises'),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useRuns() {
  return useQuery({ queryKey: runsKey, queryFn: () => api<StaffRunSummary[]>('/api/v1/group-runs') });
}

export function useRun(id: number) {
  return useQuery({
    queryKey: runKey(id),
    queryFn: () => timed<StaffRunOut>(`/api/v1/group-runs/${id}`),
    enabled: validId(id),
    refetchInterval: (q) => (q.state.data?.state === 'finished' ? false : 5000),
  });
}

export function useCreateRun() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: RunInput) => api<StaffRunOut>('/api/v1/group-runs', { method: 'POST', body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: runsKey }),
  });
}

/** Start or finish: both answer with the run as it now stands. */
export function useRunAction(id: number, action: 'start' | 'finish') {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<StaffRunOut>(`/api/v1/group-runs/${id}/${action}`, { method: 'POST' }),
    onSettled: () => {
      void client.invalidateQueries({ queryKey: runKey(id) });
      void client.invalidateQueries({ queryKey: runsKey });
    },
  });
}
