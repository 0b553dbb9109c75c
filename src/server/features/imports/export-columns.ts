import type { Candidate } from '../../../shared/candidates.ts';
import type { Opening } from '../../../shared/openings.ts';
import type { Application } from '../../../shared/pipeline.ts';
import { ZERO_DECIMAL_CURRENCIES } from '../../../shared/vocabulary.ts';
import type { Cell } from './csv-out.ts';

// The columns of each export and how a record fills them. Pure. Headers use the import's
// field names, so an exported file imports back with every column mapped.

const major = (minor: number | null, currency: string): number | null =>
  minor === null ? null : minor / (ZERO_DECIMAL_CURRENCIES.includes(currency) ? 1 : 100);
const day = (iso: string | null) => (iso ? iso.slice(0, 10) : '');
const names = (skills: readonly { name: string }[]) => skills.map((s) => s.name).join('; ');

export const CANDIDATE_COLUMNS = [
  'ID',
  'Name',
  'Email',
  'Phone',
  'City',
  'Region',
  'Country',
  'Headline',
  'Field',
  'Skills',
  'Years of experience',
  'Workplace types',
  'Employment types',
  'Desired pay',
  'Pay currency',
  'Pay period',
  'Available from',
  'Source',
  'Owner',
  'Consent given on',
  'Consent wording',
  'Created',
  'Updated',
] as const;

export function candidateCells(c: Candidate): Cell[] {
  const pay = c.desiredSalary;
  return [
    c.id,
    c.name,
    c.email,
    c.phone,
    c.city,
    c.region,
    c.country,
    c.headline,
    c.field ?? '',
    names(c.skills),
    c.yearsExperience,
    c.workplaceTypes.join('; '),
    c.employmentTypes.join('; '),
    pay ? major(pay.amount, pay.currency) : null,
    pay?.currency ?? '',
    pay?.period ?? '',
    c.availableFrom ?? '',
    c.source,
    c.owner?.name ?? '',
    c.consent?.givenOn ?? '',
    c.consent?.wording ?? '',
    c.createdAt,
    c.updatedAt,
  ];
}

export const OPENING_COLUMNS = [
  'ID',
  'Company',
  'Title',
  'Field',
  'Status',
  'City',
  'Region',
  'Country',
  'Workplace type',
  'Employment type',
  'Salary minimum',
  'Salary maximum',
  'Salary currency',
  'Salary period',
  'Positions',
  'Positions filled',
  'Applications',
  'Posted',
  'Valid through',
  'Owner',
  'Skills',
  'Description',
  'Created',
  'Updated',
] as const;

export function openingCells(o: Opening): Cell[] {
  const s = o.salary;
  return [
    o.id,
    o.companyName,
    o.title,
    o.field,
    o.status,
    o.city,
    o.region,
    o.country,
    o.workplaceType,
    o.employmentType,
    s ? major(s.min, s.currency) : null,
    s ? major(s.max, s.currency) : null,
    s?.currency ?? '',
    s?.period ?? '',
    o.positions,
    o.positionsFilled,
    o.applicationCount,
    day(o.postedAt),
    day(o.validThrough),
    o.owner?.name ?? '',
    names(o.skills),
    o.description,
    o.createdAt,
    o.updatedAt,
  ];
}

export const APPLICATION_COLUMNS = [
  'Candidate',
  'Email',
  'Opening',
  'Company',
  'Stage',
  'Stage entered',
  'Applied',
  'Origin',
] as const;

export function applicationCells(a: Application): Cell[] {
  return [
    a.candidateName,
    a.candidateEmail,
    a.openingTitle,
    a.companyName,
    a.stage.name,
    a.stageEnteredAt,
    a.createdAt,
    a.origin === 'self' ? 'Job board' : 'Agency',
  ];
}
