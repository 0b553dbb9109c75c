import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SubjectType } from '../../../shared/notes.ts';
import type { MyDay, Task, TaskInput, TaskUpdate } from '../../../shared/tasks.ts';
import { api } from '../../api.ts';

/** The viewer's own zone, which decides where their "today" ends. */
export const viewerZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

export function useMyDay() {
  const tz = viewerZone();
  return useQuery({
    queryKey: ['my-day', tz],
    queryFn: () => api<MyDay>(`/api/v1/tasks/my-day?tz=${encodeURIComponent(tz)}`),
  });
}

export type SubjectRef = { type: SubjectType; id: number };

export function useSubjectTasks(subject: SubjectRef) {
  return useQuery({
    queryKey: ['tasks', subject.type, subject.id],
    queryFn: () => api<Task[]>(`/api/v1/tasks?subjectType=${subject.type}&subjectId=${subject.id}`),
  });
}

function refetchAll(queryClient: QueryClient) {
  for (const key of ['my-day', 'tasks', 'activity']) void queryClient.invalidateQueries({ queryKey: [key] });
}

/** Creates a task (no id) or edits one. */
export function useSaveTask(taskId: number | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TaskInput | TaskUpdate) =>
      taskId === null
        ? api<Task>('/api/v1/tasks', { method: 'POST', body: input })
        : api<Task>(`/api/v1/tasks/${taskId}`, { method: 'PUT', body: input }),
    onSuccess: () => refetchAll(queryClient),
  });
}

const withoutTask = (day: MyDay, id: number): MyDay => ({
  ...day,
  overdue: day.overdue.filter((t) => t.id !== id),
  today: day.today.filter((t) => t.id !== id),
  upcoming: day.upcoming.filter((t) => t.id !== id),
});

/**
 * Marks a task done or open again. The lists change at once (a finished task leaves My day);
 * when the server says no, they go back as they were.
 */
export function useSetDone() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ task, done }: { task: Task; done: boolean }) =>
      api<Task>(`/api/v1/tasks/${task.id}/${done ? 'complete' : 'reopen'}`, { method: 'POST' }),
    onMutate: async ({ task, done }) => {
      await queryClient.cancelQueries({ queryKey: ['my-day'] });
      await queryClient.cancelQueries({ queryKey: ['tasks'] });
      const before = [
        ...queryClient.getQueriesData<MyDay>({ queryKey: ['my-day'] }),
        ...queryClient.getQueriesData<Task[]>({ queryKey: ['tasks'] }),
      ];
      if (done)
        queryClient.setQueriesData<MyDay>({ queryKey: ['my-day'] }, (d) => d && withoutTask(d, task.id));
      const doneAt = done ? new Date().toISOString() : null;
      queryClient.setQueriesData<Task[]>({ queryKey: ['tasks'] }, (list) =>
        list?.map((t) => (t.id === task.id ? { ...t, doneAt } : t)),
      );
      return { before };
    },
    onError: (_err, _vars, context) => {
      for (const [key, data] of context?.before ?? []) queryClient.setQueryData(key, data);
    },
    onSettled: () => refetchAll(queryClient),
  });
}
