import type { FormatSurprise } from '../../../../shared/debriefs.ts';
import type { Field } from '../../../../shared/vocabulary.ts';
import { CUSTOMER_SERVICE } from './debriefs-service.ts';
import type { PlaceKey } from './places.ts';

// The words behind the demo's interview debriefs: people the agency sent to earlier rounds of
// hiring in two fields, over the last six months, and what they reported afterwards. The
// structure (who sat when, which question or skill came up in which interview) is decided in
// debrief-plan.ts from the rates here, so a few questions and skills rise in the last 13 weeks
// and one skill falls; the sentences are written out, in candidates' own short style.

/** Someone the agency sent to one earlier interview: [name, mailbox, place, headline, years, skills]. */
export type PastPerson = readonly [
  name: string,
  mailbox: string,
  place: PlaceKey,
  headline: string,
  years: number,
  skills: readonly string[],
];

/** An item asked about in a share of the interviews of each period (0 to 1). */
export interface Rated<T extends string = string> {
  /** A bank question key, a question written out in full, a skill name or a format surprise. */
  item: T;
  recent: number;
  previous: number;
}

/** An earlier round of hiring for the same role as a current opening, posted `daysAgo`. */
export interface PastRound {
  /** The current opening it repeats (OpeningSeed key), for title, company and description. */
  like: string;
  daysAgo: number;
  status: 'filled' | 'closed';
}

export interface FieldDebriefs {
  field: Field;
  /** Rounds, oldest first: each interview goes to the latest round posted two weeks before it. */
  rounds: readonly PastRound[];
  /** People interviewed in the last 13 weeks, then those in the 13 before. */
  recent: readonly PastPerson[];
  previous: readonly PastPerson[];
  questions: readonly Rated[];
  skills: readonly Rated[];
  surprises: readonly Rated<FormatSurprise>[];
  /** Notes some people add to a question, by the question's key or text. */
  questionNotes: Readonly<Record<string, readonly string[]>>;
  formatNotes: readonly string[];
  team: readonly string[];
  workplace: readonly string[];
  insider: readonly string[];
  otherRoles: readonly string[];
}

/** New questions people wrote out, which join the bank with the first debrief that names them. */
const SW_PAIRING = 'Pair with us on this bug in our dispatch board: talk us through what you check first.';
const SW_AI_POLICY = 'How would you review a pull request that was mostly written by an AI assistant?';

