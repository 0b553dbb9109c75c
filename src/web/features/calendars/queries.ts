import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Availability } from '../../../shared/availability.ts';
import type { CalendarFeedCreated, CalendarFeedStatus } from '../../../shared/calendars.ts';
import { api } from '../../api.ts';

/** Availability as the API returns it: `saved` is false while the default week is shown. */
export type SavedAvailability = Availability & { saved: boolean; updatedAt: string | null };

const availabilityKey = (url: string) => ['availability', url];

/** The availability at a GET/PUT URL (the signed-in user's own, or a contact's). */
export function useAvailability(url: string) {
  return useQuery({ queryKey: availabilityKey(url), queryFn: () => api<SavedAvailability>(url) });
}

export function useSaveAvailability(url: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Availability) => api<SavedAvailability>(url, { method: 'PUT', body }),
    onSuccess: (saved) => queryClient.setQueryData(availabilityKey(url), saved),
  });
}

const FEED = '/api/v1/me/calendar-feed';
const feedKey = ['calendar-feed'];

/** Whether the signed-in user has a calendar feed (never its URL). */
export function useCalendarFeed() {
  return useQuery({ queryKey: feedKey, queryFn: () => api<CalendarFeedStatus>(FEED) });
}

/** Makes a new feed URL, replacing any old one; the answer is the only time the URL is seen. */
export function useCreateCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<CalendarFeedCreated>(FEED, { method: 'POST' }),
    onSuccess: (made) =>
      queryClient.setQueryData<CalendarFeedStatus>(feedKey, { exists: true, createdAt: made.createdAt }),
  });
}

export function useDeleteCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<null>(FEED, { method: 'DELETE' }),
    onSuccess: () =>
      queryClient.setQueryData<CalendarFeedStatus>(feedKey, { exists: false, createdAt: null }),
  });
}
