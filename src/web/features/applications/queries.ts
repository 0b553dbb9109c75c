import { useQuery } from '@tanstack/react-query';
import type { PublicJob } from '../../../shared/openings.ts';
import type { Application, SeekerApplication } from '../../../shared/pipeline.ts';
import { ApiError, api } from '../../api.ts';

const path = (slug: string) => `/api/v1/jobs/${encodeURIComponent(slug)}`;

export const applicationKey = (slug: string) => ['job', slug, 'application'] as const;

/** A public job; null when it is not open (or does not exist). */
export function useJob(slug: string) {
  return useQuery({
    queryKey: ['job', slug],
    queryFn: () => orNullOn404(api<PublicJob>(path(slug))),
  });
}

/** My application to a job; null when I have not applied. */
export function useMyApplication(slug: string) {
  return useQuery({
    queryKey: applicationKey(slug),
    queryFn: () => orNullOn404(api<SeekerApplication>(`${path(slug)}/application`)),
  });
}

export function useMyApplications() {
  return useQuery({
    queryKey: ['my-applications'],
    queryFn: () => api<SeekerApplication[]>('/api/v1/me/applications'),
  });
}

/** One of my applications by id; the server answers 404 for anyone else's. */
export function useMyApplicationById(id: number) {
  return useQuery({
    queryKey: ['my-applications', id],
    queryFn: () => api<SeekerApplication>(`/api/v1/me/applications/${id}`),
    enabled: Number.isInteger(id) && id > 0,
  });
}

export function useOpeningApplications(openingId: number) {
  return useQuery({
    queryKey: ['opening', openingId, 'applications'],
    queryFn: () => api<Application[]>(`/api/v1/openings/${openingId}/applications`),
  });
}

async function orNullOn404<T>(promise: Promise<T>): Promise<T | null> {
  try {
    return await promise;
  } catch (err) {
    if (err instanceof ApiError && err.status === 404) return null;
    throw err;
  }
}

export const applyPath = (slug: string) => `${path(slug)}/applications`;
