// Shapes of the hand-written demo content. Everything here is plain data; seed.ts turns it into
// API requests, so the same zod schemas the UI uses decide whether it is valid.
import type {
  EmploymentType,
  Field,
  OpeningStatus,
  SalaryPeriod,
  WorkplaceType,
} from '../../../../shared/vocabulary.ts';
import type { CompanyKey } from './companies.ts';
import type { PlaceKey } from './places.ts';

export interface CompanySeed {
  key: CompanyKey;
  name: string;
  industry: string;
  website: string;
  description: string;
  internalNotes: string;
  /** One or two sentences for the "About the company" part of a job description. */
  pitch: string;
  /** Benefits a description may mention; each opening shows a few of them. */
  benefits: readonly string[];
  /** Index into RECRUITERS: the recruiter who owns the account and posts its openings. */
  recruiter: 0 | 1 | 2;
}

/** Pay in whole major units of the place's currency, e.g. [65_000, 80_000, 'year'] or [24.5, 28, 'hour']. */
export type Pay = readonly [min: number | null, max: number | null, period: SalaryPeriod];

export interface OpeningSeed {
  /** Stable handle so people.ts can point applications at an opening. */
  key: string;
  company: CompanyKey;
  title: string;
  field: Field;
  place: PlaceKey;
  workplace: WorkplaceType;
  employment: EmploymentType;
  /** Null when the client has not agreed to publish a range. */
  pay: Pay | null;
  /** Defaults to open. */
  status?: OpeningStatus;
  positions?: number;
  /** The opening paragraph: the team and why the role exists. */
  about: string;
  duties: readonly string[];
  bring: readonly string[];
}
