import type { SeedQuestion } from '../../../../shared/practice.ts';
import { BEHAVIOURAL } from './questions/behavioural.ts';
import { ADMIN_SERVICE_EDUCATION } from './questions/fields-admin-service-education.ts';
import { ENGINEERING_FINANCE_HEALTHCARE } from './questions/fields-engineering-finance-healthcare.ts';
import { HOSPITALITY_HR_LEGAL } from './questions/fields-hospitality-hr-legal.ts';
import { LOGISTICS_MARKETING_OPERATIONS } from './questions/fields-logistics-marketing-operations.ts';
import { SALES_TRADES_SOFTWARE } from './questions/fields-sales-trades-software.ts';
import { SALARY_QUESTIONS_TO_ASK } from './questions/salary-questions-to-ask.ts';
import { SITUATIONAL_MOTIVATION } from './questions/situational-motivation.ts';
import { STRENGTHS_CAREER } from './questions/strengths-career.ts';

// The practice content that ships with the project, written by the project.

/** Every shipped question: the general categories, then each field's own, in this order. */
export const BANK: readonly SeedQuestion[] = [
  ...BEHAVIOURAL,
  ...SITUATIONAL_MOTIVATION,
  ...STRENGTHS_CAREER,
  ...SALARY_QUESTIONS_TO_ASK,
  ...ADMIN_SERVICE_EDUCATION,
  ...ENGINEERING_FINANCE_HEALTHCARE,
  ...HOSPITALITY_HR_LEGAL,
  ...LOGISTICS_MARKETING_OPERATIONS,
  ...SALES_TRADES_SOFTWARE,
];

export { GROUP_EXERCISES } from './group-exercises.ts';
export { GROUP_GUIDE } from './group-guide.ts';
export { WRITING_PROMPTS } from './writing-prompts.ts';
