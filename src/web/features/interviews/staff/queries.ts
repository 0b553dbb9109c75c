import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SuggestTimesResult } from '../../../../shared/calendars.ts';
import type { Interview, InterviewInput, RescheduleInput } from '../../../../shared/interview-api.ts';
import type { AttendanceOutcome } from '../../../../shared/interviews.ts';
import type { Application } from '../../../../shared/pipeline.ts';
import { api } from '../../../api.ts';

// The staff side of the interview API, as TanStack queries and mutations. Every change
// refetches the application's interviews, their preparation and the activity timeline.

/** Each booked candidate's preparation, as GET /api/v1/interviews/:id/checklist returns it. */
export interface BookingPrep {
  bookingId: number;
  candidateId: number;
  candidateName: string;
  progress: { done: number; total: number; percent: number };
}

const listKey = (applicationId: number) => ['interviews', 'application', applicationId];

export function useApplicationInterviews(applicationId: number) {
  return useQuery({
    queryKey: listKey(applicationId),
    queryFn: () => api<Interview[]>(`/api/v1/applications/${applicationId}/interviews`),
  });
}

/** Preparation progress; fetched only when someone is booked. */
export function usePreparation(interviewId: number, enabled: boolean) {
  return useQuery({
    queryKey: ['interviews', 'checklist', interviewId],
    queryFn: () => api<BookingPrep[]>(`/api/v1/interviews/${interviewId}/checklist`),
    enabled,
  });
}

/** The other applications to the same opening, for a group session's invitations. */
export function useOpeningApplications(openingId: number, enabled: boolean) {
  return useQuery({
    queryKey: ['interviews', 'opening-applications', openingId],
    queryFn: () =>
      api<{ results: Application[] }>(`/api/v1/applications?openingId=${openingId}&sort=candidate&dir=asc`),
    enabled,
  });
}

function refetch(queryClient: QueryClient) {
  for (const key of ['interviews', 'activity']) void queryClient.invalidateQueries({ queryKey: [key] });
}

export function useCreateInterview(applicationId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: InterviewInput) =>
      api<Interview>(`/api/v1/applications/${applicationId}/interviews`, { method: 'POST', body: input }),
    onSuccess: () => refetch(queryClient),
  });
}

export function useMoveInterview(interviewId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RescheduleInput) =>
      api<Interview>(`/api/v1/interviews/${interviewId}/time`, { method: 'PUT', body: input }),
    onSuccess: () => refetch(queryClient),
  });
}

export function useCancelInterview(interviewId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { by: 'agency' | 'client'; reason: string }) =>
      api<Interview>(`/api/v1/interviews/${interviewId}/cancel`, { method: 'POST', body: input }),
    onSuccess: () => refetch(queryClient),
  });
}

export function useRecordAttendance(interviewId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { outcome: AttendanceOutcome; candidateId: number }) =>
      api<Interview>(`/api/v1/interviews/${interviewId}/attendance`, { method: 'POST', body: input }),
    onSuccess: () => refetch(queryClient),
  });
}

/** Free times of the chosen interviewers and the signed-in recruiter. */
export function useSuggestTimes() {
  return useMutation({
    mutationFn: (input: {
      contactIds: number[];
      durationMinutes: number;
      zone: string;
      from: string;
      to: string;
    }) => api<SuggestTimesResult>('/api/v1/interviews/suggest-times', { method: 'POST', body: input }),
  });
}
