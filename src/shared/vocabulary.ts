// Closed vocabularies shared by the server, the web app and the public pages.

export const FIELDS = [
  'Administration',
  'Customer service',
  'Education',
  'Engineering',
  'Finance',
  'Healthcare',
  'Hospitality',
  'Human resources',
  'Legal',
  'Logistics',
  'Marketing',
  'Operations',
  'Sales',
  'Skilled trades',
  'Software',
] as const;
export type Field = (typeof FIELDS)[number];

export const WORKPLACE_TYPES = ['on-site', 'hybrid', 'remote'] as const;
export type WorkplaceType = (typeof WORKPLACE_TYPES)[number];

export const EMPLOYMENT_TYPES = ['full-time', 'part-time', 'contract', 'temporary', 'internship'] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

export const OPENING_STATUSES = ['draft', 'open', 'on-hold', 'filled', 'closed'] as const;
export type OpeningStatus = (typeof OPENING_STATUSES)[number];

export const SALARY_PERIODS = ['hour', 'day', 'week', 'month', 'year'] as const;
export type SalaryPeriod = (typeof SALARY_PERIODS)[number];

export const ROLES = ['candidate', 'recruiter', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const CURRENCIES = [
  'USD',
  'CAD',
  'EUR',
  'GBP',
  'AUD',
  'NZD',
  'CHF',
  'SEK',
  'NOK',
  'DKK',
  'JPY',
  'INR',
  'SGD',
  'ZAR',
] as const;
export type Currency = (typeof CURRENCIES)[number];

/** Currencies with no minor unit; every other listed currency has two decimals. */
export const ZERO_DECIMAL_CURRENCIES: readonly string[] = ['JPY'];

export const LABELS: Record<string, string> = {
  'on-site': 'On-site',
  hybrid: 'Hybrid',
  remote: 'Remote',
  'full-time': 'Full-time',
  'part-time': 'Part-time',
  contract: 'Contract',
  temporary: 'Temporary',
  internship: 'Internship',
  draft: 'Draft',
  open: 'Open',
  'on-hold': 'On hold',
  filled: 'Filled',
  closed: 'Closed',
  hour: 'per hour',
  day: 'per day',
  week: 'per week',
  month: 'per month',
  year: 'per year',
};

export function label(value: string): string {
  return LABELS[value] ?? value;
}
