import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Opening } from '../../../shared/openings.ts';
import type { Application, Board, Stage, StageMove } from '../../../shared/pipeline.ts';
import { api } from '../../api.ts';
import { fromOpening, toOpeningInput } from '../openings/formValues.ts';
import { moveCards } from './boardState.ts';
import { filterParams, type ListFilter, type PipelineFilter } from './filters.ts';

export interface ApplicationPage {
  total: number;
  page: number;
  pageSize: number;
  results: Application[];
}

export interface ApplicationDetail {
  application: Application;
  history: StageMove[];
  canChange: boolean;
}

export interface MoveResult {
  application: Application;
  positionsLeft: number;
  offerClose: boolean;
}

export interface BulkMoveResult {
  moved: number[];
  openings: { openingId: number; positionsLeft: number; offerClose: boolean }[];
}

const withQuery = (path: string, params: URLSearchParams) => {
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
};

export function useStages() {
  return useQuery({
    queryKey: ['pipeline', 'stages'],
    queryFn: () => api<Stage[]>('/api/v1/stages'),
    staleTime: 5 * 60_000,
  });
}

export function useBoard(filter: PipelineFilter) {
  const path = withQuery('/api/v1/board', filterParams(filter));
  return useQuery({
    queryKey: ['pipeline', 'board', path],
    queryFn: () => api<Board>(path),
    placeholderData: keepPreviousData,
  });
}

export function useApplicationList(filter: ListFilter) {
  const path = withQuery('/api/v1/applications', filterParams(filter));
  return useQuery({
    queryKey: ['pipeline', 'list', path],
    queryFn: () => api<ApplicationPage>(path),
    placeholderData: keepPreviousData,
  });
}

export function useApplicationDetail(id: number) {
  return useQuery({
    queryKey: ['pipeline', 'application', id],
    queryFn: () => api<ApplicationDetail>(`/api/v1/applications/${id}`),
  });
}

/** After a move: show it on every board in memory at once, then fetch what it changed. */
function useAfterMove() {
  const queryClient = useQueryClient();
  return (ids: number[], stageId: number, openingIds: number[]) => {
    const at = new Date().toISOString();
    queryClient.setQueriesData<Board>({ queryKey: ['pipeline', 'board'] }, (board) =>
      board ? moveCards(board, ids, stageId, at) : board,
    );
    void queryClient.invalidateQueries({ queryKey: ['pipeline', 'board'] });
    void queryClient.invalidateQueries({ queryKey: ['pipeline', 'list'] });
    void queryClient.invalidateQueries({ queryKey: ['pipeline', 'application'] });
    for (const id of openingIds) void queryClient.invalidateQueries({ queryKey: ['opening', id] });
    void queryClient.invalidateQueries({ queryKey: ['openings'] });
  };
}

export function useMoveApplication() {
  const afterMove = useAfterMove();
  return useMutation({
    mutationFn: (v: { applicationId: number; stageId: number; note: string }) =>
      api<MoveResult>(`/api/v1/applications/${v.applicationId}/moves`, {
        method: 'POST',
        body: { stageId: v.stageId, note: v.note },
      }),
    onSuccess: (r, v) => afterMove([v.applicationId], v.stageId, [r.application.openingId]),
  });
}

export function useBulkMove() {
  const afterMove = useAfterMove();
  return useMutation({
    mutationFn: (v: { applicationIds: number[]; stageId: number; note: string }) =>
      api<BulkMoveResult>('/api/v1/applications/moves', { method: 'POST', body: v }),
    onSuccess: (r, v) =>
      afterMove(
        r.moved,
        v.stageId,
        r.openings.map((o) => o.openingId),
      ),
  });
}

/**
 * Marks an opening filled. The API replaces an opening whole, so this reads it fresh and
 * sends it back as the edit form would, with only the status changed.
 */
export function useMarkFilled() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (openingId: number) => {
      const current = await api<Opening>(`/api/v1/openings/${openingId}`);
      const checked = toOpeningInput({ ...fromOpening(current), status: 'filled' });
      if (!checked.ok) {
        const problem = Object.values(checked.errors)[0] ?? 'Some details are missing.';
        throw new Error(`Open the opening’s page to fix it first: ${problem}`);
      }
      return api<Opening>(`/api/v1/openings/${openingId}`, { method: 'PUT', body: checked.input });
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(['opening', saved.id], saved);
      void queryClient.invalidateQueries({ queryKey: ['openings'] });
    },
  });
}
