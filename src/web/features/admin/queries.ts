import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Invitation, invitationInput, outboxEntry, UserSummary } from '../../../shared/accounts.ts';
import { api } from '../../api.ts';

export type OutboxEntry = z.infer<typeof outboxEntry>;
export type InvitationInput = z.input<typeof invitationInput>;

export function useUsers() {
  return useQuery({ queryKey: ['users'], queryFn: () => api<UserSummary[]>('/api/v1/users') });
}

export function useInvitations() {
  return useQuery({ queryKey: ['invitations'], queryFn: () => api<Invitation[]>('/api/v1/invitations') });
}

export function useInvite() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: InvitationInput) =>
      api<{ id: number }>('/api/v1/invitations', { method: 'POST', body: input }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['invitations'] });
      void queryClient.invalidateQueries({ queryKey: ['outbox'] });
    },
  });
}

export function useOutbox() {
  return useQuery({ queryKey: ['outbox'], queryFn: () => api<OutboxEntry[]>('/api/v1/admin/outbox') });
}
