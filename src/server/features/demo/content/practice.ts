import type { Star } from '../../../../shared/practice-api.ts';
import type { Field } from '../../../../shared/vocabulary.ts';
import { demoEmail } from '../people.ts';

// What the demo's job seekers wrote while preparing: prepared answers, stories, writing tests,
// a mock interview their recruiter ran and a group exercise. Questions, writing prompts and
// group exercises are named by the keys they ship with (src/server/features/practice/content).

export interface DemoAnswer {
  question: string;
  /** Free text; ignored when `star` is set. */
  body?: string;
  star?: Star;
  shared: boolean;
  /** An earlier draft, saved first, so the answer shows one version. */
  earlier?: string;
  daysAgo: number;
}

export interface DemoStory {
  title: string;
  body: string;
  skills: readonly string[];
  questions: readonly string[];
  daysAgo: number;
}

export interface DemoPractice {
  seeker: string;
  /** The field practised in "field" sessions. */
  field: Field;
  /** Days ago of each practice session, oldest first; the last one is left half done. */
  sessions: readonly number[];
  answers: readonly DemoAnswer[];
  stories: readonly DemoStory[];
}

export const PRACTICE: readonly DemoPractice[] = [
  {
    seeker: demoEmail('jordan.lee'),
    field: 'Software',
    sessions: [52, 49, 45, 42, 38, 35, 31, 27, 24, 20, 16, 13, 9, 6, 3, 1],
    answers: [
      {
        question: 'g-beh-disagreed-with-colleague',
        star: {
          situation:
            'On the scheduling app, a backend colleague wanted to ship a new booking endpoint that returned every appointment for a clinic at once.',
          task: 'I owned the calendar screen, and our larger clinics had over 20,000 appointments, so I needed us to agree on something that would not freeze their browsers.',
          action:
            'Instead of arguing in the pull request, I recorded the calendar loading a copy of a large clinic and shared the numbers. We sat down for half an hour and agreed on paging by week, and I wrote the client side that afternoon.',
          result:
            'The screen loaded in under a second for the biggest clinic, and we now agree API shapes with a short sketch before either of us starts coding.',
        },
        shared: true,
        daysAgo: 30,
      },
      {
        question: 'g-car-tell-me-about-yourself',
        earlier:
          'I am a front-end developer with four years of experience. I know React, TypeScript and React Native. I worked at a veterinary software company and I am looking for a new challenge.',
        body: 'I am a front-end developer who likes making busy screens calm. For four years I have built a React scheduling tool used by veterinary clinics: a calendar that receptionists keep open all day. The work I am proudest of is making it fully usable from the keyboard after a customer who uses a screen reader wrote to us. I also shipped offline sync for our React Native inspection app. I am looking for a team where the front end is taken seriously, and your dispatch board sounds like exactly that kind of problem.',
        shared: true,
        daysAgo: 8,
      },
      {
        question: 'g-sw-greatest-weakness',
        body: 'I used to say yes to every small request from support, and my own planned work slipped. Now I keep a visible list of what I have promised, batch small fixes into one afternoon a week, and tell people honestly when something will have to wait.',
        shared: false,
        daysAgo: 15,
      },
      {
        question: 'g-sal-notice-period',
        body: 'My notice period is three weeks. I would like to hand over the offline sync work properly, so a start date four weeks after an offer would suit me best, but I can be flexible.',
        shared: false,
        daysAgo: 4,
      },
    ],
    stories: [
      {
        title: 'Making the calendar work from the keyboard',
        body: 'A receptionist who uses a screen reader wrote in to say she could not move appointments. I asked to spend two sprints on it, worked through the calendar with her on a video call, added keyboard moves and announcements, and we now test every release with a screen reader. Three clinics mentioned it when they renewed.',
        skills: ['Accessibility', 'React', 'Customer service'],
        questions: ['g-beh-took-initiative', 'g-beh-beyond-expected', 'g-car-proudest-achievement'],
        daysAgo: 33,
      },
      {
        title: 'The offline sync that lost inspections',
        body: 'Our first offline sync release overwrote inspections made on two devices at once, and an inspector lost a morning of work. I owned up in the incident review, wrote conflict rules with the inspectors, and added tests on a throttled network. No data has been lost since.',
        skills: ['React Native', 'Problem solving', 'Testing'],
        questions: ['g-beh-failure', 'g-beh-mistake-put-right', 'g-beh-solved-a-stubborn-problem'],
        daysAgo: 26,
      },
    ],
  },
  {
    seeker: demoEmail('amara.nwosu'),
    field: 'Healthcare',
    sessions: [44, 40, 33, 29, 22, 18, 11, 7, 2],
    answers: [
      {
        question: 'g-beh-difficult-customer',
        body: 'A patient at our diabetes clinic was shouting at the front desk because his appointment had been moved twice. I took him to a quiet room, listened until he had finished, and found that he had lost a day of pay each time. I got him seen that morning by the nurse on call and asked our booking team to flag patients who cannot easily take time off. He still comes to the clinic and asks for me.',
        shared: true,
        daysAgo: 12,
      },
      {
        question: 'g-mot-why-this-job',
        body: 'I love primary care because I see the same people get better over months. Your clinic runs evening diabetes clinics for people who work shifts, which is the group I have spent three years with, and I would like to keep doing that work in a team that plans around patients.',
        shared: false,
        daysAgo: 5,
      },
    ],
    stories: [
      {
        title: 'Wound-care clinic waiting list',
        body: 'Our wound-care clinic had a six-week wait. I proposed a nurse-led triage call for new referrals, trained two colleagues on it and tracked healing times. The wait fell to two weeks in three months.',
        skills: ['Wound care', 'Process improvement', 'Teamwork'],
        questions: ['g-beh-improved-a-process', 'g-beh-took-initiative'],
        daysAgo: 20,
      },
    ],
  },
  {
    seeker: demoEmail('mateo.garcia'),
    field: 'Logistics',
    sessions: [19, 12, 5],
    answers: [],
    stories: [],
  },
];

