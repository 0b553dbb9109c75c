import {
  type ColumnMapping,
  IGNORE,
  IMPORT_TARGETS,
  type ImportKind,
  type ImportTarget,
} from '../../../shared/imports.ts';

// Which column fills which field: suggested from the header names, then checked when the
// person saves their choice. Pure.

/** "E-Mail Address" → "e mail address": lower case, accents folded, punctuation as spaces. */
export function headerKey(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

interface Synonyms {
  /** Header names that mean the field. */
  exact: string[];
  /** Words that mean the field wherever they appear in a header ("Candidate email"). */
  contains?: string[];
}

const PLACE: Record<string, Synonyms> = {
  city: { exact: ['town', 'location', 'location city'], contains: ['city'] },
  region: { exact: ['state', 'province', 'county', 'state province', 'state or province'] },
  country: { exact: ['nation'], contains: ['country'] },
};

const SKILLS: Synonyms = { exact: ['skill', 'key skills', 'competencies', 'tags'], contains: ['skills'] };
const OWNER: Synonyms = {
  exact: ['recruiter', 'assigned to', 'owner email', 'owner name', 'recruiter email', 'account manager'],
};

const CANDIDATE: Record<string, Synonyms> = {
  name: {
    exact: ['full name', 'fullname', 'candidate', 'candidate name', 'contact name', 'applicant', 'person'],
  },
  firstName: { exact: ['firstname', 'first', 'given name', 'forename'] },
  lastName: { exact: ['lastname', 'last', 'surname', 'family name'] },
  email: { exact: ['mail', 'email id'], contains: ['email', 'e mail'] },
  phone: {
    exact: ['tel', 'cell', 'contact number'],
    contains: ['phone', 'mobile', 'telephone'],
  },
  ...PLACE,
  headline: { exact: ['title', 'job title', 'current title', 'position', 'current position', 'role'] },
  field: { exact: ['industry', 'sector', 'category', 'job field'] },
  skills: SKILLS,
  yearsExperience: {
    exact: ['years experience', 'experience', 'experience years', 'yoe', 'years', 'years of exp'],
  },
  workplaceTypes: { exact: ['workplace', 'workplace type', 'work arrangement', 'remote'] },
  employmentTypes: { exact: ['employment type', 'job type', 'contract type', 'job types'] },
  salaryAmount: {
    exact: ['desired salary', 'salary', 'expected salary', 'salary expectation', 'pay', 'expected pay'],
  },
  salaryCurrency: { exact: ['currency', 'salary currency'] },
  salaryPeriod: { exact: ['period', 'salary period'] },
  availableFrom: {
    exact: ['availability', 'available', 'start date', 'available date', 'availability date'],
  },
  source: { exact: ['lead source', 'origin', 'candidate source'] },
  owner: OWNER,
  consentGivenOn: { exact: ['consent date', 'consent on', 'consent', 'consent given'] },
  consentWording: { exact: ['consent text'] },
};

const OPENING: Record<string, Synonyms> = {
  company: {
    exact: ['company name', 'client', 'client name', 'employer', 'organization', 'organisation', 'customer'],
  },
  title: { exact: ['job title', 'position', 'role', 'job', 'opening', 'position title', 'job name'] },
  field: { exact: ['industry', 'category', 'sector', 'job field'] },
  description: { exact: ['job description', 'details', 'summary', 'body', 'text'] },
  ...PLACE,
  workplaceType: { exact: ['workplace', 'work arrangement', 'remote', 'location type', 'work model'] },
  employmentType: { exact: ['job type', 'type', 'contract type', 'employment'] },
  salaryMin: { exact: ['salary min', 'min salary', 'minimum salary', 'pay min', 'salary from', 'pay from'] },
  salaryMax: { exact: ['salary max', 'max salary', 'maximum salary', 'pay max', 'salary to', 'pay to'] },
  salaryCurrency: { exact: ['currency'] },
  salaryPeriod: { exact: ['period', 'pay period'] },
  positions: { exact: ['openings', 'headcount', 'vacancies', 'number of positions', 'positions open'] },
  status: { exact: ['job status', 'opening status'] },
  postedAt: { exact: ['posted at', 'posted on', 'date posted', 'publish date', 'published', 'posted date'] },
  validThrough: {
    exact: ['closing date', 'deadline', 'expires', 'expiry date', 'valid until', 'close date', 'closes'],
  },
  owner: OWNER,
  skills: SKILLS,
};

const SYNONYMS: Record<ImportKind, Record<string, Synonyms>> = { candidates: CANDIDATE, openings: OPENING };

/** Every exact name of a target: its key, its label and its synonyms. */
function exactNames(target: ImportTarget, synonyms: Synonyms | undefined): Set<string> {
  return new Set([headerKey(target.key), headerKey(target.label), ...(synonyms?.exact ?? []).map(headerKey)]);
}

function containsWord(key: string, word: string): boolean {
  return ` ${key} `.includes(` ${word} `);
}

/** The target a header most likely names, or null. */
function guess(kind: ImportKind, header: string): string | null {
  const key = headerKey(header);
  const targets = IMPORT_TARGETS[kind];
  const exact = targets.find((t) => exactNames(t, SYNONYMS[kind][t.key]).has(key));
  if (exact) return exact.key;
  const loose = targets.find((t) => SYNONYMS[kind][t.key]?.contains?.some((w) => containsWord(key, w)));
  return loose?.key ?? null;
}

/**
 * A mapping suggested from the header names: each target goes to the first column that
 * names it; columns that name nothing (or a target already taken) are ignored.
 */
export function suggestMapping(kind: ImportKind, headers: readonly string[]): ColumnMapping {
  const taken = new Set<string>();
  const mapping: ColumnMapping = {};
  for (const header of headers) {
    const target = guess(kind, header);
    if (target && !taken.has(target)) {
      taken.add(target);
      mapping[header] = target;
    } else mapping[header] = IGNORE;
  }
  return mapping;
}

/**
 * Problems with a chosen mapping, keyed for the error's `fields`: unknown columns or fields,
 * a field chosen twice, required fields left out. Empty when the mapping can be used.
 */
export function mappingProblems(
  kind: ImportKind,
  headers: readonly string[],
  mapping: ColumnMapping,
): Record<string, string> {
  const problems: Record<string, string> = {};
  const targets = IMPORT_TARGETS[kind];
  const byKey = new Map(targets.map((t) => [t.key, t]));
  const used = new Map<string, string>();
  for (const [header, target] of Object.entries(mapping)) {
    if (!headers.includes(header)) problems[header] = 'The file has no such column';
    else if (target !== IGNORE && !byKey.has(target))
      problems[header] = `“${target}” is not a field you can import`;
    else if (target !== IGNORE && used.has(target))
      problems[header] = `${byKey.get(target)?.label} is already filled from “${used.get(target)}”`;
    else if (target !== IGNORE) used.set(target, header);
  }
  const missing = targets.filter(
    (t) => 'required' in t && t.required && !used.has(t.key) && !(t.key === 'name' && used.has('firstName')),
  );
  if (missing.length) problems.mapping = `Choose a column for: ${missing.map((t) => t.label).join(', ')}`;
  return problems;
}
