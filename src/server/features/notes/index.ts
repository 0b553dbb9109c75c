// Notes on candidates, applications, openings and companies, and the subjects tasks share.
export { findSubjects, subjectKey } from './queries.ts';
export { existingSubject, registerNotes } from './routes.ts';
export {
  activityTarget,
  assertChangeSubject,
  assertSeeSubject,
  canSeeSubject,
  excerpt,
  hasTimeline,
  type Subject,
} from './subjects.ts';