/** A writing test handed in; with `feedback`, the recruiter has read it. */
export interface DemoWriting {
  seeker: string;
  prompt: string;
  daysAgo: number;
  /** Minutes taken, within the prompt's time. */
  minutes: number;
  body: string;
  feedback?: string;
}

export const WRITING: readonly DemoWriting[] = [
  {
    seeker: demoEmail('jordan.lee'),
    prompt: 'w-summary-hybrid-work-policy',
    daysAgo: 23,
    minutes: 21,
    body: 'From 1 March, staff in office-based roles will work at least two days a week in the office. Each team picks one fixed anchor day when everyone comes in, and must tell the facilities office which day by 14 February. You choose your second day with your manager. Roles that need someone on site every day, such as reception and the post room, are not covered and keep their local arrangements.\n\nIf you work from home, you must complete the home-workstation check once a year and keep confidential papers secure. You can borrow a monitor, keyboard and chair. Working from another country needs written approval first.\n\nThe 20 monthly home-working allowance ends in February. If that causes you hardship, speak to Human Resources in confidence. The policy will be reviewed after six months.',
    feedback:
      'A clear, well-ordered summary in plain words, and you kept the dates people must act on. Two things to tighten: say who is covered in the first paragraph rather than the third, and drop "such as reception and the post room" to stay nearer the lower word limit. Good work under time.',
  },
  {
    seeker: demoEmail('amara.nwosu'),
    prompt: 'w-customer-email-double-charge',
    daysAgo: 3,
    minutes: 18,
    body: 'Dear Danielle,\n\nThank you for writing, and I am sorry. Being overdrawn because of our mistake, and then waiting 40 minutes on the phone, is not the service you should get from us.\n\nHere is what happened: a fault in our payment system charged about 300 members twice this month. The extra 39.99 has already been refunded to your card. Banks take three to five working days to show a refund, so you should see it by Friday at the latest. I cannot make the bank move faster, but I have added one free month to your membership as an apology.\n\nAbout the 15 bank charge: please reply with a copy of the statement showing it, and I will pass it to our finance team today and let you know their answer myself.\n\nYou can reach me directly at this address, so you do not need to wait on the phone again.\n\nKind regards,\nAmara',
  },
];

/** A mock interview a recruiter ran, scored and shared. */
export const MOCK_INTERVIEW = {
  seeker: demoEmail('jordan.lee'),
  title: 'Front-end developer: practice first interview',
  daysAgo: 11,
  answers: [
    {
      question: 'g-car-tell-me-about-yourself',
      scores: { structure: 4, relevance: 4, evidence: 3, delivery: 4 },
      comment: 'Good hook about calm screens. Add one number: how many clinics use the calendar.',
    },
    {
      question: 'g-beh-disagreed-with-colleague',
      scores: { structure: 5, relevance: 4, evidence: 4, delivery: 4 },
      comment: 'Clear STAR shape and a real result. Say how the relationship was afterwards.',
    },
    {
      question: 'g-beh-failure',
      scores: { structure: 3, relevance: 4, evidence: 4, delivery: 2 },
      comment: 'Honest story, but you rushed the ending and apologised twice. Slow down at the result.',
    },
    {
      question: 'g-sw-greatest-weakness',
      scores: { structure: 3, relevance: 3, evidence: 2, delivery: 3 },
      comment: 'Believable weakness; show what changed with an example from the last few months.',
    },
  ],
  feedback:
    'A strong practice interview: your stories are real and specific, and the disagreement answer is ready for the client. Work on delivery when the story is uncomfortable (the offline sync failure): pause, state the result, and stop. For the weakness question, bring one recent example of the new habit working. Book another run-through before the second round if you would like one.',
} as const;

/** A group exercise run with two seekers, closed, with their self-reviews. */
export const GROUP_RUN = {
  exercise: 'x-ranking-stranded-minibus',
  daysAgo: 9,
  reviews: [
    {
      seeker: demoEmail('jordan.lee'),
      selfRating: 3,
      selfReview:
        'I kept us to time and summarised where we had agreed, which helped. I talked over Amara once when she was explaining why we should stay with the bus; next time I will ask quieter people for their view before we vote.',
    },
    {
      seeker: demoEmail('amara.nwosu'),
      selfRating: 4,
      selfReview:
        'I made the case for staying with the bus using the first-aid and cold-weather points, and the group came round to it. I should have volunteered to present our ranking instead of waiting to be asked.',
    },
  ],
} as const;

/** Notes a seeker leaves on a weak answer, picked in turn. */
export const PRACTICE_NOTES = [
  'Lost my thread halfway. Start with the result next time.',
  'Too long: cut the background to two sentences.',
  'Forgot the numbers. Check the story bank before answering.',
  'Could not think of an example in time.',
] as const;
