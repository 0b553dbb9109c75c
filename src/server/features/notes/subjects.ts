import type { SubjectType } from '../../../shared/notes.ts';
import { assertCanChange, assertCanSee, hidesOthers, type Scope } from '../access/index.ts';

// What a note or a task is about, and the one rule for who may see and change it: candidates,
// openings and applications follow the recruiter access setting (an application belongs to
// the owners of its candidate and of its opening); client companies are open to all staff.

export interface Subject {
  type: SubjectType;
  id: number;
  /** The candidate's name, the opening's title, "name for title", the company's name. */
  label: string;
  candidateId: number | null;
  openingId: number | null;
  applicationId: number | null;
  ownerIds: (string | null)[];
}

const WHAT: Record<SubjectType, string> = {
  candidate: 'That candidate',
  application: 'That application',
  opening: 'That opening',
  company: 'That company',
};

/** The field error for an id that names nothing. */
export const NO_SUCH: Record<SubjectType, string> = {
  candidate: 'No such candidate',
  application: 'No such application',
  opening: 'No such opening',
  company: 'No such company',
};

/** Throws 404 when the scope hides the subject. */
export function assertSeeSubject(s: Scope, subject: Subject): void {
  if (subject.type !== 'company') assertCanSee(s, subject.ownerIds, WHAT[subject.type]);
}

/** Throws 404 when hidden, 403 when read-only for this person. */
export function assertChangeSubject(s: Scope, subject: Subject): void {
  if (subject.type !== 'company') assertCanChange(s, subject.ownerIds, WHAT[subject.type]);
}

export function canSeeSubject(s: Scope, subject: Subject): boolean {
  return subject.type === 'company' || !hidesOthers(s) || subject.ownerIds.includes(s.userId);
}

/** Where an entry about the subject belongs on the timelines (companies have none). */
export function activityTarget(subject: Subject) {
  return {
    candidateId: subject.candidateId,
    openingId: subject.openingId,
    applicationId: subject.applicationId,
  };
}

export const hasTimeline = (subject: Subject) => subject.candidateId !== null || subject.openingId !== null;

/** The first words of a text for a timeline line: one line, about 80 characters. */
export function excerpt(text: string, max = 80): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= max ? line : `${line.slice(0, max - 1).trimEnd()}…`;
}
