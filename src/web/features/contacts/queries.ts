import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Contact, ContactInput } from '../../../shared/candidates.ts';
import { api } from '../../api.ts';

/** The people at one client company; nothing is fetched until a company is chosen. */
export function useContacts(companyId: number | null) {
  return useQuery({
    queryKey: ['contacts', companyId],
    queryFn: () => api<Contact[]>(`/api/v1/companies/${companyId}/contacts`),
    enabled: companyId !== null,
  });
}

/** Adds a contact to a company (no contact id) or updates one. */
export function useSaveContact(companyId: number, contactId: number | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ContactInput) =>
      contactId === null
        ? api<Contact>(`/api/v1/companies/${companyId}/contacts`, { method: 'POST', body: input })
        : api<Contact>(`/api/v1/contacts/${contactId}`, { method: 'PUT', body: input }),
    onSuccess: (saved) => {
      queryClient.setQueryData<Contact[]>(['contacts', companyId], (list) =>
        list
          ? [...list.filter((c) => c.id !== saved.id), saved].sort((a, b) => a.name.localeCompare(b.name))
          : list,
      );
      void queryClient.invalidateQueries({ queryKey: ['contacts', companyId] });
      // Openings show their hiring contact's name and title.
      void queryClient.invalidateQueries({ queryKey: ['opening'] });
    },
  });
}

export function useDeleteContact(companyId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (contactId: number) => api<null>(`/api/v1/contacts/${contactId}`, { method: 'DELETE' }),
    onSuccess: (_, contactId) => {
      queryClient.setQueryData<Contact[]>(['contacts', companyId], (list) =>
        list?.filter((c) => c.id !== contactId),
      );
      void queryClient.invalidateQueries({ queryKey: ['contacts', companyId] });
      void queryClient.invalidateQueries({ queryKey: ['opening'] });
    },
  });
}
