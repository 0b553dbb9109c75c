import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AnswerScoreInput,
  MockInterviewInput,
  MockInterviewItem,
  MockInterviewOut,
  SeekerMockInterview,
} from '../../../shared/mock-interviews.ts';
import type { QuestionPage } from '../../../shared/practice-api.ts';
import { api } from '../../api.ts';

// Mock interviews over the API: staff run and score them; job seekers read the shared ones.

const mockKey = (id: number) => ['mock-interview', id] as const;
const listKey = (candidateId: number) => ['candidate-mock-interviews', candidateId] as const;
const valid = (id: number) => Number.isInteger(id) && id > 0;

export function useCandidateMockInterviews(candidateId: number) {
  return useQuery({
    queryKey: listKey(candidateId),
    queryFn: () => api<MockInterviewItem[]>(`/api/v1/candidates/${candidateId}/mock-interviews`),
  });
}

export function useMockInterview(id: number) {
  return useQuery({
    queryKey: mockKey(id),
    queryFn: () => api<MockInterviewOut>(`/api/v1/mock-interviews/${id}`),
    enabled: valid(id),
  });
}

/** Searches the bank for questions to ask; an empty search lists the most asked first. */
export function useQuestionSearch(q: string) {
  return useQuery({
    queryKey: ['mock-question-search', q],
    queryFn: () => api<QuestionPage>(`/api/v1/questions?${new URLSearchParams(q ? { q } : {})}`),
    placeholderData: keepPreviousData,
  });
}

export function useCreateMockInterview(candidateId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: MockInterviewInput) =>
      api<MockInterviewOut>(`/api/v1/candidates/${candidateId}/mock-interviews`, {
        method: 'POST',
        body: input,
      }),
    onSuccess: (m) => {
      client.setQueryData(mockKey(m.id), m);
      void client.invalidateQueries({ queryKey: listKey(candidateId) });
    },
  });
}

/** Every change answers with the whole mock interview, so the page refreshes from the reply. */
function useChange<V>(id: number, call: (v: V) => Promise<MockInterviewOut>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (m) => {
      client.setQueryData(mockKey(id), m);
      void client.invalidateQueries({ queryKey: listKey(m.candidate.id) });
    },
  });
}

export const useScoreAnswer = (id: number) =>
  useChange(id, ({ position, input }: { position: number; input: AnswerScoreInput }) =>
    api<MockInterviewOut>(`/api/v1/mock-interviews/${id}/answers/${position}`, {
      method: 'PUT',
      body: input,
    }),
  );

export const useSaveFeedback = (id: number) =>
  useChange(id, (feedback: string) =>
    api<MockInterviewOut>(`/api/v1/mock-interviews/${id}/feedback`, { method: 'PUT', body: { feedback } }),
  );

export const useShareMockInterview = (id: number) =>
  useChange(id, () => api<MockInterviewOut>(`/api/v1/mock-interviews/${id}/share`, { method: 'POST' }));

export function useMyMockInterviews() {
  return useQuery({
    queryKey: ['my-mock-interviews'],
    queryFn: () => api<MockInterviewItem[]>('/api/v1/me/mock-interviews'),
  });
}

export function useMyMockInterview(id: number) {
  return useQuery({
    queryKey: ['my-mock-interview', id],
    queryFn: () => api<SeekerMockInterview>(`/api/v1/me/mock-interviews/${id}`),
    enabled: valid(id),
  });
}
