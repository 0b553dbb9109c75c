import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ConversionResult,
  ConvertToCandidate,
  ConvertToCompany,
  LeadDetail,
  LeadInbox,
  LeadStatus,
  LeadUpdate,
} from '../../../shared/leads.ts';
import { api } from '../../api.ts';

export function useLeads(status: LeadStatus, page: number) {
  return useQuery({
    queryKey: ['leads', status, page],
    queryFn: () => api<LeadInbox>(`/api/v1/leads?status=${status}&page=${page}`),
  });
}

/** The number of new leads, for the staff home. */
export function useNewLeadCount() {
  return useQuery({
    queryKey: ['leads', 'count'],
    queryFn: () => api<{ new: number }>('/api/v1/leads/count'),
    staleTime: 30_000,
  });
}

export function useLead(id: number) {
  return useQuery({ queryKey: ['lead', id], queryFn: () => api<LeadDetail>(`/api/v1/leads/${id}`) });
}

/** Any change to a lead shows at once on its page and refreshes the folders. */
function useLeadMutation<I, O extends LeadDetail | ConversionResult>(
  id: number,
  call: (input: I) => Promise<O>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (out) => {
      if ('notes' in out) queryClient.setQueryData(['lead', id], out);
      void queryClient.invalidateQueries({ queryKey: ['lead', id] });
      void queryClient.invalidateQueries({ queryKey: ['leads'] });
    },
  });
}

export function useUpdateLead(id: number) {
  return useLeadMutation(id, (input: LeadUpdate) =>
    api<LeadDetail>(`/api/v1/leads/${id}`, { method: 'PUT', body: input }),
  );
}

export function useAddLeadNote(id: number) {
  return useLeadMutation(id, (body: string) =>
    api<LeadDetail>(`/api/v1/leads/${id}/notes`, { method: 'POST', body: { body } }),
  );
}

export function useConvertToCandidate(id: number) {
  return useLeadMutation(id, (input: ConvertToCandidate) =>
    api<ConversionResult>(`/api/v1/leads/${id}/convert/candidate`, { method: 'POST', body: input }),
  );
}

export function useConvertToCompany(id: number) {
  return useLeadMutation(id, (input: ConvertToCompany) =>
    api<ConversionResult>(`/api/v1/leads/${id}/convert/company`, { method: 'POST', body: input }),
  );
}
