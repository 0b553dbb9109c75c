import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ImportBatch,
  ImportKind,
  MappingInput,
  Preview,
  PreviewRow,
  RunInput,
  UploadResult,
} from '../../../shared/imports.ts';
import { api, upload } from '../../api.ts';

const batchPath = (id: number) => `/api/v1/imports/${id}`;

/** Sends the file with upload progress (0..1). */
export function uploadImport(kind: ImportKind, file: File, onProgress: (fraction: number) => void) {
  const form = new FormData();
  // The kind goes first so the server knows it before the file arrives.
  form.append('kind', kind);
  form.append('file', file, file.name);
  return upload<UploadResult>('/api/v1/imports', form, onProgress);
}

/** The batch; read every half second while it runs, so the progress bar moves. */
export function useImportBatch(id: number | null) {
  return useQuery({
    queryKey: ['import', id],
    queryFn: () => api<ImportBatch>(batchPath(id as number)),
    enabled: id !== null,
    refetchInterval: (q) => (q.state.data?.status === 'running' ? 500 : false),
  });
}

export function usePreview(id: number, page: number, show: 'all' | 'problems') {
  return useQuery({
    queryKey: ['import-preview', id, page, show],
    queryFn: () => api<Preview>(`${batchPath(id)}/preview?page=${page}&show=${show}`),
    placeholderData: keepPreviousData,
  });
}

export function useSaveMapping(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: MappingInput) => api<ImportBatch>(`${batchPath(id)}/mapping`, { method: 'PUT', body }),
    onSuccess: (batch) => {
      client.setQueryData(['import', id], batch);
      void client.invalidateQueries({ queryKey: ['import-preview', id] });
    },
  });
}

export function useFixRow(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (p: { row: number; values: Record<string, string> }) =>
      api<PreviewRow>(`${batchPath(id)}/rows/${p.row}`, { method: 'PUT', body: { values: p.values } }),
    // The summary counts and the other rows' duplicate flags may change with this row.
    onSuccess: () => client.invalidateQueries({ queryKey: ['import-preview', id] }),
  });
}

export function useRunImport(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: RunInput) => api<ImportBatch>(`${batchPath(id)}/run`, { method: 'POST', body }),
    onSuccess: (batch) => {
      client.setQueryData(['import', id], batch);
      // The lists now hold the imported records.
      void client.invalidateQueries({ queryKey: ['candidates'] });
      void client.invalidateQueries({ queryKey: ['openings'] });
    },
  });
}
