import { z } from 'zod';
import {
  CURRENCIES,
  EMPLOYMENT_TYPES,
  FIELDS,
  OPENING_STATUSES,
  SALARY_PERIODS,
  WORKPLACE_TYPES,
} from './vocabulary.ts';

const text = (max: number) => z.string().trim().max(max);
const isoDate = z.iso.datetime({
  offset: true,
  message: 'Use an ISO-8601 date and time, e.g. 2026-12-01T00:00:00Z',
});

/** A salary range in integer minor units (cents) of an ISO 4217 currency. */
export const salary = z
  .strictObject({
    min: z.number().int().min(0).max(1e12).nullable(),
    max: z.number().int().min(0).max(1e12).nullable(),
    currency: z.enum(CURRENCIES),
    period: z.enum(SALARY_PERIODS),
  })
  .refine((s) => s.min !== null || s.max !== null, {
    message: 'Give a minimum, a maximum or both',
    path: ['min'],
  })
  .refine((s) => s.min === null || s.max === null || s.min <= s.max, {
    message: 'The minimum must not be above the maximum',
    path: ['max'],
  });
export type Salary = z.infer<typeof salary>;

export const openingInput = z
  .strictObject({
    companyId: z.number().int().positive(),
    title: text(200).min(1, 'Enter a job title'),
    field: z.enum(FIELDS),
    description: text(50_000).min(1, 'Describe the job'),
    city: text(100).default(''),
    region: text(100).default(''),
    country: text(100).default(''),
    workplaceType: z.enum(WORKPLACE_TYPES),
    employmentType: z.enum(EMPLOYMENT_TYPES),
    salary: salary.nullable().default(null),
    positions: z.number().int().min(1).max(1000).default(1),
    status: z.enum(OPENING_STATUSES).default('draft'),
    postedAt: isoDate.nullable().default(null),
    validThrough: isoDate.nullable().default(null),
    hiringContactId: z.number().int().positive().nullable().default(null),
    /** The recruiter who owns the opening; the creator when not given. */
    ownerId: z.string().max(100).nullable().default(null),
    skills: z.array(text(80)).max(60, 'Keep it to 60 skills').default([]),
  })
  .refine((o) => o.workplaceType === 'remote' || o.city !== '' || o.country !== '', {
    message: 'Give a city or country for an on-site or hybrid job',
    path: ['city'],
  });
export type OpeningInput = z.infer<typeof openingInput>;

export const opening = z.object({
  id: z.number().int(),
  slug: z.string(),
  companyId: z.number().int(),
  companyName: z.string(),
  companySlug: z.string(),
  companyWebsite: z.string(),
  title: z.string(),
  field: z.enum(FIELDS),
  description: z.string(),
  city: z.string(),
  region: z.string(),
  country: z.string(),
  workplaceType: z.enum(WORKPLACE_TYPES),
  employmentType: z.enum(EMPLOYMENT_TYPES),
  salary: salary.nullable(),
  positions: z.number().int(),
  /** Applications in a placed stage: positions less this are still open. */
  positionsFilled: z.number().int(),
  status: z.enum(OPENING_STATUSES),
  postedAt: z.string().nullable(),
  validThrough: z.string().nullable(),
  applicationCount: z.number().int(),
  hiringContact: z.object({ id: z.number().int(), name: z.string(), title: z.string() }).nullable(),
  owner: z.object({ id: z.string(), name: z.string() }).nullable(),
  skills: z.array(z.object({ name: z.string(), known: z.boolean() })),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Opening = z.infer<typeof opening>;

/** Query parameters of the job board search, shared by /jobs and /api/v1/jobs. */
export const jobSearchQuery = z.object({
  q: z.string().max(500).default(''),
  field: z.union([z.enum(FIELDS), z.literal('')]).default(''),
  location: z.string().trim().max(100).default(''),
  workplace: z.union([z.enum(WORKPLACE_TYPES), z.literal('')]).default(''),
  type: z.union([z.enum(EMPLOYMENT_TYPES), z.literal('')]).default(''),
  // Whole currency units per year, as a person types it.
  minSalary: z.union([z.literal(''), z.coerce.number().int().min(0).max(1e9)]).default(''),
  sort: z.enum(['relevance', 'newest']).default('relevance'),
  page: z.coerce.number().int().min(1).max(1000).default(1),
});
export type JobSearchQuery = z.infer<typeof jobSearchQuery>;

export const jobSummary = z.object({
  slug: z.string(),
  title: z.string(),
  companyName: z.string(),
  field: z.string(),
  city: z.string(),
  region: z.string(),
  country: z.string(),
  workplaceType: z.string(),
  employmentType: z.string(),
  salary: salary.nullable(),
  postedAt: z.string().nullable(),
  summary: z.string(),
});
export type JobSummary = z.infer<typeof jobSummary>;

export const jobSearchResult = z.object({
  /** Matches, counted up to 10,000. */
  total: z.number().int(),
  /** True when there are more matches than `total` says. */
  capped: z.boolean(),
  page: z.number().int(),
  pageSize: z.number().int(),
  results: z.array(jobSummary),
});
export type JobSearchResult = z.infer<typeof jobSearchResult>;

/** What the public sees of an open position: no internal counts, no client contact. */
export const publicJob = opening.omit({
  applicationCount: true,
  createdAt: true,
  updatedAt: true,
  positions: true,
  hiringContact: true,
});
export type PublicJob = z.infer<typeof publicJob>;

export const openingListQuery = z.object({
  companyId: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 31 - 1)
    .optional(),
  status: z.enum(OPENING_STATUSES).optional(),
});
