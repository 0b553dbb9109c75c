// Administration: office support, documents and diaries.
import type { SkillEntry } from './entry.ts';

export const ADMINISTRATION_SKILLS: readonly SkillEntry[] = [
  {
    name: 'Data entry',
    aliases: ['Data input', 'Data capture'],
    fields: ['Administration'],
    kind: 'technical',
  },
  {
    name: 'Typing',
    aliases: ['Touch typing', 'Keyboarding', 'Typing speed'],
    fields: ['Administration'],
    kind: 'technical',
  },
  {
    name: 'Diary management',
    aliases: ['Calendar management', 'Schedule management', 'Scheduling appointments'],
    fields: ['Administration'],
    kind: 'technical',
  },
  {
    name: 'Minute taking',
    aliases: ['Taking minutes', 'Meeting minutes'],
    fields: ['Administration', 'Legal'],
    kind: 'technical',
  },
  {
    name: 'Filing',
    aliases: ['Filing systems', 'Paper filing'],
    fields: ['Administration'],
    kind: 'technical',
  },
  {
    name: 'Records management',
    aliases: ['Record keeping', 'Document management', 'Records retention'],
    fields: ['Administration', 'Legal', 'Healthcare'],
    kind: 'technical',
  },
  {
    name: 'Reception',
    aliases: ['Front desk', 'Receptionist', 'Greeting visitors'],
    fields: ['Administration', 'Hospitality', 'Healthcare'],
    kind: 'interpersonal',
  },
  {
    name: 'Switchboard operation',
    aliases: ['Switchboard', 'Phone switchboard'],
    fields: ['Administration'],
    kind: 'technical',
  },
  {
    name: 'Mail handling',
    aliases: ['Post handling', 'Mailroom', 'Post room'],
    fields: ['Administration', 'Logistics'],
    kind: 'technical',
  },
  {
    name: 'Office management',
    aliases: ['Office administration', 'Office admin'],
    fields: ['Administration', 'Operations'],
    kind: 'domain',
  },
  {
    name: 'Travel arrangements',
    aliases: ['Travel booking', 'Travel coordination'],
    fields: ['Administration'],
    kind: 'technical',
  },
  {
    name: 'Event coordination',
    aliases: [
      'Event planning',
      'Event organisation',
      'Event organization',
      'Events management',
      'Event management',
    ],
    fields: ['Administration', 'Marketing', 'Hospitality'],
    kind: 'domain',
  },
  {
    name: 'Executive assistance',
    aliases: ['Executive support', 'EA support', 'PA support', 'Personal assistance'],
    fields: ['Administration'],
    kind: 'domain',
  },
  {
    name: 'Transcription',
    aliases: ['Audio typing', 'Dictation typing', 'Audio transcription'],
    fields: ['Administration', 'Legal', 'Healthcare'],
    kind: 'technical',
  },
  {
    name: 'Proofreading',
    aliases: ['Copy checking', 'Proofing'],
    fields: ['Administration', 'Marketing', 'Legal'],
    kind: 'technical',
  },
  {
    name: 'Invoice processing',
    aliases: ['Invoicing', 'Raising invoices'],
    fields: ['Administration', 'Finance'],
    kind: 'technical',
  },
  {
    name: 'Purchase order processing',
    aliases: ['PO processing', 'Purchase orders', 'Raising purchase orders'],
    fields: ['Administration', 'Operations', 'Finance'],
    kind: 'technical',
  },
  {
    name: 'Office supplies management',
    aliases: ['Stationery ordering', 'Office supplies', 'Office stock control'],
    fields: ['Administration'],
    kind: 'technical',
  },
  {
    name: 'Shorthand',
    aliases: ['Stenography', 'Teeline', 'Pitman shorthand'],
    fields: ['Administration', 'Legal'],
    kind: 'technical',
  },
  {
    name: 'Document formatting',
    aliases: ['Document preparation', 'Word processing', 'Typesetting documents'],
    fields: ['Administration', 'Legal'],
    kind: 'technical',
  },
  {
    name: 'Scanning and digitisation',
    aliases: ['Scanning and digitization', 'Document scanning', 'Digitisation', 'Digitization'],
    fields: ['Administration'],
    kind: 'technical',
  },
  {
    name: 'Mail merge',
    aliases: ['Mail merging'],
    fields: ['Administration', 'Marketing'],
    kind: 'technical',
  },
  {
    name: 'Company secretarial work',
    aliases: ['Company secretary', 'Corporate secretarial', 'Board administration', 'Corporate governance'],
    fields: ['Administration', 'Legal'],
    kind: 'domain',
  },
];
