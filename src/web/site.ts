import { useQuery } from '@tanstack/react-query';
import { api } from './api.ts';

export interface SiteInfo {
  name: string;
  email: string;
}

const FALLBACK: SiteInfo = { name: 'Followthrough Staffing', email: '' };

/**
 * The agency's name and contact, as the public pages show them, from GET /api/v1/site
 * (the default name shows while it loads or if it fails).
 */
export function useSite(): SiteInfo {
  const query = useQuery({
    queryKey: ['site'],
    queryFn: async () => {
      try {
        return { ...FALLBACK, ...(await api<Partial<SiteInfo>>('/api/v1/site')) };
      } catch {
        return FALLBACK;
      }
    },
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
  return query.data ?? FALLBACK;
}
