import type { Role } from '../../../shared/vocabulary.ts';

/** Every demo account signs in with this password; it is printed after seeding. */
export const DEMO_PASSWORD = 'demo-password-123';

const domain = 'demo.followthrough.example';

/** An address on the demo domain, which is reserved and never receives mail. */
export const demoEmail = (mailbox: string) => `${mailbox}@${domain}`;

export interface Person {
  name: string;
  email: string;
  role: Role;
}

/** Seeding stops early when this account already exists, which keeps `seed --demo` idempotent. */
export const ADMIN: Person = { name: 'Morgan Ellis', email: `admin@${domain}`, role: 'admin' };

/** Indexed by CompanySeed.recruiter. */
export const RECRUITERS: readonly [Person, Person, Person] = [
  { name: 'Priya Raman', email: `priya.raman@${domain}`, role: 'recruiter' },
  { name: 'Marcus Bell', email: `marcus.bell@${domain}`, role: 'recruiter' },
  { name: 'Élise Tremblay', email: `elise.tremblay@${domain}`, role: 'recruiter' },
];

export const SEEKERS: readonly Person[] = [
  { name: 'Jordan Lee', email: `jordan.lee@${domain}`, role: 'candidate' },
  { name: 'Amara Nwosu', email: `amara.nwosu@${domain}`, role: 'candidate' },
  { name: 'Mateo García', email: `mateo.garcia@${domain}`, role: 'candidate' },
  { name: 'Siobhan Byrne', email: `siobhan.byrne@${domain}`, role: 'candidate' },
  { name: 'Arjun Mehta', email: `arjun.mehta@${domain}`, role: 'candidate' },
  { name: 'Chloé Gagnon', email: `chloe.gagnon@${domain}`, role: 'candidate' },
  { name: 'Daniel Brooks', email: `daniel.brooks@${domain}`, role: 'candidate' },
  { name: 'Hannah Schmidt', email: `hannah.schmidt@${domain}`, role: 'candidate' },
];

export interface DemoApplication {
  /** A SEEKERS email. */
  seeker: string;
  /** An OpeningSeed key; the opening must be open. */
  opening: string;
  coverNote: string;
}

const who = demoEmail;

