import { CARE_CANDIDATES } from './candidates-care.ts';
import { OFFICE_CANDIDATES } from './candidates-office.ts';
import { SERVICE_CANDIDATES } from './candidates-service.ts';
import type { CandidateSeed } from './types.ts';

// Candidate records the recruiters keep for people who never signed up on the portal: found on
// LinkedIn, referred by past placements, met at job fairs or walked in. Every address is on the
// demo domain and every phone number is in a range reserved for fiction (555-01xx in North
// America, Ofcom's drama ranges in the UK), so nobody real is ever called.

/**
 * Two records that re-enter someone already on file, as happens when two recruiters meet the
 * same person: one shares an email under a shorter name, the other a phone number written
 * differently. The workspace flags both, and a recruiter can merge them.
 */
const DUPLICATES: readonly CandidateSeed[] = [
  {
    key: 'seun-again',
    duplicateOf: 'seun',
    name: 'Seun Adeyemi',
    mailbox: 'seun.adeyemi',
    phone: '',
    place: 'toronto',
    headline: 'SDR, met at the Toronto tech sales meetup',
    field: 'Sales',
    skills: ['Cold calling', 'Salesforce'],
    years: 2,
    workplaces: [],
    employment: ['full-time'],
    pay: null,
    availableInDays: null,
    source: 'event',
    owner: 0,
    consent: false,
    submissions: [],
  },
  {
    key: 'lan-again',
    duplicateOf: 'lan',
    name: 'Thi Lan Nguyen',
    mailbox: 'lannguyen.mtl',
    phone: '(514) 555 0177',
    place: 'montreal',
    headline: 'Customer care, French, English and Vietnamese',
    field: 'Customer service',
    skills: ['Customer service', 'French', 'Vietnamese'],
    years: 3,
    workplaces: ['on-site'],
    employment: ['part-time', 'temporary'],
    pay: null,
    availableInDays: null,
    source: 'walk-in',
    owner: 1,
    consent: false,
    submissions: [],
  },
];

/** Every demo candidate record, in the order they are created (duplicates last). */
export const CANDIDATES: readonly CandidateSeed[] = [
  ...CARE_CANDIDATES,
  ...OFFICE_CANDIDATES,
  ...SERVICE_CANDIDATES,
  ...DUPLICATES,
];
