import type { Selectable } from 'kysely';
import { type CandidateTable, num } from '../../db/tables.ts';

// Merging two records of one person: which values the surviving record ends up with. Pure, so
// the rules are unit-tested; merge-queries.ts moves everything that hangs off the records.

type Row = Selectable<CandidateTable>;

/** Comma-separated lists (workplace and employment types) as their union, in first-seen order. */
function union(a: string, b: string): string {
  return [...new Set([...a.split(','), ...b.split(',')].filter(Boolean))].join(',');
}

const blank = (v: unknown) => v === null || v === '';

/**
 * The kept record's values, with every empty one filled from the other record. Nothing the
 * kept record holds is overwritten, so a recruiter's edits on it survive the merge.
 */
export function mergedColumns(kept: Row, other: Row) {
  const pick = <K extends keyof Row>(key: K): Row[K] => (blank(kept[key]) ? other[key] : kept[key]);
  const keptPhone = !blank(kept.phone);
  const keptSalary = kept.salary_amount !== null;
  const keptConsent = kept.consent_on !== null;
  return {
    email: pick('email'),
    phone: keptPhone ? kept.phone : other.phone,
    phone_key: keptPhone ? kept.phone_key : other.phone_key,
    city: pick('city'),
    region: pick('region'),
    country: pick('country'),
    headline: pick('headline'),
    field: pick('field'),
    years_experience: pick('years_experience'),
    workplace_types: union(kept.workplace_types, other.workplace_types),
    employment_types: union(kept.employment_types, other.employment_types),
    salary_amount: num(keptSalary ? kept.salary_amount : other.salary_amount),
    salary_currency: keptSalary ? kept.salary_currency : other.salary_currency,
    salary_period: keptSalary ? kept.salary_period : other.salary_period,
    available_from: pick('available_from'),
    owner_id: pick('owner_id'),
    consent_on: keptConsent ? kept.consent_on : other.consent_on,
    consent_wording: keptConsent ? kept.consent_wording : other.consent_wording,
    user_id: kept.user_id ?? other.user_id,
  };
}

export type MergeCheck = { ok: true } | { ok: false; code: string; message: string };

export function checkMerge(kept: Row, other: Row): MergeCheck {
  if (kept.id === other.id)
    return { ok: false, code: 'same_record', message: 'Choose two different records.' };
  if (kept.user_id && other.user_id)
    return {
      ok: false,
      code: 'two_accounts',
      message:
        'Both records have their own portal account, so they belong to two sign-ins. Ask the person which one to keep.',
    };
  return { ok: true };
}
