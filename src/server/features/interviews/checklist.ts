import type { InterviewFormat } from '../../../shared/interviews.ts';

// Preparation checklists, tailored by format. The items are data: a stable key (stored when a
// candidate ticks it, so never rename one), the words the candidate reads, and a short hint on
// why or how. The table is in the order a person would work through it, from research to the
// day itself, and every checklist keeps that order.

/** Whether the candidate travels to the interview or takes it from home. */
export type Place = 'in-person' | 'remote';

export interface ChecklistItem {
  key: string;
  label: string;
  hint: string;
}

type AppliesTo = 'all' | { formats?: readonly InterviewFormat[]; place?: Place };

interface Entry extends ChecklistItem {
  appliesTo: AppliesTo;
}

/**
 * Where each format happens. Written tests and assessments can be either (a test centre or an
 * online link); the caller says which, and by default we assume the person travels, since a
 * route planned for nothing costs less than a missed bus.
 */
const FIXED_PLACE: Partial<Record<InterviewFormat, Place>> = {
  phone: 'remote',
  video: 'remote',
  'on-site': 'in-person',
  panel: 'in-person',
  group: 'in-person',
};

const ENTRIES: readonly Entry[] = [
  {
    key: 'read-instructions',
    label: 'Read the instructions from your recruiter',
    hint: 'They say what to bring, who to ask for and anything the employer asked us to pass on.',
    appliesTo: 'all',
  },
  {
    key: 'research-company',
    label: 'Research the company and its other openings',
    hint: 'Read their website and recent news, and look at their other openings: you may spot a role that suits you even better.',
    appliesTo: 'all',
  },
  {
    key: 'reread-job',
    label: 'Re-read the job description',
    hint: 'Note the three things they ask for most, and one example of each from your own work.',
    appliesTo: 'all',
  },
  {
    key: 'assessment-what-to-expect',
    label: 'Find out what the assessment involves',
    hint: 'Ask your recruiter whether it is a skills test, a case study, a personality questionnaire or a work trial, and how long it lasts.',
    appliesTo: { formats: ['assessment'] },
  },
  {
    key: 'assessment-practice',
    label: 'Try a practice exercise of the same kind',
    hint: 'Free sample tests (numbers, reasoning, a sample task from the trade) make the real one feel familiar.',
    appliesTo: { formats: ['assessment'] },
  },
  {
    key: 'check-allowed-materials',
    label: 'Check what you may bring and use',
    hint: 'Ask whether calculators, notes, a dictionary or the internet are allowed, and whether you need ID or a pen.',
    appliesTo: { formats: ['written-test', 'assessment'] },
  },
  {
    key: 'practise-timed-writing',
    label: 'Practise writing against the clock',
    hint: 'Answer one or two practice questions in the time the test allows, by hand or on screen as the test will be.',
    appliesTo: { formats: ['written-test'] },
  },
  {
    key: 'plan-time-per-question',
    label: 'Plan your time per question',
    hint: 'Divide the time by the number of questions, keep five minutes to read your answers through, and move on when a question’s time is up.',
    appliesTo: { formats: ['written-test'] },
  },
  {
    key: 'group-introduction',
    label: 'Prepare a 30-second introduction',
    hint: 'Your name, what you do now and why this job: short enough to say calmly while everyone listens.',
    appliesTo: { formats: ['group'] },
  },
  {
    key: 'group-listening',
    label: 'Practise listening and building on others’ points',
    hint: 'Use the person’s name, sum up their point, then add yours: assessors watch for people who make the group better.',
    appliesTo: { formats: ['group'] },
  },
  {
    key: 'group-contribute',
    label: 'Plan how to contribute without dominating',
    hint: 'Speak early so you are not left out, offer to keep time or take notes, and invite quieter people in.',
    appliesTo: { formats: ['group'] },
  },
  {
    key: 'panel-interviewers',
    label: 'Learn who is on the panel',
    hint: 'Note each interviewer’s name and role; answer the person who asked, and look at the others too.',
    appliesTo: { formats: ['panel'] },
  },
  {
    key: 'likely-questions',
    label: 'Prepare answers to likely questions',
    hint: 'Write short answers to “tell me about yourself”, “why this job” and a time something went wrong, then say them out loud once.',
    appliesTo: 'all',
  },
  {
    key: 'questions-to-ask',
    label: 'Prepare questions to ask',
    hint: 'Two or three questions about the work, the team and what a good first month looks like show you are serious.',
    appliesTo: 'all',
  },
  {
    key: 'what-to-wear',
    label: 'Choose what to wear',
    hint: 'A step smarter than the team wears day to day; lay it out the night before so the morning is calm.',
    appliesTo: { formats: ['video', 'on-site', 'panel', 'group', 'written-test', 'assessment'] },
  },
  {
    key: 'plan-route',
    label: 'Plan the route and the time to leave',
    hint: 'Check the address and how long the trip takes at that hour, then leave so you arrive 10 minutes early.',
    appliesTo: { place: 'in-person' },
  },
  {
    key: 'test-video',
    label: 'Test the video link, camera and microphone',
    hint: 'Open the link a day ahead on the device you will use, check that they see and hear you, and install anything it asks for.',
    appliesTo: { formats: ['video'] },
  },
  {
    key: 'prepare-room',
    label: 'Get the room ready',
    hint: 'A quiet room, light in front of you rather than behind, a tidy background, and notifications turned off.',
    appliesTo: { formats: ['video'] },
  },
  {
    key: 'charge-phone',
    label: 'Charge your phone and find a quiet place',
    hint: 'A full battery, good signal, somewhere quiet to talk, and the job description and a pen in front of you.',
    appliesTo: { formats: ['phone'] },
  },
  {
    key: 'remote-test-setup',
    label: 'Check your computer, connection and the test link',
    hint: 'Open the link a day ahead, charge the computer, close other programs and make sure no one will interrupt you.',
    appliesTo: { formats: ['written-test', 'assessment'], place: 'remote' },
  },
];