export const SOFTWARE: FieldDebriefs = {
  field: 'Software',
  rounds: [
    { like: 'sw-frontend-seattle', daysAgo: 200, status: 'filled' },
    { like: 'sw-backend-canada', daysAgo: 110, status: 'filled' },
  ],
  recent: [
    [
      'Noah Fischer',
      'noah.fischer',
      'seattle',
      'Frontend developer, React and TypeScript',
      5,
      ['React', 'TypeScript', 'CSS'],
    ],
    [
      'Leila Haddad',
      'leila.haddad',
      'toronto',
      'Full-stack developer in fintech',
      6,
      ['Node.js', 'PostgreSQL', 'React'],
    ],
    [
      'Sam Okafor',
      'sam.okafor',
      'vancouver',
      'Backend developer, Go and Kubernetes',
      7,
      ['Go', 'Kubernetes', 'Amazon Web Services'],
    ],
    [
      'Ines Moreau',
      'ines.moreau',
      'montreal',
      'Frontend developer with an accessibility focus',
      4,
      ['React', 'Web accessibility', 'HTML'],
    ],
    [
      'Tomasz Nowak',
      'tomasz.nowak',
      'calgary',
      'Platform engineer',
      8,
      ['Terraform', 'Amazon Web Services', 'Docker'],
    ],
    [
      'Grace Liu',
      'grace.liu',
      'seattle',
      'Software engineer, mobile and web',
      3,
      ['React', 'TypeScript', 'Swift'],
    ],
    [
      'Ravi Shah',
      'ravi.shah',
      'toronto',
      'Backend developer, Python and SQL',
      5,
      ['Python', 'SQL', 'Docker'],
    ],
    [
      'Maya Cohen',
      'maya.cohen',
      'ottawa',
      'Junior developer after a bootcamp',
      1,
      ['JavaScript', 'React', 'Git'],
    ],
    [
      'Ethan Walsh',
      'ethan.walsh',
      'anywhere',
      'Senior full-stack developer, remote',
      10,
      ['TypeScript', 'Node.js', 'Software architecture'],
    ],
    [
      'Yuki Tanaka',
      'yuki.tanaka',
      'vancouver',
      'Developer moving from QA to engineering',
      4,
      ['JavaScript', 'Unit testing', 'CI/CD'],
    ],
    [
      'Olu Adeyemi',
      'olu.adeyemi',
      'calgary',
      'Backend engineer, Java and microservices',
      6,
      ['Java', 'Microservices', 'SQL'],
    ],
  ],
  previous: [
    [
      'Clara Jensen',
      'clara.jensen',
      'seattle',
      'Frontend developer, Angular and React',
      5,
      ['Angular', 'TypeScript', 'CSS'],
    ],
    [
      'Marco Bianchi',
      'marco.bianchi',
      'toronto',
      'PHP developer moving to TypeScript',
      7,
      ['JavaScript', 'SQL', 'HTML'],
    ],
    [
      'Aisha Karim',
      'aisha.karim',
      'ottawa',
      'Full-stack developer, small agencies',
      4,
      ['React', 'Node.js', 'CSS'],
    ],
    ['Ben Carter', 'ben.carter', 'denver', 'Web developer, e-commerce', 6, ['JavaScript', 'HTML', 'CSS']],
    [
      'Lucía Romero',
      'lucia.romero',
      'montreal',
      'Backend developer, REST APIs',
      5,
      ['REST APIs', 'PostgreSQL', 'Docker'],
    ],
    [
      'Owen Price',
      'owen.price',
      'vancouver',
      'Frontend developer, design systems',
      8,
      ['React', 'CSS', 'Web accessibility'],
    ],
    ['Hana Sato', 'hana.sato', 'calgary', 'Developer in logistics software', 3, ['TypeScript', 'SQL', 'Git']],
  ],
  questions: [
    { item: 'f-software-design-tradeoffs', recent: 0.75, previous: 0.5 },
    { item: 'f-software-testing-strategy', recent: 0.55, previous: 0.5 },
    { item: 'f-software-ai-assistants', recent: 0.7, previous: 0.15 },
    { item: 'f-software-production-incident', recent: 0.5, previous: 0.45 },
    { item: 'f-software-code-review-disagreement', recent: 0.2, previous: 0.35 },
    { item: 'g-mot-why-this-employer', recent: 0.5, previous: 0.5 },
    { item: 'f-software-explain-web-request', recent: 0.1, previous: 0.5 },
    { item: SW_PAIRING, recent: 0.5, previous: 0 },
    { item: SW_AI_POLICY, recent: 0.2, previous: 0 },
  ],
  skills: [
    { item: 'TypeScript', recent: 0.8, previous: 0.7 },
    { item: 'React', recent: 0.6, previous: 0.7 },
    { item: 'Software architecture', recent: 0.6, previous: 0.2 },
    { item: 'Amazon Web Services', recent: 0.55, previous: 0.3 },
    { item: 'SQL', recent: 0.5, previous: 0.5 },
    { item: 'Docker', recent: 0.3, previous: 0.2 },
    { item: 'CSS', recent: 0.2, previous: 0.7 },
    { item: 'Web accessibility', recent: 0.2, previous: 0.15 },
  ],
  surprises: [
    { item: 'technical-test', recent: 0.45, previous: 0.3 },
    { item: 'more-rounds', recent: 0.3, previous: 0.15 },
    { item: 'panel', recent: 0.15, previous: 0.15 },
    { item: 'presentation', recent: 0.1, previous: 0 },
  ],
  questionNotes: {
    'f-software-design-tradeoffs': [
      'They kept asking "and what would you do differently now?" Have a second answer ready.',
      'I used our move from polling to websockets. They wanted numbers, not just the story.',
      'Went twenty minutes. They drew my design on the whiteboard as I talked.',
    ],
    'f-software-ai-assistants': [
      'They use Copilot on the team and wanted to know how I check its output, not whether I use it.',
      'Honest answer went down well: I use it for tests and boilerplate, not for anything with money in it.',
    ],
    'f-software-testing-strategy': ['They care a lot about end-to-end tests on the dispatch board.'],
    'f-software-production-incident': [
      'Asked it as a scenario: the map stops updating at 7am on a Monday. Start with who is affected.',
    ],
    [SW_PAIRING]: [
      'Real bug from their backlog, shared screen, 40 minutes. Nobody expected me to fix it.',
      'Talk out loud the whole time. They said afterwards that was what they were looking for.',
    ],
  },
  formatNotes: [
    'The take-home was "about two hours" and honestly took me four.',
    'Three rounds were announced; a fourth with the VP was added at the end.',
    'Live coding in their own repo, not a puzzle. I liked that.',
    'Panel of three: an engineer, a product manager and the team lead.',
  ],
  team: [
    'Six engineers, two of them new this year. The lead has been there since the start.',
    'Small team that owns the dispatch board end to end, including on-call.',
    'They pair a lot. Two people said they had not written code alone in weeks.',
    'Team of four plus a designer who sits in on planning.',
    'The manager was clearly stretched; she joined late and apologised twice.',
  ],
  workplace: [
    'Hybrid, Tuesday and Thursday in the office. The office was quiet on a Monday.',
    'Remote-first, but they fly everyone out twice a year.',
    'Open-plan but with plenty of phone booths. Free lunch on office days.',
    'Laptops are Macs; they let you pick your own keyboard and screen.',
  ],
  insider: [
    'They are moving the backend off a monolith this year, so system design questions are not going away.',
    'A reorg in the spring; two teams merged. People were open about it.',
    'On-call is one week in six and paid extra, which they brought up themselves.',
    'Salary band was confirmed as the posted one, no negotiation on the base.',
  ],
  otherRoles: [
    'They mentioned a data engineering role opening in the autumn.',
    'Asked if I would consider the mobile team instead; they are short of people there.',
    'A QA automation role is coming, possibly for someone more junior.',
  ],
};

export const DEBRIEF_FIELDS: readonly FieldDebriefs[] = [SOFTWARE, CUSTOMER_SERVICE];

/** Everyone sent to an earlier round: one candidate record, application and interview each. */
export const DEBRIEF_PEOPLE = DEBRIEF_FIELDS.reduce((n, f) => n + f.recent.length + f.previous.length, 0);

/**
 * Demo seekers' profiles, filled in so "My insight" has gaps to show: each lacks a couple of
 * the skills their field asks about most (Jordan: Software architecture, Amazon Web Services,
 * SQL; Siobhan: Live chat support, Zendesk, De-escalation). Both applied where most of their
 * field's interviews were (Fernway, Bluefinch).
 */
export const PROFILES: readonly { mailbox: string; field: Field; skills: readonly string[] }[] = [
  {
    mailbox: 'jordan.lee',
    field: 'Software',
    skills: ['React', 'TypeScript', 'JavaScript', 'Web accessibility', 'CSS', 'Git'],
  },
  {
    mailbox: 'siobhan.byrne',
    field: 'Customer service',
    skills: [
      'Customer service',
      'Leadership',
      'Coaching and mentoring',
      'Call handling',
      'Complaint handling',
    ],
  },
];