/** Applications in each seeker's own voice, to openings that match their background. */
export const APPLICATIONS: readonly DemoApplication[] = [
  {
    seeker: who('jordan.lee'),
    opening: 'sw-frontend-seattle',
    coverNote:
      'I have spent four years on a React scheduling tool for veterinary clinics, so a dispatch board with thousands of draggable jobs sounds like home. The part I am proudest of is making our calendar fully keyboard-operable after a customer who uses a screen reader wrote in. I live in Capitol Hill and would enjoy the office days.',
  },
  {
    seeker: who('jordan.lee'),
    opening: 'sw-mobile-anywhere',
    coverNote:
      'Applying for the contract in case the permanent role is not a fit. I shipped offline sync for a React Native field-inspection app using WatermelonDB, including the conflict rules, and I learned the hard way why you test on a throttled network. Happy to talk through what I would do differently.',
  },
  {
    seeker: who('amara.nwosu'),
    opening: 'hc-rn-toronto',
    coverNote:
      'I have been an RN for five years, the last three at a community health centre in Scarborough running diabetes and wound-care clinics. I speak Yoruba and some French, and I love the continuity of primary care: seeing the same patients get better over months. Evening clinics are no problem for me.',
  },
  {
    seeker: who('amara.nwosu'),
    opening: 'hc-np-ottawa',
    coverNote:
      'I finish my Primary Health Care NP program in April and write the registration exam in June, so I know the timing may not work. But a new clinic in Vanier is exactly what I trained for, and I would be glad to talk about a start date later in the summer.',
  },
  {
    seeker: who('mateo.garcia'),
    opening: 'log-peak-picker-chicago',
    coverNote:
      'I worked two peak seasons at a fulfilment centre in Joliet and never missed a shift. I can do days or evenings, four or five shifts a week. I am hoping to stay on after January if there is a permanent spot.',
  },
  {
    seeker: who('mateo.garcia'),
    opening: 'cs-rep-chicago',
    coverNote:
      'After three years on a warehouse floor I know why orders go missing and how to find them, which I think is useful on the other side of the phone. I am bilingual in Spanish and English and comfortable in Excel. I would like a role where I can grow into account management.',
  },
  {
    seeker: who('mateo.garcia'),
    opening: 'log-dispatcher-calgary',
    coverNote:
      'My partner starts a job in Calgary in March and I am moving with her. I have done route planning for a small courier company in Chicago for a year, using Onfleet, and I would like to move into fleet dispatch. I am reading up on Alberta hours-of-service rules now.',
  },
  {
    seeker: who('siobhan.byrne'),
    opening: 'cs-team-lead-manchester',
    coverNote:
      'I have been deputy team leader on a 12-person contact-centre team for an energy supplier for two years, covering rotas and one-to-ones whenever my manager was off. Before that I spent five years in hotels, so I care about how a customer feels when the conversation ends, not just whether the ticket is closed.',
  },
  {
    seeker: who('siobhan.byrne'),
    opening: 'hosp-front-desk-edinburgh',
    coverNote:
      'I am moving back to Edinburgh in the spring and would love to return to a hotel front desk. I did three summers at a guesthouse in the Old Town during the festival, so I know what August is like! Early and late shifts both suit me.',
  },
  {
    seeker: who('arjun.mehta'),
    opening: 'fin-staff-accountant-chicago',
    coverNote:
      'I graduated from UIC in December with a Master of Accountancy and passed FAR and AUD in my first attempts. During a busy-season internship at a regional firm I tested revenue and inventory for two manufacturers. I like that your teams are small enough to see a whole audit.',
  },
  {
    seeker: who('arjun.mehta'),
    opening: 'fin-fpa-analyst-atlanta',
    coverNote:
      'I know this is a stretch from audit, but my internship projects were mostly building forecasts in Excel and Python for a client, and that is the part I enjoyed most. I would relocate to Atlanta for the right role and I can share a model I built.',
  },
  {
    seeker: who('chloe.gagnon'),
    opening: 'mkt-content-montreal',
    coverNote:
      "J'écris en français et en anglais depuis six ans, d'abord pour un magazine déco puis pour une marque de mobilier. My buying guide on choosing a sofa became the brand's top organic page and drove 14% of online sales in its first year. I would love to write about linen and the people who make it.",
  },
  {
    seeker: who('chloe.gagnon'),
    opening: 'cs-care-agent-montreal',
    coverNote:
      'I am looking for part-time work while I build my freelance writing, and I already love Bluefinch, having bought half my kitchen there. I worked four years in a café and two in retail, so patience with unhappy customers comes naturally. Available weekends.',
  },
  {
    seeker: who('daniel.brooks'),
    opening: 'trade-electrician-ottawa',
    coverNote:
      'I just passed my 309A exam after finishing my apprenticeship with a commercial contractor in Kanata. Most of my hours were on fit-outs and fire-alarm work in office buildings. I have a clean licence and I am fine with on-call.',
  },
  {
    seeker: who('hannah.schmidt'),
    opening: 'edu-esl-online',
    coverNote:
      'I hold a CELTA and taught English to children in Hamburg for three years before moving to Vancouver. Small online groups are my favourite format: games work, and quiet students speak up. I can teach afternoons and early evenings Pacific time.',
  },
  {
    seeker: who('hannah.schmidt'),
    opening: 'edu-math-tutor-vancouver',
    coverNote:
      'Besides English, I tutored math up to Abitur level for years, and I enjoy finding a second or third way to explain fractions or equations. I already have a clear Vulnerable Sector Check from volunteering at my daughter’s school.',
  },
];
