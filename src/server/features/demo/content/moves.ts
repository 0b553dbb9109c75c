import { demoEmail } from '../people.ts';
import type { Outcome, ProgressSeed } from './types.ts';

/**
 * What a recruiter writes when moving a card into each stage. `{first}` is the candidate's
 * first name and `{company}` the client's name; several wordings per stage so sixty cards do
 * not repeat one line.
 */
export const MOVE_NOTES: Record<Outcome, readonly string[]> = {
  screening: [
    'Good first call: {first} is keen and the pay range works.',
    'Screening call booked; {first} asked for details on the team.',
    'Strong match on paper. Checking availability and right to work.',
    'Spoke for twenty minutes; {first} wants to hear more about {company}.',
    'Asked for two references before we send the profile.',
  ],
  submitted: [
    'Profile sent to the hiring manager at {company}.',
    'Sent to {company} with a short note on why {first} fits.',
    'Submitted; {company} promised an answer by Friday.',
    'Resume and summary sent. The hiring manager is travelling this week.',
  ],
  interviewing: [
    'First interview booked with the team lead.',
    '{company} wants a video call next week.',
    'Through the first round; panel interview next.',
    'Interview confirmed and prep notes sent to {first}.',
  ],
  offer: [
    'Verbal offer at the top of the range; {first} is thinking it over.',
    'Offer letter sent; start date under discussion.',
    '{company} made an offer. Negotiating an earlier start.',
  ],
  placed: [
    'Offer accepted! Start date confirmed with {company}.',
    'Signed. References and checks all cleared.',
    '{first} starts in two weeks. Invoice goes out on day one.',
  ],
  rejected: [
    '{company} went with someone with more hands-on experience.',
    '{company} felt the salary expectations were too far apart.',
    '{company} passed after the resume review; they want someone already local.',
  ],
  withdrawn: [
    '{first} accepted a counter-offer from their current employer.',
    '{first} withdrew: the commute would be too long.',
  ],
  'not-selected': [
    'Strong interview, but {company} chose an internal candidate.',
    'A close second; {company} will keep {first} in mind.',
    'Not selected after the final panel. Feedback passed on to {first}.',
  ],
  'no-response': [
    'No answer from {company} after three follow-ups; closing.',
    '{company} went quiet and the role may be paused. Closing for now.',
  ],
};

/**
 * Board applications the recruiters have moved on, so the demo seekers see progress (and one
 * "not going ahead") in their portal. The rest stay in Applied.
 */
export const PROGRESS: readonly ProgressSeed[] = [
  {
    seeker: demoEmail('amara.nwosu'),
    opening: 'hc-rn-toronto',
    path: ['screening', 'submitted', 'interviewing'],
  },
  {
    seeker: demoEmail('mateo.garcia'),
    opening: 'log-peak-picker-chicago',
    path: ['screening', 'submitted', 'interviewing', 'offer', 'placed'],
  },
  {
    seeker: demoEmail('hannah.schmidt'),
    opening: 'edu-esl-online',
    path: ['screening', 'submitted', 'interviewing', 'offer'],
  },
  {
    seeker: demoEmail('arjun.mehta'),
    opening: 'fin-staff-accountant-chicago',
    path: ['screening', 'submitted', 'interviewing'],
  },
  { seeker: demoEmail('arjun.mehta'), opening: 'fin-fpa-analyst-atlanta', path: ['screening', 'rejected'] },
  { seeker: demoEmail('jordan.lee'), opening: 'sw-frontend-seattle', path: ['screening', 'submitted'] },
  {
    seeker: demoEmail('siobhan.byrne'),
    opening: 'cs-team-lead-manchester',
    path: ['screening', 'submitted'],
  },
  { seeker: demoEmail('chloe.gagnon'), opening: 'mkt-content-montreal', path: ['screening'] },
];
