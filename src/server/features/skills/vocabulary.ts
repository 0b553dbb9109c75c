// The skills vocabulary: data written for this project, one file per field plus the skills that
// travel between fields. Canonical names are what reports show; aliases are what people type.
import { ADMINISTRATION_SKILLS } from './vocabulary/administration.ts';
import { CUSTOMER_SERVICE_SKILLS } from './vocabulary/customer-service.ts';
import { EDUCATION_SKILLS } from './vocabulary/education.ts';
import { ENGINEERING_SKILLS } from './vocabulary/engineering.ts';
import type { SkillEntry } from './vocabulary/entry.ts';
import { FINANCE_SKILLS } from './vocabulary/finance.ts';
import { HEALTHCARE_SKILLS } from './vocabulary/healthcare.ts';
import { HOSPITALITY_SKILLS } from './vocabulary/hospitality.ts';
import { HUMAN_RESOURCES_SKILLS } from './vocabulary/human-resources.ts';
import { LANGUAGE_SKILLS } from './vocabulary/languages.ts';
import { LEGAL_SKILLS } from './vocabulary/legal.ts';
import { LOGISTICS_SKILLS } from './vocabulary/logistics.ts';
import { MARKETING_SKILLS } from './vocabulary/marketing.ts';
import { OPERATIONS_SKILLS } from './vocabulary/operations.ts';
import { SALES_SKILLS } from './vocabulary/sales.ts';
import { SOFTWARE_SKILLS } from './vocabulary/software.ts';
import { TRADES_SKILLS } from './vocabulary/trades.ts';
import { TRANSFERABLE_SKILLS } from './vocabulary/transferable.ts';

export { ALL_FIELDS, SKILL_KINDS, type SkillEntry, type SkillKind } from './vocabulary/entry.ts';

export const SKILLS: readonly SkillEntry[] = Object.freeze([
  ...ADMINISTRATION_SKILLS,
  ...CUSTOMER_SERVICE_SKILLS,
  ...EDUCATION_SKILLS,
  ...ENGINEERING_SKILLS,
  ...FINANCE_SKILLS,
  ...HEALTHCARE_SKILLS,
  ...HOSPITALITY_SKILLS,
  ...HUMAN_RESOURCES_SKILLS,
  ...LEGAL_SKILLS,
  ...LOGISTICS_SKILLS,
  ...MARKETING_SKILLS,
  ...OPERATIONS_SKILLS,
  ...SALES_SKILLS,
  ...TRADES_SKILLS,
  ...SOFTWARE_SKILLS,
  ...TRANSFERABLE_SKILLS,
  ...LANGUAGE_SKILLS,
]);
