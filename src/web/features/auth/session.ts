import { type QueryClient, useQuery } from '@tanstack/react-query';
import type { Me } from '../../../shared/accounts.ts';
import { ApiError, api } from '../../api.ts';

export const meKey = ['me'] as const;

/** The signed-in person, or null when nobody is signed in. */
export function useMe() {
  return useQuery({
    queryKey: meKey,
    queryFn: async (): Promise<Me | null> => {
      try {
        return await api<Me>('/api/v1/me');
      } catch (err) {
        if (err instanceof ApiError && err.status === 401) return null;
        throw err;
      }
    },
    staleTime: 60_000,
  });
}

export const isStaff = (me: Me | null | undefined) => me?.role === 'recruiter' || me?.role === 'admin';

/** After a sign-in or sign-up: forget everything cached for the previous visitor. */
export async function refreshSession(queryClient: QueryClient): Promise<void> {
  queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'site' && q.queryKey[0] !== 'me' });
  await queryClient.refetchQueries({ queryKey: meKey });
}

export async function signOut(): Promise<void> {
  await api('/api/auth/sign-out', { method: 'POST', body: {} });
}

/**
 * The in-app path to go to after signing in. Only paths inside /app are followed, so a
 * crafted link cannot send someone to another site.
 */
export function nextPath(raw: string | null): string {
  if (!raw || raw.includes('\\') || raw.startsWith('//')) return '/';
  if (raw === '/app') return '/';
  if (raw.startsWith('/app/') || raw.startsWith('/app?')) return raw.slice(4).replace(/^(?!\/)/, '/');
  return '/';
}

/** The sign-in address that brings the person back to `path` (an /app path) afterwards. */
export function signInPath(path: string): string {
  return `/signin?next=${encodeURIComponent(`/app${path === '/' ? '' : path}`)}`;
}
