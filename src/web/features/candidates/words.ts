import { type CANDIDATE_SOURCES, type PossibleDuplicate, SOURCE_LABELS } from '../../../shared/candidates.ts';

type Source = (typeof CANDIDATE_SOURCES)[number];

/** How a candidate came to the agency, in plain words. */
export function sourceLabel(source: Source): string {
  return SOURCE_LABELS[source];
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
