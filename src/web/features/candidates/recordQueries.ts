import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Opening } from '../../../shared/openings.ts';
import type { Application } from '../../../shared/pipeline.ts';
import type { ResumeVersion } from '../../../shared/resumes.ts';
import { api, upload } from '../../api.ts';

// The candidate record's applications and resume versions.

const applicationsKey = (candidateId: number) => ['candidate', candidateId, 'applications'] as const;
const resumesKey = (candidateId: number) => ['candidate', candidateId, 'resumes'] as const;

export function useCandidateApplications(candidateId: number) {
  return useQuery({
    queryKey: applicationsKey(candidateId),
    queryFn: () => api<Application[]>(`/api/v1/candidates/${candidateId}/applications`),
  });
}

/** Open openings to submit someone to; loaded only when the form is opened. */
export function useOpenOpenings(enabled: boolean) {
  return useQuery({
    queryKey: ['openings', null, 'open'],
    queryFn: () => api<Opening[]>('/api/v1/openings?status=open'),
    enabled,
  });
}

export function useSubmitToOpening(candidateId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { openingId: number; note: string }) =>
      api<Application>('/api/v1/applications', { method: 'POST', body: { candidateId, ...input } }),
    onSuccess: (created) => {
      void queryClient.invalidateQueries({ queryKey: applicationsKey(candidateId) });
      void queryClient.invalidateQueries({ queryKey: ['opening', created.openingId, 'applications'] });
    },
  });
}

export function useResumes(candidateId: number) {
  return useQuery({
    queryKey: resumesKey(candidateId),
    queryFn: () => api<ResumeVersion[]>(`/api/v1/candidates/${candidateId}/resumes`),
  });
}

/** Uploads a resume version, reporting progress (0..1). */
export function useUploadResume(candidateId: number, onProgress: (fraction: number) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('resume', file, file.name);
      onProgress(0);
      return upload<ResumeVersion>(`/api/v1/candidates/${candidateId}/resumes`, form, onProgress);
    },
    onSuccess: (added) =>
      queryClient.setQueryData<ResumeVersion[]>(resumesKey(candidateId), (old) => [added, ...(old ?? [])]),
  });
}
