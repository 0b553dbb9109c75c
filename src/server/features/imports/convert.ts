import type { z } from 'zod';
import { CANDIDATE_SOURCES, type CandidateInput, candidateInput } from '../../../shared/candidates.ts';
import { type OpeningInput, openingInput } from '../../../shared/openings.ts';
import {
  CURRENCIES,
  EMPLOYMENT_TYPES,
  FIELDS,
  OPENING_STATUSES,
  SALARY_PERIODS,
  WORKPLACE_TYPES,
} from '../../../shared/vocabulary.ts';
import { issuesToFields } from '../../platform/errors.ts';
import { count, isoDate, isoInstant, manyOf, money, oneOf, Problem, splitList } from './values.ts';

// One row's mapped values → the input the candidate or opening form would send, checked by
// the same zod schema the API uses, so a row's messages read like the form's. Pure: the
// staff and companies to match names against are passed in.

export interface StaffMember {
  id: string;
  name: string;
  email: string;
}

export interface Lookups {
  staff: readonly StaffMember[];
  /** Company name (lower case) → id. */
  companies: ReadonlyMap<string, number>;
  createMissingCompanies: boolean;
  /** The owner of a candidate row that names none: the person importing. */
  defaultOwnerId: string | null;
}

export interface Checked<I> {
  errors: Record<string, string>;
  /** The input to insert, when there are no errors. */
  input: I | null;
  /** Openings: the company this row needs created first. */
  newCompany: string | null;
}

type Values = Readonly<Record<string, string>>;

/** Collects conversion problems by field while building the input. */
class Reader {
  readonly errors: Record<string, string> = {};
  constructor(private readonly values: Values) {}
  text(key: string): string {
    return this.values[key] ?? '';
  }
  take<T>(key: string, value: T | Problem): T | undefined {
    if (value instanceof Problem) {
      this.errors[key] ??= value.message;
      return undefined;
    }
    return value;
  }
}

const FIELD_SYNONYMS: Record<string, (typeof FIELDS)[number]> = {
  trades: 'Skilled trades',
  hr: 'Human resources',
  it: 'Software',
  customersupport: 'Customer service',
};

/** A recruiter named by email or by name. */
export function findStaff(staff: readonly StaffMember[], text: string): string | null | Problem {
  if (text === '') return null;
  const key = text.trim().toLowerCase();
  const matches = staff.filter(
    (s) => (key.includes('@') ? s.email.toLowerCase() : s.name.toLowerCase()) === key,
  );
  if (matches.length === 1) return matches[0]?.id ?? null;
  if (matches.length > 1) return new Problem('More than one recruiter has this name: use their email');
  return new Problem('No recruiter has this email or name');
}

/** Zod paths of the input → the import field the person sees. */
const PATH_TO_FIELD: Record<string, string> = {
  ownerId: 'owner',
  companyId: 'company',
  'desiredSalary.amount': 'salaryAmount',
  'desiredSalary.currency': 'salaryCurrency',
  'desiredSalary.period': 'salaryPeriod',
  desiredSalary: 'salaryAmount',
  'consent.givenOn': 'consentGivenOn',
  'consent.wording': 'consentWording',
  consent: 'consentWording',
  'salary.min': 'salaryMin',
  'salary.max': 'salaryMax',
  'salary.currency': 'salaryCurrency',
  'salary.period': 'salaryPeriod',
  salary: 'salaryMin',
};

function schemaErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(issuesToFields(error.issues))) {
    const field =
      PATH_TO_FIELD[path] ?? PATH_TO_FIELD[path.split('.')[0] ?? ''] ?? path.split('.')[0] ?? path;
    out[field] ??= message;
  }
  return out;
}

/** Checks with the API's schema; conversion problems win over the schema's messages. */
function validate<I>(
  schema: z.ZodType<I>,
  draft: Record<string, unknown>,
  r: Reader,
): { errors: Record<string, string>; input: I | null } {
  const parsed = schema.safeParse(draft);
  const errors = { ...(parsed.success ? {} : schemaErrors(parsed.error)), ...r.errors };
  return Object.keys(errors).length || !parsed.success
    ? { errors, input: null }
    : { errors, input: parsed.data };
}

/** Leaves out what the row does not give, so the schema's defaults apply as in the form. */
function given(draft: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(draft).filter(([, v]) => v !== undefined));
}

