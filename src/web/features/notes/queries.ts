import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ActivityEntry } from '../../../shared/activity.ts';
import type { Note, NoteInput, NoteUpdate, SeekerNote, SubjectType } from '../../../shared/notes.ts';
import { api } from '../../api.ts';

const notesKey = (type: SubjectType, id: number) => ['notes', type, id] as const;

export function useNotes(type: SubjectType, id: number) {
  return useQuery({
    queryKey: notesKey(type, id),
    queryFn: () => api<Note[]>(`/api/v1/notes?subjectType=${type}&subjectId=${id}`),
  });
}

/** Adds a note (no id) or edits one; the list and the timelines are refetched. */
export function useSaveNote(type: SubjectType, subjectId: number, noteId: number | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NoteUpdate) =>
      noteId === null
        ? api<Note>('/api/v1/notes', {
            method: 'POST',
            body: { subjectType: type, subjectId, ...input } satisfies NoteInput,
          })
        : api<Note>(`/api/v1/notes/${noteId}`, { method: 'PUT', body: input }),
    onSuccess: (saved) => {
      queryClient.setQueryData<Note[]>(notesKey(type, subjectId), (list) =>
        list ? [saved, ...list.filter((n) => n.id !== saved.id)].sort((a, b) => b.id - a.id) : list,
      );
      void queryClient.invalidateQueries({ queryKey: notesKey(type, subjectId) });
      void queryClient.invalidateQueries({ queryKey: ['activity'] });
    },
  });
}

export function useDeleteNote(type: SubjectType, subjectId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (noteId: number) => api<null>(`/api/v1/notes/${noteId}`, { method: 'DELETE' }),
    onSuccess: (_, noteId) => {
      queryClient.setQueryData<Note[]>(notesKey(type, subjectId), (list) =>
        list?.filter((n) => n.id !== noteId),
      );
      void queryClient.invalidateQueries({ queryKey: notesKey(type, subjectId) });
    },
  });
}

/** What the agency shared with the signed-in job seeker on their record. */
export function useMyNotes() {
  return useQuery({ queryKey: ['my-notes'], queryFn: () => api<SeekerNote[]>('/api/v1/me/notes') });
}

export type TimelineOf = { candidateId: number } | { openingId: number };

/** A candidate's or an opening's timeline, a page at a time ("Show more" fetches the next). */
export function useActivity(of: TimelineOf) {
  const path =
    'candidateId' in of ? `/api/v1/candidates/${of.candidateId}` : `/api/v1/openings/${of.openingId}`;
  return useInfiniteQuery({
    queryKey: ['activity', path],
    queryFn: ({ pageParam }) =>
      api<{ entries: ActivityEntry[]; next: number | null }>(
        `${path}/activity${pageParam ? `?before=${pageParam}` : ''}`,
      ),
    initialPageParam: 0,
    getNextPageParam: (last) => last.next ?? undefined,
  });
}