/** Every key any checklist can hold, so an API can refuse a tick for an item that does not exist. */
export const CHECKLIST_KEYS: readonly string[] = ENTRIES.map((e) => e.key);

function placeOf(format: InterviewFormat, place: Place | undefined): Place {
  return FIXED_PLACE[format] ?? place ?? 'in-person';
}

function applies(entry: Entry, format: InterviewFormat, place: Place): boolean {
  if (entry.appliesTo === 'all') return true;
  const { formats, place: wants } = entry.appliesTo;
  return (!formats || formats.includes(format)) && (!wants || wants === place);
}

/**
 * The checklist for an interview, in the order to work through it. `place` matters only for
 * written tests and assessments, which may be taken at a test centre or online.
 */
export function checklistFor(format: InterviewFormat, place?: Place): ChecklistItem[] {
  const where = placeOf(format, place);
  return ENTRIES.filter((e) => applies(e, format, where)).map(({ key, label, hint }) => ({
    key,
    label,
    hint,
  }));
}

export interface Progress {
  done: number;
  total: number;
  /** Whole percent, rounded down so 100 means everything is ticked. */
  percent: number;
  /** The first item not yet ticked, or null when all are. */
  next: ChecklistItem | null;
}

/** How far a candidate is; ticks for keys not on this checklist (or ticked twice) are ignored. */
export function progress(items: readonly ChecklistItem[], tickedKeys: Iterable<string>): Progress {
  const ticked = new Set(tickedKeys);
  const done = items.filter((i) => ticked.has(i.key)).length;
  const total = items.length;
  return {
    done,
    total,
    percent: total === 0 ? 0 : Math.floor((done * 100) / total),
    next: items.find((i) => !ticked.has(i.key)) ?? null,
  };
}
