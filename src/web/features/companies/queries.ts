import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Company, CompanyInput } from '../../../shared/companies.ts';
import { api } from '../../api.ts';

export function useCompanies() {
  return useQuery({ queryKey: ['companies'], queryFn: () => api<Company[]>('/api/v1/companies') });
}

export function useCompany(id: number) {
  return useQuery({ queryKey: ['company', id], queryFn: () => api<Company>(`/api/v1/companies/${id}`) });
}

/** Creates (no id) or updates a company, then refreshes what shows it. */
export function useSaveCompany(id: number | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CompanyInput) =>
      id === null
        ? api<Company>('/api/v1/companies', { method: 'POST', body: input })
        : api<Company>(`/api/v1/companies/${id}`, { method: 'PUT', body: input }),
    onSuccess: (saved) => {
      queryClient.setQueryData(['company', saved.id], saved);
      // Put it in the list at once, so a form that offers companies can show it before the refetch.
      queryClient.setQueryData<Company[]>(['companies'], (list) =>
        list
          ? [...list.filter((c) => c.id !== saved.id), saved].sort((a, b) => a.name.localeCompare(b.name))
          : list,
      );
      void queryClient.invalidateQueries({ queryKey: ['companies'] });
      void queryClient.invalidateQueries({ queryKey: ['openings'] });
    },
  });
}
