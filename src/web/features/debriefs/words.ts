import type { Experience, Visibility } from '../../../shared/debriefs.ts';

// The debrief's words, in one place.

/** What each visibility means, one line each, for the author choosing it. */
export const VISIBILITY_HINTS: Record<Visibility, string> = {
  private: 'Only you can read it.',
  agency: 'You and the agency’s recruiters can read it.',
  shared:
    'May feed anonymous figures and company profiles, never with your name, and never shown to another job seeker as your words.',
};

/** Visibility as staff read it, beside each part. */
export const STAFF_VISIBILITY_LABELS: Record<Visibility, string> = {
  private: 'Private',
  agency: 'Agency',
  shared: 'Shared anonymously',
};

export const VISIBILITY_BADGE: Record<Visibility, string> = {
  private: 'badge',
  agency: 'badge internal',
  shared: 'badge shared',
};

export const EXPERIENCE_LABELS: Record<Experience, string> = {
  positive: 'Positive',
  neutral: 'Neutral',
  negative: 'Negative',
};

export const OUTCOME_LABELS = {
  pending: 'Outcome not known yet',
  'next-round': 'Next round',
  offer: 'Offer',
  placed: 'Placed',
  rejected: 'Not selected',
  withdrawn: 'Withdrawn',
} as const;

/** A 1–5 answer in words, or a dash when none was given. */
export const outOfFive = (n: number | null) => (n === null ? '—' : `${n} of 5`);
