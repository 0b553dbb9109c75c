import { z } from 'zod';
import { CURRENCIES, EMPLOYMENT_TYPES, FIELDS, SALARY_PERIODS, WORKPLACE_TYPES } from './vocabulary.ts';

export const CANDIDATE_SOURCES = [
  'job-board',
  'referral',
  'sourced',
  'walk-in',
  'event',
  'agency-site',
  'other',
] as const;

/** How a candidate came to the agency, in the words every screen and report uses. */
export const SOURCE_LABELS: Record<(typeof CANDIDATE_SOURCES)[number], string> = {
  'job-board': 'Job board',
  referral: 'Referral',
  sourced: 'Sourced by us',
  'walk-in': 'Walk-in',
  event: 'Event',
  'agency-site': 'Our website',
  other: 'Other',
};

const text = (max: number) => z.string().trim().max(max);

/** A skill as stored: the canonical name when the vocabulary knows it, else as typed. */
export const skill = z.object({ name: z.string(), known: z.boolean() });
export type Skill = z.infer<typeof skill>;

export const candidateInput = z.strictObject({
  name: text(200).min(1, 'Enter the candidate’s name'),
  email: z
    .union([z.literal(''), z.string().trim().toLowerCase().email('Enter a valid email address').max(254)])
    .default(''),
  phone: text(40).default(''),
  city: text(100).default(''),
  region: text(100).default(''),
  country: text(100).default(''),
  headline: text(200).default(''),
  field: z.enum(FIELDS).nullable().default(null),
  skills: z.array(text(80)).max(100, 'Keep it to 100 skills').default([]),
  yearsExperience: z.number().int().min(0).max(70).nullable().default(null),
  workplaceTypes: z.array(z.enum(WORKPLACE_TYPES)).max(3).default([]),
  employmentTypes: z.array(z.enum(EMPLOYMENT_TYPES)).max(5).default([]),
  desiredSalary: z
    .strictObject({
      amount: z.number().int().min(0).max(1e12),
      currency: z.enum(CURRENCIES),
      period: z.enum(SALARY_PERIODS),
    })
    .nullable()
    .default(null),
  availableFrom: z.iso.date('Use a date such as 2026-12-01').nullable().default(null),
  source: z.enum(CANDIDATE_SOURCES).default('sourced'),
  ownerId: z.string().max(100).nullable().default(null),
  consent: z
    .strictObject({
      givenOn: z.iso.date('Use a date such as 2026-12-01'),
      wording: text(2000).min(1, 'Record the wording the candidate agreed to'),
    })
    .nullable()
    .default(null),
});
export type CandidateInput = z.infer<typeof candidateInput>;

export const candidate = z.object({
  id: z.number().int(),
  userId: z.string().nullable(),
  name: z.string(),
  email: z.string(),
  phone: z.string(),
  city: z.string(),
  region: z.string(),
  country: z.string(),
  headline: z.string(),
  field: z.enum(FIELDS).nullable(),
  skills: z.array(skill),
  yearsExperience: z.number().int().nullable(),
  workplaceTypes: z.array(z.enum(WORKPLACE_TYPES)),
  employmentTypes: z.array(z.enum(EMPLOYMENT_TYPES)),
  desiredSalary: z
    .object({ amount: z.number().int(), currency: z.enum(CURRENCIES), period: z.enum(SALARY_PERIODS) })
    .nullable(),
  availableFrom: z.string().nullable(),
  source: z.enum(CANDIDATE_SOURCES),
  owner: z.object({ id: z.string(), name: z.string() }).nullable(),
  consent: z.object({ givenOn: z.string(), wording: z.string() }).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Candidate = z.infer<typeof candidate>;

/** Another record that may be the same person, and why we think so. */
export const possibleDuplicate = z.object({
  id: z.number().int(),
  name: z.string(),
  email: z.string(),
  phone: z.string(),
  reasons: z.array(z.enum(['same-email', 'same-phone', 'same-name-similar-email'])),
});
export type PossibleDuplicate = z.infer<typeof possibleDuplicate>;

export const candidateWithDuplicates = z.object({ candidate, duplicates: z.array(possibleDuplicate) });

export const candidateListQuery = z.object({
  q: z.string().max(200).default(''),
  field: z.union([z.enum(FIELDS), z.literal('')]).default(''),
  skill: z.string().max(80).default(''),
  owner: z.string().max(100).default(''),
  location: z.string().max(100).default(''),
  /** Candidates with an application now in this stage. */
  stage: z
    .union([
      z.coerce
        .number()
        .int()
        .positive()
        .max(2 ** 31 - 1),
      z.literal(''),
    ])
    .default(''),
  page: z.coerce.number().int().min(1).max(1000).default(1),
});

export const candidateList = z.object({
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  results: z.array(candidate),
});

export const contactInput = z.strictObject({
  name: text(200).min(1, 'Enter the contact’s name'),
  title: text(200).default(''),
  email: z
    .union([z.literal(''), z.string().trim().toLowerCase().email('Enter a valid email address').max(254)])
    .default(''),
  phone: text(40).default(''),
  notes: text(10_000).default(''),
});
export type ContactInput = z.infer<typeof contactInput>;

export const contact = z.object({
  id: z.number().int(),
  companyId: z.number().int(),
  name: z.string(),
  title: z.string(),
  email: z.string(),
  phone: z.string(),
  notes: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Contact = z.infer<typeof contact>;

export const mergeInput = z.strictObject({
  otherId: z
    .number()
    .int()
    .positive()
    .max(2 ** 31 - 1),
});

/** What merging another record into this one would do. */
export const mergePreview = z.object({
  kept: candidate,
  other: candidate,
  plan: z.object({
    applications: z.number().int(),
    sharedOpenings: z.array(z.string()),
    notes: z.number().int(),
    tasks: z.number().int(),
    resumes: z.number().int(),
  }),
});
export type MergePreview = z.infer<typeof mergePreview>;
