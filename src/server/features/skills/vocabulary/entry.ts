import { FIELDS, type Field } from '../../../../shared/vocabulary.ts';

export const SKILL_KINDS = [
  'technical',
  'tool',
  'certification',
  'language',
  'interpersonal',
  'domain',
] as const;
export type SkillKind = (typeof SKILL_KINDS)[number];

/** One skill: its canonical name, the other ways people write it, and the fields that ask for it. */
export interface SkillEntry {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly fields: readonly Field[];
  readonly kind: SkillKind;
}

/** Skills every field asks for; they do not count towards any one field's own vocabulary. */
export const ALL_FIELDS: readonly Field[] = FIELDS;

/** Fields that work mostly at a desk, with office software. */
export const DESK_FIELDS: readonly Field[] = [
  'Administration',
  'Customer service',
  'Education',
  'Finance',
  'Human resources',
  'Legal',
  'Marketing',
  'Operations',
  'Sales',
];

/** Fields where a second language is most often asked for. */
export const LANGUAGE_FIELDS: readonly Field[] = [
  'Customer service',
  'Education',
  'Healthcare',
  'Hospitality',
  'Legal',
  'Sales',
];
