import { type Opening, type OpeningInput, openingInput } from '../../../shared/openings.ts';
import { ZERO_DECIMAL_CURRENCIES } from '../../../shared/vocabulary.ts';
import { issuesToFields } from '../../ui/validation.ts';

/** What the opening form holds: every input as the text the person typed or chose. */
export interface OpeningValues {
  companyId: string;
  title: string;
  field: string;
  description: string;
  city: string;
  region: string;
  country: string;
  workplaceType: string;
  employmentType: string;
  salaryMin: string;
  salaryMax: string;
  currency: string;
  period: string;
  positions: string;
  status: string;
  postedAt: string;
  validThrough: string;
  /** A contact id of the chosen company, or '' for none. */
  hiringContactId: string;
  /** The owning recruiter's id, or '' for "whoever creates it". */
  ownerId: string;
  skills: string[];
}

/** The keys whose value is one line of text (every key but the skills). */
export type OpeningTextKey = Exclude<keyof OpeningValues, 'skills'>;

export function blankOpening(companyId = ''): OpeningValues {
  return {
    companyId,
    title: '',
    field: '',
    description: '',
    city: '',
    region: '',
    country: '',
    workplaceType: 'on-site',
    employmentType: 'full-time',
    salaryMin: '',
    salaryMax: '',
    currency: 'USD',
    period: 'year',
    positions: '1',
    status: 'draft',
    postedAt: '',
    validThrough: '',
    hiringContactId: '',
    ownerId: '',
    skills: [],
  };
}

const minorPerMajor = (currency: string) => (ZERO_DECIMAL_CURRENCIES.includes(currency) ? 1 : 100);

/** Whole units as typed ("65,000" or "27.50") to integer minor units; undefined when not a number. */
export function toMinor(text: string, currency: string): number | null | undefined {
  const cleaned = text.replace(/[\s,]/g, '');
  if (cleaned === '') return null;
  const decimals = minorPerMajor(currency) === 1 ? 0 : 2;
  const pattern = decimals ? /^\d+(\.\d{1,2})?$/ : /^\d+$/;
  if (!pattern.test(cleaned)) return undefined;
  return Math.round(Number(cleaned) * minorPerMajor(currency));
}

export function toMajor(minor: number | null, currency: string): string {
  return minor === null ? '' : String(minor / minorPerMajor(currency));
}

export function fromOpening(o: Opening): OpeningValues {
  const currency = o.salary?.currency ?? 'USD';
  return {
    companyId: String(o.companyId),
    title: o.title,
    field: o.field,
    description: o.description,
    city: o.city,
    region: o.region,
    country: o.country,
    workplaceType: o.workplaceType,
    employmentType: o.employmentType,
    salaryMin: toMajor(o.salary?.min ?? null, currency),
    salaryMax: toMajor(o.salary?.max ?? null, currency),
    currency,
    period: o.salary?.period ?? 'year',
    positions: String(o.positions),
    status: o.status,
    postedAt: o.postedAt ? o.postedAt.slice(0, 10) : '',
    validThrough: o.validThrough ? o.validThrough.slice(0, 10) : '',
    hiringContactId: o.hiringContact ? String(o.hiringContact.id) : '',
    ownerId: o.owner?.id ?? '',
    skills: o.skills.map((s) => s.name),
  };
}

/** A date input's YYYY-MM-DD as an instant: the start of that day, or its end for deadlines. */
const dayToIso = (day: string, end: boolean) => (day ? `${day}T${end ? '23:59:59' : '00:00:00'}Z` : null);

export type Checked = { ok: true; input: OpeningInput } | { ok: false; errors: Record<string, string> };

/**
 * Converts the form to the API's input and checks it with the shared schema. Errors are keyed
 * by the API's field paths (e.g. "salary.min"), so server errors land on the same inputs.
 */
export function toOpeningInput(v: OpeningValues): Checked {
  const errors: Record<string, string> = {};
  if (!v.companyId) errors.companyId = 'Choose a company';
  if (!v.field) errors.field = 'Choose a field';
  const min = toMinor(v.salaryMin, v.currency);
  const max = toMinor(v.salaryMax, v.currency);
  if (min === undefined) errors['salary.min'] = 'Enter an amount in whole units, like 65000';
  if (max === undefined) errors['salary.max'] = 'Enter an amount in whole units, like 80000';
  const positions = /^\d+$/.test(v.positions.trim()) ? Number(v.positions) : Number.NaN;
  const candidate = {
    companyId: Number(v.companyId) || 0,
    title: v.title,
    field: v.field,
    description: v.description,
    city: v.city,
    region: v.region,
    country: v.country,
    workplaceType: v.workplaceType,
    employmentType: v.employmentType,
    salary:
      min === null && max === null
        ? null
        : { min: min ?? null, max: max ?? null, currency: v.currency, period: v.period },
    positions,
    status: v.status,
    postedAt: dayToIso(v.postedAt, false),
    validThrough: dayToIso(v.validThrough, true),
    hiringContactId: v.hiringContactId ? Number(v.hiringContactId) : null,
    ownerId: v.ownerId || null,
    skills: v.skills,
  };
  const parsed = openingInput.safeParse(candidate);
  if (!parsed.success) {
    const fromSchema = issuesToFields(parsed.error.issues);
    if (fromSchema.positions) fromSchema.positions = 'Enter a whole number from 1 to 1000';
    for (const [k, m] of Object.entries(fromSchema)) errors[k] ??= m;
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, input: parsed.data };
}
