import { type Candidate, type CandidateInput, candidateInput } from '../../../shared/candidates.ts';
import { issuesToFields } from '../../ui/validation.ts';
import { toMajor, toMinor } from '../openings/formValues.ts';

/** What the candidate form holds: inputs as typed, checkbox groups and skills as lists. */
export interface CandidateValues {
  name: string;
  email: string;
  phone: string;
  city: string;
  region: string;
  country: string;
  headline: string;
  field: string;
  skills: string[];
  yearsExperience: string;
  workplaceTypes: string[];
  employmentTypes: string[];
  salaryAmount: string;
  currency: string;
  period: string;
  availableFrom: string;
  source: string;
  ownerId: string;
  consentGivenOn: string;
  consentWording: string;
}

/** The keys whose value is one line of text (every key but the lists). */
export type CandidateTextKey = {
  [K in keyof CandidateValues]: CandidateValues[K] extends string ? K : never;
}[keyof CandidateValues];

export function blankCandidate(): CandidateValues {
  return {
    name: '',
    email: '',
    phone: '',
    city: '',
    region: '',
    country: '',
    headline: '',
    field: '',
    skills: [],
    yearsExperience: '',
    workplaceTypes: [],
    employmentTypes: [],
    salaryAmount: '',
    currency: 'USD',
    period: 'year',
    availableFrom: '',
    source: 'sourced',
    ownerId: '',
    consentGivenOn: '',
    consentWording: '',
  };
}

export function fromCandidate(c: Candidate): CandidateValues {
  const currency = c.desiredSalary?.currency ?? 'USD';
  return {
    name: c.name,
    email: c.email,
    phone: c.phone,
    city: c.city,
    region: c.region,
    country: c.country,
    headline: c.headline,
    field: c.field ?? '',
    skills: c.skills.map((s) => s.name),
    yearsExperience: c.yearsExperience === null ? '' : String(c.yearsExperience),
    workplaceTypes: [...c.workplaceTypes],
    employmentTypes: [...c.employmentTypes],
    salaryAmount: toMajor(c.desiredSalary?.amount ?? null, currency),
    currency,
    period: c.desiredSalary?.period ?? 'year',
    availableFrom: c.availableFrom ? c.availableFrom.slice(0, 10) : '',
    source: c.source,
    ownerId: c.owner?.id ?? '',
    consentGivenOn: c.consent?.givenOn.slice(0, 10) ?? '',
    consentWording: c.consent?.wording ?? '',
  };
}

export type CheckedCandidate =
  | { ok: true; input: CandidateInput }
  | { ok: false; errors: Record<string, string> };

function consentFrom(v: CandidateValues, errors: Record<string, string>) {
  const givenOn = v.consentGivenOn.trim();
  const wording = v.consentWording.trim();
  if (!givenOn && !wording) return null;
  if (!givenOn) errors['consent.givenOn'] = 'Give the date the candidate agreed, or clear the wording';
  if (!wording) errors['consent.wording'] = 'Record the wording the candidate agreed to, or clear the date';
  return { givenOn, wording };
}

function yearsFrom(text: string, errors: Record<string, string>): number | null {
  const t = text.trim();
  if (t === '') return null;
  if (!/^\d{1,2}$/.test(t)) errors.yearsExperience = 'Enter whole years, from 0 to 70';
  return Number(t);
}

/**
 * Converts the form to the API's input and checks it with the shared schema. Errors are keyed
 * by the API's field paths ("consent.wording", "desiredSalary.amount"), so server errors land
 * on the same inputs.
 */
export function toCandidateInput(v: CandidateValues): CheckedCandidate {
  const errors: Record<string, string> = {};
  const amount = toMinor(v.salaryAmount, v.currency);
  if (amount === undefined) errors['desiredSalary.amount'] = 'Enter an amount in whole units, like 65000';
  const draft = {
    name: v.name,
    email: v.email,
    phone: v.phone,
    city: v.city,
    region: v.region,
    country: v.country,
    headline: v.headline,
    field: v.field || null,
    skills: v.skills,
    yearsExperience: yearsFrom(v.yearsExperience, errors),
    workplaceTypes: v.workplaceTypes,
    employmentTypes: v.employmentTypes,
    desiredSalary:
      amount === null || amount === undefined ? null : { amount, currency: v.currency, period: v.period },
    availableFrom: v.availableFrom || null,
    source: v.source,
    ownerId: v.ownerId || null,
    consent: consentFrom(v, errors),
  };
  const parsed = candidateInput.safeParse(draft);
  if (!parsed.success) {
    for (const [k, m] of Object.entries(fieldsForForm(issuesToFields(parsed.error.issues)))) errors[k] ??= m;
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, input: parsed.data };
}

/** Folds per-item paths ("skills.3") onto the input that holds the list. */
export function fieldsForForm(fields: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, message] of Object.entries(fields)) {
    const folded = key.replace(/^(skills|workplaceTypes|employmentTypes)\.\d+$/, '$1');
    out[folded] ??= message;
  }
  return out;
}
