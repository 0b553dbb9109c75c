import { CARE_OPENINGS } from './openings-care.ts';
import { INDUSTRY_OPENINGS } from './openings-industry.ts';
import { OFFICE_OPENINGS } from './openings-office.ts';
import { PROFESSIONAL_OPENINGS } from './openings-professional.ts';
import { TECH_OPENINGS } from './openings-tech.ts';
import type { OpeningSeed } from './types.ts';

/** Every demo opening, grouped by field in the files above. */
export const OPENINGS: readonly OpeningSeed[] = [
  ...OFFICE_OPENINGS,
  ...PROFESSIONAL_OPENINGS,
  ...CARE_OPENINGS,
  ...INDUSTRY_OPENINGS,
  ...TECH_OPENINGS,
];
