import type { InterviewFormat } from '../../../shared/interviews.ts';
import { MIN_CONTRIBUTORS } from '../insights/index.ts';

// "Before you cancel": what a candidate stands to gain by going, shown when they start to
// cancel. The agency's view is that an interview is worth taking even when unsure: the job may
// be better than its description, the company may have a better-suited opening, it is practice,
// and it shows what employers ask for now. Each reason is made concrete from facts the API
// passes in; this file only chooses and words them.

/** The privacy rule of insight: no figure from debriefs below this many different people. */
export const MIN_PEOPLE_FOR_FIGURES = MIN_CONTRIBUTORS;

/** How many other openings are named in the sentence; all of them are still linked. */
const NAMED_OPENINGS = 3;

export interface ReasonsInput {
  /** Other openings at the same company that are open now, this one left out. */
  otherOpenOpeningsAtCompany: ReadonlyArray<{ title: string; slug: string }>;
  /** From debriefs: the share (0 to 1) of `people` who found the job better than expected. */
  betterThanExpected: { share: number; people: number } | null;
  format: InterviewFormat;
  /** Whole days from today to the interview in the candidate's zone; 0 means today. */
  daysUntil: number;
}

export interface ReasonLink {
  label: string;
  href: string;
}

export interface Reason {
  key: 'better-than-described' | 'other-openings' | 'practice' | 'what-employers-ask' | 'reschedule';
  headline: string;
  detail: string;
  /** The one place to go from this reason, when there is one (a single other opening). */
  link?: ReasonLink;
  /** For "other-openings": every opening, to link from a list. */
  openings?: ReasonLink[];
}

/** The reasons to keep the interview, most persuasive first, ending with the offer to move it. */
export function reasonsToGo(input: ReasonsInput): Reason[] {
  const reasons: Reason[] = [betterThanDescribed(input.betterThanExpected)];
  const others = otherOpenings(input.otherOpenOpeningsAtCompany);
  if (others) reasons.push(others);
  reasons.push(practice(input.format), whatEmployersAsk(), reschedule(input.daysUntil));
  return reasons;
}

/**
 * "N of M people…" only when enough people took part for privacy, and at least one of them
 * found it better: "0 of 6" is true but is no reason to go, so the general line stands instead.
 */
function betterThanDescribed(stats: ReasonsInput['betterThanExpected']): Reason {
  const people = stats ? Math.floor(stats.people) : 0;
  const share = stats && Number.isFinite(stats.share) ? Math.min(1, Math.max(0, stats.share)) : 0;
  const found = Math.round(share * people);
  if (people >= MIN_PEOPLE_FOR_FIGURES && found >= 1)
    return {
      key: 'better-than-described',
      headline: 'People who went found more than they expected',
      detail: `${found} of ${people} people who interviewed there found the job better than they expected. You could be one of them.`,
    };
  return {
    key: 'better-than-described',
    headline: 'The job may be better than its description',
    detail:
      'A job description is a few hundred words, often written in a hurry. The people, the team and the work itself are often better than the page suggests, and the only way to find out is to go.',
  };
}

function otherOpenings(openings: ReasonsInput['otherOpenOpeningsAtCompany']): Reason | null {
  if (openings.length === 0) return null;
  const titles = openings.slice(0, NAMED_OPENINGS).map((o) => o.title);
  const rest = openings.length - titles.length;
  const named = rest > 0 ? `${titles.join(', ')} and ${rest} more` : listInWords(titles);
  const one = openings.length === 1;
  const links = openings.map((o) => ({ label: o.title, href: `/jobs/${encodeURIComponent(o.slug)}` }));
  return {
    key: 'other-openings',
    headline: one ? 'They have another opening too' : `They have ${openings.length} other openings too`,
    detail: `This company is also hiring for ${named}. Meeting the people who hire is the best way in, even if a different role suits you better, and you can ask about ${one ? 'it' : 'them'} while you are there.`,
    openings: links,
    ...(one ? { link: links[0] } : {}),
  };
}

function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const PRACTICE_BY_FORMAT: Partial<Record<InterviewFormat, string>> = {
  group:
    'Group interviews are hard to practise anywhere else. One real session teaches you how to be heard without talking over anyone.',
  panel:
    'Answering several people at once is a skill of its own, and it gets much easier after the first time.',
  'written-test':
    'Timed tests get easier with every one you sit: you learn to pace yourself and to keep calm when the clock is running.',
  assessment:
    'Assessments follow patterns. Once you have done one, the next feels familiar instead of strange.',
};

function practice(format: InterviewFormat): Reason {
  return {
    key: 'practice',
    headline: 'It is practice for the interviews that matter most',
    detail:
      PRACTICE_BY_FORMAT[format] ??
      'Every interview makes the next one easier. When the job you want most comes along, you will answer more calmly for having done this one.',
  };
}

function whatEmployersAsk(): Reason {
  return {
    key: 'what-employers-ask',
    headline: 'You will hear what employers ask for right now',
    detail:
      'The questions they ask show what employers in your field want today. Note them down afterwards in your debrief: they help you, and the next person, prepare.',
  };
}

function reschedule(daysUntil: number): Reason {
  const days = Math.max(0, Math.floor(daysUntil));
  const when =
    days === 0
      ? 'Even on the day, asking to move it is far better than missing it.'
      : days === 1
        ? 'It is tomorrow, and there is still time to ask for another slot.'
        : `There are ${days} days to go, plenty of time to find another slot.`;
  return {
    key: 'reschedule',
    headline: 'You can ask for another time instead',
    detail: `${when} If the time is the problem, move the interview rather than cancel it: your recruiter will arrange it with the employer.`,
  };
}
