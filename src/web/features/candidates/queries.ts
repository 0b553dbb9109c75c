import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Candidate, CandidateInput, PossibleDuplicate } from '../../../shared/candidates.ts';
import type { Role } from '../../../shared/vocabulary.ts';
import { api } from '../../api.ts';

export interface CandidateWithDuplicates {
  candidate: Candidate;
  duplicates: PossibleDuplicate[];
}

export interface CandidatePage {
  total: number;
  page: number;
  pageSize: number;
  results: Candidate[];
}

/** The list's filters, exactly as the URL and the API name them. */
export interface CandidateFilter {
  q: string;
  field: string;
  skill: string;
  owner: string;
  location: string;
  /** A pipeline stage id: candidates with an application now in it. */
  stage: string;
  page: number;
}

export interface StaffMember {
  id: string;
  name: string;
  role: Role;
}

export function useCandidates(filter: CandidateFilter) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (value !== '' && !(key === 'page' && value === 1)) params.set(key, String(value));
  }
  const qs = params.toString();
  return useQuery({
    queryKey: ['candidates', qs],
    queryFn: () => api<CandidatePage>(`/api/v1/candidates${qs ? `?${qs}` : ''}`),
    placeholderData: keepPreviousData,
  });
}

export function useCandidate(id: number) {
  return useQuery({
    queryKey: ['candidate', id],
    queryFn: () => api<CandidateWithDuplicates>(`/api/v1/candidates/${id}`),
  });
}

/**
 * Creates (no id) or updates a candidate. A create answers with possible duplicates; an update
 * answers with the record alone, so the duplicates are fetched again with the record.
 */
export function useSaveCandidate(id: number | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: CandidateInput): Promise<CandidateWithDuplicates> => {
      if (id === null)
        return api<CandidateWithDuplicates>('/api/v1/candidates', { method: 'POST', body: input });
      const candidate = await api<Candidate>(`/api/v1/candidates/${id}`, { method: 'PUT', body: input });
      return { candidate, duplicates: [] };
    },
    onSuccess: (saved) => {
      // Any record's possible duplicates may change with this one, so every record is refetched.
      void queryClient.invalidateQueries({ queryKey: ['candidate'] });
      // Show the saved record at once; an update's refetch brings its duplicates up to date.
      queryClient.setQueryData<CandidateWithDuplicates>(['candidate', saved.candidate.id], (old) =>
        id === null ? saved : old ? { ...old, candidate: saved.candidate } : old,
      );
      void queryClient.invalidateQueries({ queryKey: ['candidates'] });
    },
  });
}

/** Recruiters and admins, for choosing who owns a record. */
export function useStaff() {
  return useQuery({
    queryKey: ['staff'],
    queryFn: () => api<StaffMember[]>('/api/v1/staff'),
    staleTime: 5 * 60_000,
  });
}

/** Canonical skill names that start with or contain what was typed. */
export function useSkillSuggestions(text: string) {
  const q = text.trim();
  return useQuery({
    queryKey: ['skills-suggest', q.toLowerCase()],
    queryFn: () => api<string[]>(`/api/v1/skills/suggest?q=${encodeURIComponent(q)}`),
    enabled: q.length > 0,
    staleTime: 10 * 60_000,
    placeholderData: keepPreviousData,
  });
}

export interface StageOption {
  id: number;
  name: string;
  retired: boolean;
}

/** The pipeline's stages, for filters; they change rarely. */
export function useStages() {
  return useQuery({
    queryKey: ['stages'],
    queryFn: () => api<StageOption[]>('/api/v1/stages'),
    staleTime: 60_000,
  });
}