export function checkCandidate(values: Values, lookups: Lookups): Checked<CandidateInput> {
  const r = new Reader(values);
  const currency = r.text('salaryCurrency').toUpperCase();
  const amount = r.take('salaryAmount', money(r.text('salaryAmount'), currency));
  const period = r.take('salaryPeriod', oneOf(r.text('salaryPeriod'), SALARY_PERIODS, 'a pay period'));
  const consentOn = isoDate(r.text('consentGivenOn'));
  const owner = r.take('owner', findStaff(lookups.staff, r.text('owner')));
  const draft = given({
    name: r.text('name'),
    email: r.text('email'),
    phone: r.text('phone'),
    city: r.text('city'),
    region: r.text('region'),
    country: r.text('country'),
    headline: r.text('headline'),
    field: r.take('field', oneOf(r.text('field'), FIELDS, 'a field', FIELD_SYNONYMS)),
    skills: splitList(r.text('skills')),
    yearsExperience: r.take('yearsExperience', count(r.text('yearsExperience'), '5')),
    workplaceTypes: r.take(
      'workplaceTypes',
      manyOf(r.text('workplaceTypes'), WORKPLACE_TYPES, 'a workplace type'),
    ),
    employmentTypes: r.take(
      'employmentTypes',
      manyOf(r.text('employmentTypes'), EMPLOYMENT_TYPES, 'an employment type'),
    ),
    desiredSalary:
      amount === null || amount === undefined
        ? null
        : {
            amount,
            currency: r.take('salaryCurrency', oneOf(currency, CURRENCIES, 'a currency we use')) ?? undefined,
            period: period ?? undefined,
          },
    availableFrom: isoDate(r.text('availableFrom')),
    source: r.take('source', oneOf(r.text('source'), CANDIDATE_SOURCES, 'a source')) ?? undefined,
    ownerId: owner === undefined ? undefined : (owner ?? lookups.defaultOwnerId),
    consent:
      consentOn || r.text('consentWording')
        ? { givenOn: consentOn ?? '', wording: r.text('consentWording') }
        : null,
  });
  if (amount !== null && amount !== undefined && !currency)
    r.errors.salaryCurrency ??= 'Give the currency, such as CAD';
  if (amount !== null && amount !== undefined && !period)
    r.errors.salaryPeriod ??= 'Give the period, such as year';
  return { ...validate(candidateInput, draft, r), newCompany: null };
}

/** The company a row names: its id, or a company to create, or a problem. */
function company(lookups: Lookups, name: string): { id: number | null; create: string | null } | Problem {
  if (name === '') return new Problem('Give the company’s name');
  const id = lookups.companies.get(name.toLowerCase());
  if (id !== undefined) return { id, create: null };
  if (lookups.createMissingCompanies) return { id: null, create: name };
  return new Problem(`No company named “${name}”: add it first, or choose to create missing companies`);
}

export function checkOpening(values: Values, lookups: Lookups): Checked<OpeningInput> {
  const r = new Reader(values);
  const currency = r.text('salaryCurrency').toUpperCase();
  const min = r.take('salaryMin', money(r.text('salaryMin'), currency));
  const max = r.take('salaryMax', money(r.text('salaryMax'), currency));
  const hasSalary = (min ?? null) !== null || (max ?? null) !== null;
  const co = r.take('company', company(lookups, r.text('company')));
  const required = (key: string, value: string | null | undefined, what: string) =>
    value === null ? r.take(key, new Problem(`Choose ${what}`)) : value;
  const draft = given({
    // A company still to be created validates as an existing id would; the run fills it in.
    companyId: co ? (co.id ?? 1) : undefined,
    title: r.text('title'),
    field: required(
      'field',
      r.take('field', oneOf(r.text('field'), FIELDS, 'a field', FIELD_SYNONYMS)),
      'a field',
    ),
    description: r.text('description'),
    city: r.text('city'),
    region: r.text('region'),
    country: r.text('country'),
    workplaceType: required(
      'workplaceType',
      r.take('workplaceType', oneOf(r.text('workplaceType'), WORKPLACE_TYPES, 'a workplace type')),
      'on-site, hybrid or remote',
    ),
    employmentType: required(
      'employmentType',
      r.take('employmentType', oneOf(r.text('employmentType'), EMPLOYMENT_TYPES, 'an employment type')),
      'an employment type',
    ),
    salary: hasSalary
      ? {
          min: min ?? null,
          max: max ?? null,
          currency: r.take('salaryCurrency', oneOf(currency, CURRENCIES, 'a currency we use')) ?? undefined,
          period:
            r.take('salaryPeriod', oneOf(r.text('salaryPeriod'), SALARY_PERIODS, 'a pay period')) ??
            undefined,
        }
      : null,
    positions: r.take('positions', count(r.text('positions'), '2')) ?? undefined,
    status: r.take('status', oneOf(r.text('status'), OPENING_STATUSES, 'a status')) ?? undefined,
    postedAt: isoInstant(r.text('postedAt')),
    validThrough: isoInstant(r.text('validThrough')),
    ownerId: r.take('owner', findStaff(lookups.staff, r.text('owner'))) ?? null,
    skills: splitList(r.text('skills')),
  });
  if (hasSalary && !currency) r.errors.salaryCurrency ??= 'Give the currency, such as CAD';
  if (hasSalary && !r.text('salaryPeriod')) r.errors.salaryPeriod ??= 'Give the period, such as year';
  return { ...validate(openingInput, draft, r), newCompany: co?.create ?? null };
}
