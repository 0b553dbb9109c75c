import type { CANDIDATE_SOURCES, PossibleDuplicate } from '../../../shared/candidates.ts';

type Source = (typeof CANDIDATE_SOURCES)[number];

const SOURCES: Record<Source, string> = {
  'job-board': 'Job board',
  referral: 'Referral',
  sourced: 'Sourced by us',
  'walk-in': 'Walk-in',
  event: 'Event',
  'agency-site': 'Our website',
  other: 'Other',
};

/** How a candidate came to the agency, in plain words. */
export function sourceLabel(source: Source): string {
  return SOURCES[source];
}

type Reason = PossibleDuplicate['reasons'][number];

const REASONS: Record<Reason, string> = {
  'same-email': 'same email',
  'same-phone': 'same phone',
  'same-name-similar-email': 'same name, similar email',
};

/** Why two records may be the same person, e.g. "same email, same phone". */
export function duplicateReasons(reasons: readonly Reason[]): string {
  return reasons.map((r) => REASONS[r]).join(', ');
}

/** "Toronto, Ontario, Canada" from whichever parts are known. */
export function place(c: { city: string; region: string; country: string }): string {
  return [c.city, c.region, c.country].filter(Boolean).join(', ');
}
