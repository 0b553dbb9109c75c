import { Link } from 'react-router';
import type { TaskSubject } from '../../../shared/tasks.ts';

const PATHS: Record<TaskSubject['type'], string> = {
  candidate: '/candidates',
  application: '/applications',
  opening: '/openings',
  company: '/companies',
};

const KIND_WORDS: Record<TaskSubject['type'], string> = {
  candidate: 'Candidate',
  application: 'Application',
  opening: 'Opening',
  company: 'Company',
};

/** What a task is about, as a link to it; a record the viewer may not open is only named by kind. */
export function SubjectLink({ subject }: { subject: TaskSubject }) {
  if (subject.label === null)
    return <span className="meta">{KIND_WORDS[subject.type]} (not visible to you)</span>;
  return (
    <>
      {KIND_WORDS[subject.type]}: <Link to={`${PATHS[subject.type]}/${subject.id}`}>{subject.label}</Link>
    </>
  );
}
