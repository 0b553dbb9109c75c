import { demoEmail } from '../people.ts';

// Messages from the public contact form, as the leads inbox shows them after three weeks: some
// still new, some a recruiter has called back or closed, and one link-stuffed message the spam
// defences filed on their own. Plain data; seed-blog.ts posts each through the contact form.

export interface LeadSeed {
  kind: 'seeker' | 'employer';
  name: string;
  /** On a reserved domain, so the thank-you mail reaches nobody. */
  email: string;
  phone: string;
  company: string;
  lookingFor: string;
  message: string;
  /** When the form was sent. */
  daysAgo: number;
  status: 'new' | 'contacted' | 'closed' | 'spam';
  /** A RECRUITERS email: who took it on, and wrote the note. */
  assignee?: string;
  note?: { body: string; daysAgo: number };
}

const priya = demoEmail('priya.raman');
const marcus = demoEmail('marcus.bell');
const elise = demoEmail('elise.tremblay');

/** Oldest first. */
export const LEADS: readonly LeadSeed[] = [
  {
    kind: 'employer',
    name: 'Graham Fletcher',
    email: 'g.fletcher@northbay-logistics.example.com',
    phone: '+1 416 555 0187',
    company: 'Northbay Logistics',
    lookingFor: 'Two forklift operators for the night shift',
    message:
      'We are opening a second cross-dock in Vaughan in March and need two certified forklift operators for nights, Sunday to Thursday. Temp-to-perm is fine. Our last agency sent people without valid tickets, so certification has to be checked before anyone starts.',
    daysAgo: 20,
    status: 'closed',
    assignee: marcus,
    note: {
      body: 'Called Graham. They filled both shifts internally from their day crew, so nothing for us this time. He is happy to hear from us in the spring when the Vaughan site ramps up; I will call him in March.',
      daysAgo: 17,
    },
  },
  {
    kind: 'seeker',
    name: 'Leila Haddad',
    email: 'leila.haddad@example.com',
    phone: '+1 514 555 0142',
    company: '',
    lookingFor: 'Bilingual receptionist or office coordinator, Montréal',
    message:
      'Bonjour! I have four years as a front-desk coordinator at a physiotherapy clinic and I am fully bilingual (French and English). I would like a full-time office role closer to downtown, ideally with regular daytime hours. I can start with two weeks’ notice.',
    daysAgo: 16,
    status: 'contacted',
    assignee: elise,
    note: {
      body: 'Spoke with Leila for twenty minutes; warm, organised, strong French and English. Sent her the two downtown office coordinator roles and asked for an updated resume. Follow up Friday.',
      daysAgo: 15,
    },
  },
  {
    kind: 'employer',
    name: 'Dr. Anita Sharma',
    email: 'office@lakeside-dental.example.org',
    phone: '+1 647 555 0119',
    company: 'Lakeside Family Dental',
    lookingFor: 'Dental receptionist, 6-month parental leave cover',
    message:
      'Our receptionist starts parental leave on the 1st and we need cover for about six months, four days a week. Experience with dental software (we use ABELDent) would be ideal but we can train the right person. Could someone call me between patients, after 4 pm is best?',
    daysAgo: 11,
    status: 'contacted',
    assignee: priya,
    note: {
      body: 'Called Dr. Sharma at 4:15. Budget $24–26/hour, Tue–Fri. Agreed our standard temp terms by phone; she is sending the written details. Two candidates from the care pool to put forward this week.',
      daysAgo: 10,
    },
  },
  {
    kind: 'seeker',
    name: 'Bogdan Petrenko',
    email: 'bogdan.petrenko@example.net',
    phone: '',
    company: '',
    lookingFor: 'SEO services',
    message:
      'Boost your agency to page one of Google!!! Guaranteed results, cheap monthly packages. See https://rank-boost.example.net and https://seo-deals.example.net or message us at www.rankboost-promo.example.net today.',
    daysAgo: 8,
    status: 'spam',
  },
  {
    kind: 'seeker',
    name: 'Kofi Mensah',
    email: 'kofi.mensah@example.org',
    phone: '+1 905 555 0163',
    company: '',
    lookingFor: 'Junior data analyst or reporting role',
    message:
      'I finished a data analytics certificate in the summer after five years in retail banking. I am comfortable with SQL, Excel and Power BI and built a small portfolio of dashboards. I would be open to a contract to get my foot in the door.',
    daysAgo: 5,
    status: 'new',
  },
  {
    kind: 'employer',
    name: 'Rachel Kim',
    email: 'rachel.kim@brightpath-software.example.com',
    phone: '+1 604 555 0174',
    company: 'Brightpath Software',
    lookingFor: 'Customer support specialist (SaaS), hybrid Vancouver',
    message:
      'We are a 40-person scheduling-software company and need a second customer support specialist. Mostly email and chat, some phone. Hybrid, two days a week in our Mount Pleasant office. We have not worked with an agency before; what are your fees, and how quickly could you send profiles?',
    daysAgo: 3,
    status: 'new',
  },
  {
    kind: 'seeker',
    name: 'Ana Ribeiro',
    email: 'ana.ribeiro@example.com',
    phone: '+1 647 555 0131',
    company: '',
    lookingFor: 'Personal support worker, part-time, Toronto west',
    message:
      'I am a certified PSW with three years in long-term care. I am looking for part-time home care shifts in Etobicoke or Mississauga, weekdays only because of my children’s school hours. I have a car and a clear police check.',
    daysAgo: 1,
    status: 'new',
  },
];
