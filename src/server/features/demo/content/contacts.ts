import type { CompanyKey } from './companies.ts';

// The people at each client company who interview the agency's candidates. Two per company, so
// a panel or an on-site visit can name more than one interviewer. Addresses are on the demo's
// reserved domain (see people.ts), which never receives mail.

export interface ContactSeed {
  name: string;
  title: string;
  /** The mailbox on the demo domain. */
  mailbox: string;
  phone: string;
}

export const CONTACTS: Record<CompanyKey, readonly [ContactSeed, ContactSeed]> = {
  harbourview: [
    { name: 'Dr. Nadia Haddad', title: 'Clinical Director', mailbox: 'n.haddad', phone: '+1 416 555 0141' },
    { name: 'Tom Okafor', title: 'Nurse Manager', mailbox: 't.okafor', phone: '+1 416 555 0142' },
  ],
  ledgerline: [
    { name: 'Rachel Stein', title: 'Audit Partner', mailbox: 'r.stein', phone: '+1 312 555 0151' },
    { name: 'Kevin Liu', title: 'FP&A Manager', mailbox: 'k.liu', phone: '+1 312 555 0152' },
  ],
  brightpath: [
    { name: 'Sofia Marin', title: 'Head of Tutoring', mailbox: 's.marin', phone: '+1 604 555 0161' },
    { name: 'Owen Price', title: 'Programme Coordinator', mailbox: 'o.price', phone: '+1 604 555 0162' },
  ],
  copperleaf: [
    { name: 'Fiona MacLeod', title: 'Front Office Manager', mailbox: 'f.macleod', phone: '+44 131 496 0171' },
    { name: 'Luc Bernard', title: 'General Manager', mailbox: 'l.bernard', phone: '+44 131 496 0172' },
  ],
  tallgrass: [
    { name: 'Denise Walker', title: 'Operations Manager', mailbox: 'd.walker', phone: '+1 312 555 0181' },
    { name: 'Raj Patel', title: 'Fleet Supervisor', mailbox: 'r.patel', phone: '+1 403 555 0182' },
  ],
  stonebridge: [
    { name: 'Helen Fraser', title: 'Principal Engineer', mailbox: 'h.fraser', phone: '+1 613 555 0191' },
    { name: 'Marco Rossi', title: 'HR Business Partner', mailbox: 'm.rossi', phone: '+1 613 555 0192' },
  ],
  fernway: [
    { name: 'Ingrid Larsen', title: 'VP Engineering', mailbox: 'i.larsen', phone: '+1 206 555 0201' },
    { name: 'Sam Whitaker', title: 'Support Lead', mailbox: 's.whitaker', phone: '+1 206 555 0202' },
  ],
  oakridge: [
    { name: 'Gary Boucher', title: 'Site Superintendent', mailbox: 'g.boucher', phone: '+1 613 555 0211' },
    { name: 'Aisha Khan', title: 'Office Manager', mailbox: 'a.khan', phone: '+1 613 555 0212' },
  ],
  bluefinch: [
    {
      name: 'Julie Tremblay',
      title: 'Customer Care Manager',
      mailbox: 'j.tremblay',
      phone: '+1 514 555 0221',
    },
    { name: 'Ben Carter', title: 'Content Lead', mailbox: 'b.carter', phone: '+1 514 555 0222' },
  ],
  kestrel: [
    { name: 'Victoria Hale', title: 'Managing Partner', mailbox: 'v.hale', phone: '+1 404 555 0231' },
    { name: 'Daniel Osei', title: 'Practice Manager', mailbox: 'd.osei', phone: '+1 404 555 0232' },
  ],
};
