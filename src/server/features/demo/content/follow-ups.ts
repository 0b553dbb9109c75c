import { demoEmail } from '../people.ts';
import type { NoteSeed, TaskSeed } from './types.ts';

const amara = demoEmail('amara.nwosu');
const mateo = demoEmail('mateo.garcia');
const hannah = demoEmail('hannah.schmidt');
const arjun = demoEmail('arjun.mehta');
const jordan = demoEmail('jordan.lee');

/** What the recruiters wrote down: mostly internal, a few shared with the job seeker. */
export const NOTES: readonly NoteSeed[] = [
  {
    author: 0,
    about: { candidate: 'fatima' },
    body: 'Prefers clinics east of Yonge and can do two evening clinics a week. Police check and immunisation record already on file.',
  },
  {
    author: 0,
    about: { application: ['fatima', 'hc-rn-toronto'] },
    body: 'Offer is $44.50 an hour plus HOOPP. Fatima asked for a week to decide; her current employer may counter.',
  },
  {
    author: 0,
    about: { company: 'harbourview' },
    body: 'Grace Okafor says they will add a third RN position in the spring if the evening-clinic extension is funded.',
  },
  {
    author: 0,
    about: { candidate: 'samir' },
    body: 'Happy to be represented but wants to read the consent wording first. Sent it by email; waiting for his reply before submitting him anywhere.',
  },
  {
    author: 0,
    about: { application: ['hamid', 'eng-structural-calgary'] },
    body: 'The panel is the two principals. They will ask about the Edmonton parkade retrofit; Hamid can walk them through his FE model.',
  },
  {
    author: 0,
    about: { candidate: 'jose' },
    body: 'Reference from his last employer: “first one in, last one out, and customers ask for him by name.”',
  },
  {
    author: 0,
    about: { candidate: 'seun-again' },
    body: 'Met at the Toronto sales meetup. He may already be on file with Marcus; check before reaching out.',
  },
  {
    author: 1,
    about: { candidate: 'wei' },
    body: 'Sits REG in six weeks and Ledgerline will give study leave. Do not book anything in the week of the exam.',
  },
  {
    author: 1,
    about: { application: ['olivia', 'fin-staff-accountant-chicago'] },
    body: 'Second interview is with the Chicago audit partner. She asked about rotating into advisory after a year.',
  },
  {
    author: 1,
    about: { opening: 'log-warehouse-atlanta' },
    body: 'Tallgrass wants two more night-shift associates by the end of the month. Tuesday walk-ins have been our best source.',
  },
  {
    author: 1,
    about: { candidate: 'tariq' },
    body: 'Found on LinkedIn. Interested, but only fully remote on US Eastern hours. Screening call and consent still to do.',
  },
  {
    author: 1,
    about: { application: ['kenji', 'sw-frontend-seattle'] },
    body: 'Fernway’s offer is at the top of the band. Kenji is weighing a counter-offer; call him before Friday.',
  },
  {
    author: 2,
    about: { candidate: 'maria' },
    body: 'Free Monday to Thursday from 15:00 UK time. Strong demo lesson, and glowing parent feedback from her last platform.',
  },
  {
    author: 2,
    about: { application: ['gloria', 'hosp-housekeeping-austin'] },
    body: 'Offer at $24 an hour with the supervisor bonus. Gloria wants every other weekend off; Copperleaf is checking the rota.',
  },
  {
    author: 2,
    about: { company: 'copperleaf' },
    body: 'Seasonal banquet hiring opens in March. They took four of our servers last year and want the same again.',
  },
  {
    author: 2,
    about: { candidate: 'zoe' },
    body: 'Her portfolio link is broken; asked her to send it again. Consent to represent her is not recorded yet.',
  },
  {
    author: 0,
    about: { application: [amara, 'hc-rn-toronto'] },
    shared: true,
    body: 'Grace Okafor, the nursing manager, would like to meet you at the clinic. I will call you to confirm the time; plan for 45 minutes and a short tour, and bring your registration number.',
  },
  {
    author: 1,
    about: { application: [mateo, 'log-peak-picker-chicago'] },
    shared: true,
    body: 'Welcome aboard! Your first shift is Monday at 7:00. Bring safety boots and photo ID; the badge desk opens at 6:30.',
  },
  {
    author: 2,
    about: { application: [hannah, 'edu-esl-online'] },
    shared: true,
    body: 'Brightpath loved your demo lesson. The offer is for 15 hours a week to start, afternoons Pacific time. I will call you to go through it.',
  },
  {
    author: 2,
    about: { application: [arjun, 'fin-fpa-analyst-atlanta'] },
    shared: true,
    body: 'The Atlanta team decided to hire someone with at least two years in FP&A. They liked your forecast model, and I have audit roles in Chicago I would like to talk to you about.',
  },
  {
    author: 1,
    about: { application: [jordan, 'sw-frontend-seattle'] },
    shared: true,
    body: 'I sent your profile to Fernway’s web team with a note about your keyboard-accessibility work. They usually answer within a week.',
  },
];

