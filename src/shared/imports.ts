import { z } from 'zod';
import { possibleDuplicate } from './candidates.ts';

// CSV import of candidates and openings: upload → map columns → preview and fix rows → run.

export const IMPORT_KINDS = ['candidates', 'openings'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** Uploads up to 10 MB and 20,000 data rows; bigger files are split by the person importing. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 20_000;
export const MAX_IMPORT_COLUMNS = 100;

/** A field a CSV column can fill. `required` ones must be mapped before a preview makes sense. */
export interface ImportTarget {
  key: string;
  label: string;
  required?: boolean;
  hint?: string;
}

/** What a candidate column can become: the fields of the candidate form. */
export const CANDIDATE_TARGETS = [
  { key: 'name', label: 'Name', required: true, hint: 'or map First name and Last name' },
  { key: 'firstName', label: 'First name' },
  { key: 'lastName', label: 'Last name' },
  { key: 'email', label: 'Email' },
  { key: 'phone', label: 'Phone' },
  { key: 'city', label: 'City' },
  { key: 'region', label: 'Region' },
  { key: 'country', label: 'Country' },
  { key: 'headline', label: 'Headline' },
  { key: 'field', label: 'Field' },
  { key: 'skills', label: 'Skills', hint: 'separated by ; or ,' },
  { key: 'yearsExperience', label: 'Years of experience' },
  { key: 'workplaceTypes', label: 'Workplace types', hint: 'on-site, hybrid, remote' },
  { key: 'employmentTypes', label: 'Employment types', hint: 'full-time, part-time, contract…' },
  { key: 'salaryAmount', label: 'Desired pay' },
  { key: 'salaryCurrency', label: 'Pay currency' },
  { key: 'salaryPeriod', label: 'Pay period' },
  { key: 'availableFrom', label: 'Available from' },
  { key: 'source', label: 'Source' },
  { key: 'owner', label: 'Owner', hint: 'a recruiter’s email or name' },
  { key: 'consentGivenOn', label: 'Consent given on' },
  { key: 'consentWording', label: 'Consent wording' },
] as const satisfies readonly ImportTarget[];

/** What an opening column can become: the fields of the opening form. */
export const OPENING_TARGETS = [
  { key: 'company', label: 'Company', required: true, hint: 'the client’s name' },
  { key: 'title', label: 'Title', required: true },
  { key: 'field', label: 'Field', required: true },
  { key: 'description', label: 'Description', required: true },
  { key: 'city', label: 'City' },
  { key: 'region', label: 'Region' },
  { key: 'country', label: 'Country' },
  { key: 'workplaceType', label: 'Workplace type', required: true },
  { key: 'employmentType', label: 'Employment type', required: true },
  { key: 'salaryMin', label: 'Salary minimum' },
  { key: 'salaryMax', label: 'Salary maximum' },
  { key: 'salaryCurrency', label: 'Salary currency' },
  { key: 'salaryPeriod', label: 'Salary period' },
  { key: 'positions', label: 'Positions' },
  { key: 'status', label: 'Status' },
  { key: 'postedAt', label: 'Posted' },
  { key: 'validThrough', label: 'Valid through' },
  { key: 'owner', label: 'Owner', hint: 'a recruiter’s email or name' },
  { key: 'skills', label: 'Skills', hint: 'separated by ; or ,' },
] as const satisfies readonly ImportTarget[];

export const IMPORT_TARGETS: Record<ImportKind, readonly ImportTarget[]> = {
  candidates: CANDIDATE_TARGETS,
  openings: OPENING_TARGETS,
};

/** The mapping value for a column that is not imported. */
export const IGNORE = 'ignore';

/** Column header → target key, or IGNORE. */
export const columnMapping = z.record(z.string().max(200), z.string().max(40));
export type ColumnMapping = z.infer<typeof columnMapping>;

export const mappingInput = z.strictObject({
  mapping: columnMapping,
  /** Openings only: companies named in the file but not on record are created by the import. */
  createMissingCompanies: z.boolean().default(false),
});
export type MappingInput = z.infer<typeof mappingInput>;

export const uploadResult = z.object({
  id: z.number().int(),
  kind: z.enum(IMPORT_KINDS),
  fileName: z.string(),
  headers: z.array(z.string()),
  /** The first few data rows, cell by cell, to show beside the mapping. */
  sampleRows: z.array(z.array(z.string())),
  suggestedMapping: columnMapping,
  total: z.number().int(),
});
export type UploadResult = z.infer<typeof uploadResult>;

export const IMPORT_STATUSES = ['uploaded', 'running', 'done', 'failed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

export const skippedRow = z.object({ row: z.number().int(), reason: z.string() });
export type SkippedRow = z.infer<typeof skippedRow>;

/** Skipped rows listed in the status; the CSV download has every one. */
export const SKIPPED_SHOWN = 500;

export const importBatch = z.object({
  id: z.number().int(),
  kind: z.enum(IMPORT_KINDS),
  status: z.enum(IMPORT_STATUSES),
  fileName: z.string(),
  headers: z.array(z.string()),
  mapping: columnMapping,
  createMissingCompanies: z.boolean(),
  total: z.number().int(),
  /** Rows checked for duplicates before the import transaction (only with skipDuplicates). */
  checked: z.number().int(),
  /** Rows handled by the import transaction so far. */
  processed: z.number().int(),
  imported: z.number().int(),
  skippedCount: z.number().int(),
  skipped: z.array(skippedRow),
  /** Why a failed import failed. */
  error: z.string(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type ImportBatch = z.infer<typeof importBatch>;

export const previewQuery = z.object({
  page: z.coerce.number().int().min(1).max(1000).default(1),
  /** 'problems': only rows with errors or duplicate flags. */
  show: z.enum(['all', 'problems']).default('all'),
});

export const previewRow = z.object({
  /** The row number as a spreadsheet shows it (the header is row 1). */
  row: z.number().int(),
  /** The values after mapping (and any fixes), keyed by target. */
  values: z.record(z.string(), z.string()),
  /** Target → message, from the same schemas the forms use. */
  errors: z.record(z.string(), z.string()),
  /** Candidates already on record that may be the same person. */
  duplicates: z.array(possibleDuplicate),
  /** Other rows of this file that may be the same person. */
  duplicateRows: z.array(z.number().int()),
  /** Openings: the company the import will create for this row. */
  newCompany: z.string().nullable(),
  edited: z.boolean(),
});
export type PreviewRow = z.infer<typeof previewRow>;

export const previewSummary = z.object({
  total: z.number().int(),
  valid: z.number().int(),
  invalid: z.number().int(),
  /** Rows that share a person with another row of the file. */
  duplicatesInFile: z.number().int(),
  /** Companies the import will create (openings with createMissingCompanies). */
  newCompanies: z.array(z.string()),
});

export const preview = z.object({
  summary: previewSummary,
  /** The target keys shown as columns, in form order. */
  columns: z.array(z.string()),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** Rows matching `show`, across all pages. */
  matching: z.number().int(),
  rows: z.array(previewRow),
});
export type Preview = z.infer<typeof preview>;

export const rowParams = z.object({
  id: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 31 - 1),
  n: z.coerce.number().int().min(2).max(1_000_000),
});

export const rowEdit = z.strictObject({
  /** Target → corrected value; a target left out keeps its value. */
  values: z.record(z.string().max(40), z.string().max(50_000)),
});

export const runInput = z.strictObject({
  skipInvalid: z.boolean().default(false),
  skipDuplicates: z.boolean().default(false),
});
export type RunInput = z.infer<typeof runInput>;
