import type { RecruiterAccess } from '../../../shared/access.ts';
import type { StageKind } from '../../../shared/pipeline.ts';

/** Stage kinds as an admin reads them. */
export const KIND_LABELS: Record<StageKind, string> = {
  active: 'In progress',
  placed: 'Placed',
  closed: 'Closed',
};

export const KIND_HINTS: Record<StageKind, string> = {
  active: 'The application is still moving. New applications start in the first of these.',
  placed: 'The candidate got the job; it fills one of the opening’s positions.',
  closed: 'The application ended without a placement.',
};

/** The recruiter access rules in plain words, in the order they are offered. */
export const ACCESS_CHOICES: { value: RecruiterAccess; label: string; hint: string }[] = [
  {
    value: 'all',
    label: 'Everyone sees and changes everything',
    hint: 'Every recruiter can read and update every candidate, opening and application.',
  },
  {
    value: 'own-read-only',
    label: 'Recruiters change only what they own',
    hint: 'Recruiters can read everyone’s candidates and openings but change only the ones they own.',
  },
  {
    value: 'own-only',
    label: 'Recruiters see only what they own',
    hint: 'Recruiters see and change only their own candidates and openings; other recruiters’ records are hidden from them.',
  },
];
