import type { SeedQuestion } from '../../../../shared/practice.ts';
import { FIELD_QUESTIONS } from './questions-fields.ts';
import { GENERAL_QUESTIONS } from './questions-general.ts';

// The practice content that ships with the project, written by the project.

/** Every shipped question: the general categories, then each field's own. */
export const BANK: readonly SeedQuestion[] = [...GENERAL_QUESTIONS, ...FIELD_QUESTIONS];

export { GROUP_EXERCISES } from './group-exercises.ts';
export { GROUP_GUIDE } from './group-guide.ts';
export { WRITING_PROMPTS } from './writing-prompts.ts';