/** The recruiters' to-do lists: some overdue, some due today, the rest over the coming week. */
export const TASKS: readonly TaskSeed[] = [
  {
    assignee: 0,
    title: 'Call Fatima about the Harbourview offer',
    details: 'She may have a counter-offer by now. Ask what it would take.',
    dueInHours: -26,
    about: { application: ['fatima', 'hc-rn-toronto'] },
  },
  {
    assignee: 0,
    title: 'Send Samir the consent wording again',
    dueInHours: -50,
    about: { candidate: 'samir' },
  },
  {
    assignee: 0,
    title: 'Check whether Seun Adeyemi is already on file',
    details: 'If he is, merge the records and tell Marcus.',
    dueInHours: -3,
    about: { candidate: 'seun-again' },
  },
  {
    assignee: 0,
    title: 'Confirm Amara’s interview time with Grace Okafor',
    dueInHours: 2,
    about: { application: [amara, 'hc-rn-toronto'] },
  },
  {
    assignee: 0,
    title: 'Reference check for Ravinder',
    details: 'Two references: the home-care agency and the church food bank coordinator.',
    dueInHours: 28,
    about: { application: ['ravinder', 'hc-psw-halifax'] },
  },
  {
    assignee: 0,
    title: 'Prepare Hamid for the principals’ panel',
    dueInHours: 75,
    about: { application: ['hamid', 'eng-structural-calgary'] },
  },
  {
    assignee: 1,
    title: 'Chase Ledgerline for feedback on Rajesh',
    dueInHours: -5,
    about: { application: ['rajesh', 'fin-tax-senior-toronto'] },
  },
  {
    assignee: 1,
    title: 'Book a screening call with Tariq',
    dueInHours: 1,
    about: { candidate: 'tariq' },
  },
  {
    assignee: 1,
    title: 'Call Kenji before the Fernway offer expires',
    dueInHours: 3,
    about: { application: ['kenji', 'sw-frontend-seattle'] },
  },
  {
    assignee: 1,
    title: 'Confirm Mateo’s first shift with the Tallgrass site lead',
    dueInHours: 20,
    about: { application: [mateo, 'log-peak-picker-chicago'] },
  },
  {
    assignee: 1,
    title: 'Send Tallgrass two more night-shift profiles',
    details: 'Ask at the Tuesday walk-ins; Darnell may know people from his crew.',
    dueInHours: 100,
    about: { opening: 'log-warehouse-atlanta' },
  },
  {
    assignee: 2,
    title: 'Go through the Brightpath offer with Hannah',
    dueInHours: -2,
    about: { application: [hannah, 'edu-esl-online'] },
  },
  {
    assignee: 2,
    title: 'Ask Zoe to send her portfolio again',
    dueInHours: 4,
    about: { candidate: 'zoe' },
  },
  {
    assignee: 2,
    title: 'Ask Copperleaf whether Gloria can have alternate weekends',
    dueInHours: 30,
    about: { application: ['gloria', 'hosp-housekeeping-austin'] },
  },
  {
    assignee: 2,
    title: 'Follow up with Maria on her curriculum sample',
    dueInHours: 52,
    about: { application: ['maria', 'edu-curriculum-writer-uk'] },
  },
  {
    assignee: 2,
    title: 'Plan the spring banquet hiring day with Copperleaf',
    dueInHours: 150,
    about: { company: 'copperleaf' },
  },
];
