// Shapes of the hand-written demo content. Everything here is plain data; seed.ts turns it into
// API requests, so the same zod schemas the UI uses decide whether it is valid.
import type { CANDIDATE_SOURCES } from '../../../../shared/candidates.ts';
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

/** Where a demo submission ends up: the stage it is moved to, by its default key. */
export type Outcome =
  | 'screening'
  | 'submitted'
  | 'interviewing'
  | 'offer'
  | 'placed'
  | 'rejected'
  | 'withdrawn'
  | 'not-selected'
  | 'no-response';

type CandidateSource = (typeof CANDIDATE_SOURCES)[number];

export type Submission = readonly [opening: string, outcome: Outcome, lastNote?: string];

/** A candidate record a recruiter keeps for someone without a portal account. */
export interface CandidateSeed {
  /** Stable handle for submissions, notes and tasks. */
  key: string;
  name: string;
  /** The mailbox on the demo domain. */
  mailbox: string;
  phone: string;
  place: PlaceKey;
  headline: string;
  field: Field;
  /** Canonical names from the shipped skills vocabulary. */
  skills: readonly string[];
  years: number;
  workplaces: readonly WorkplaceType[];
  employment: readonly EmploymentType[];
  /** Desired pay in whole units of the place's currency. */
  pay: readonly [amount: number, period: SalaryPeriod] | null;
  /** Days from seeding until they can start; null when not asked yet. */
  availableInDays: number | null;
  source: CandidateSource;
  /** Index into RECRUITERS: the recruiter who owns the record. */
  owner: 0 | 1 | 2;
  /** Whether they agreed to be represented; nobody is sent to a client without it. */
  consent: boolean;
  /**
   * Openings they are submitted to (OpeningSeed keys) and where each one ends up, with the
   * note on the last move when a generic one would not tell the story.
   */
  submissions: readonly Submission[];
  /** The key of the record this one re-enters by mistake: a deliberate duplicate. */
  duplicateOf?: string;
}

/**
 * What a note or task is about: a candidate (a CandidateSeed key, or a demo seeker's email),
 * one of their applications (who, OpeningSeed key), an opening or a company.
 */
export type SubjectSeed =
  | { candidate: string }
  | { application: readonly [who: string, opening: string] }
  | { opening: string }
  | { company: CompanyKey };

export interface NoteSeed {
  /** Index into RECRUITERS. */
  author: 0 | 1 | 2;
  about: SubjectSeed;
  body: string;
  /** Shown to the job seeker in their portal; only for seekers' own applications. */
  shared?: true;
}

export interface TaskSeed {
  /** Index into RECRUITERS: who it is assigned to (and who created it). */
  assignee: 0 | 1 | 2;
  title: string;
  details?: string;
  /** Due time relative to seeding: negative is overdue. */
  dueInHours: number;
  about: SubjectSeed | null;
}

/** A board application a recruiter has moved on: the stages it went through after Applied. */
export interface ProgressSeed {
  /** A SEEKERS email. */
  seeker: string;
  opening: string;
  path: readonly Outcome[];
}
