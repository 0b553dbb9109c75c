// Pure logic that turns the hand-written seed data into API request bodies: job descriptions
// assembled from building blocks, salaries in minor units and posting dates. No I/O here, so
// the demo test can check it without a server.
import type { OpeningInput } from '../../../shared/openings.ts';
import { type EmploymentType, ZERO_DECIMAL_CURRENCIES } from '../../../shared/vocabulary.ts';
import { NICE_TO_HAVE } from './content/fields.ts';
import { PLACES } from './content/places.ts';
import type { CompanySeed, OpeningSeed } from './content/types.ts';

export type Random = () => number;

/** mulberry32: a tiny seeded PRNG, so the demo comes out the same on every run. */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const below = (rng: Random, n: number) => Math.floor(rng() * n);

function pick<T>(rng: Random, items: readonly T[]): T {
  const item = items[below(rng, items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/** `n` distinct items in random order (a partial Fisher–Yates shuffle). */
export function sample<T>(rng: Random, items: readonly T[], n: number): T[] {
  const copy = [...items];
  for (let i = 0; i < Math.min(n, copy.length); i++) {
    const j = i + below(rng, copy.length - i);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy.slice(0, n);
}

// Several wordings per heading, so sixty descriptions do not read like one form filled in.
const HEADINGS = {
  duties: ['What you will do', 'The work', 'Day to day', 'What the job involves', 'Your week will include'],
  bring: ['What you bring', 'About you', 'What we are looking for', 'You will need'],
  nice: ['Nice to have', 'Bonus points', 'It helps if you have', 'Not required, but welcome'],
  benefits: ['Benefits', 'What you get', 'Pay and perks', 'What we offer'],
} as const;

function closings(agency: string, company: string): readonly string[] {
  return [
    `${agency} represents ${company} for this role. Apply with a short note about why it interests you: a recruiter reads every application and replies within two business days.`,
    'You do not need to match every point above. If most of it describes you, we would like to hear from you.',
    'Not sure you are ready? Apply anyway and tell us what you would want to learn. Even if this role is not the one, a conversation with our recruiters often leads to the right one.',
    `Interviews are arranged by ${agency}: usually one video call, then a meeting with the team at ${company}. We tell you what to expect before each one and ask how it went afterwards.`,
  ];
}

const ACCOMMODATION =
  'We welcome applications from people of every background. Tell us in your application if you need an accommodation at any stage of the process.';

function employmentNotes(agency: string): Record<EmploymentType, readonly string[]> {
  return {
    'full-time': ['A permanent position with a three-month welcome period', 'A permanent, full-time role'],
    'part-time': [
      'Part-time hours that stay predictable: schedules are posted two weeks ahead',
      'Part-time, with the option to pick up extra hours when you want them',
    ],
    contract: [
      `A fixed-term contract through ${agency}, with weekly timesheets and pay every two weeks`,
      'A fixed-term contract with a real chance of extension',
    ],
    temporary: [
      `Paid weekly by ${agency} for the length of the assignment`,
      'A temporary assignment, with permanent roles often offered to people who shine',
    ],
    internship: [
      'A paid internship with a named mentor and a review at the halfway point',
      'A paid internship, and a reference letter at the end',
    ],
  };
}

const bullets = (items: readonly string[]) => items.map((i) => `- ${i}`).join('\n');

/**
 * A Markdown job description built from the opening's own paragraphs and lists, its field's
 * nice-to-haves and its company's pitch and benefits, in one of three layouts.
 */
export function describeOpening(o: OpeningSeed, company: CompanySeed, agency: string, rng: Random): string {
  const heading = (k: keyof typeof HEADINGS) => `## ${pick(rng, HEADINGS[k])}`;
  const nice = sample(rng, NICE_TO_HAVE[o.field], 2);
  const perks = [
    ...sample(rng, company.benefits, 3 + below(rng, 2)),
    pick(rng, employmentNotes(agency)[o.employment]),
  ];
  const aboutCompany = [`## About ${company.name}`, company.pitch];
  // The opening's own paragraph always comes first: the job board shows its start as the summary.
  const layout = below(rng, 3);
  const parts: string[] = [o.about];
  if (layout === 1) parts.push(...aboutCompany);
  if (layout === 2) parts.push(company.pitch);
  parts.push(heading('duties'), bullets(o.duties), heading('bring'), bullets(o.bring));
  if (layout === 2) parts.push(`**${pick(rng, HEADINGS.nice)}:** ${nice.join('. ')}.`);
  else parts.push(heading('nice'), bullets(nice));
  if (layout === 0) parts.push(...aboutCompany);
  parts.push(heading('benefits'), bullets(perks), pick(rng, closings(agency, company.name)));
  if (rng() < 0.4) parts.push(`*${ACCOMMODATION}*`);
  return parts.join('\n\n');
}

/** Whole currency units to integer minor units (cents, pence). */
export function toMinor(amount: number | null, currency: string): number | null {
  if (amount === null) return null;
  return Math.round(amount * (ZERO_DECIMAL_CURRENCIES.includes(currency) ? 1 : 100));
}

const DAY = 24 * 60 * 60 * 1000;

export interface Dates {
  postedAt: string | null;
  validThrough: string | null;
}

/**
 * Posting dates relative to `now`, so the demo always looks current: `daysAgo` spreads openings
 * over the last 60 days; about a third of open ones get an application deadline in the future.
 */
export function datesFor(o: OpeningSeed, daysAgo: number, now: number, rng: Random): Dates {
  const status = o.status ?? 'open';
  if (status === 'draft') return { postedAt: null, validThrough: null };
  const posted = new Date(now - daysAgo * DAY - below(rng, 8 * 60) * 60_000);
  const deadline =
    status === 'open' && rng() < 0.35
      ? `${new Date(now + (10 + below(rng, 40)) * DAY).toISOString().slice(0, 10)}T23:59:59Z`
      : null;
  return { postedAt: posted.toISOString(), validThrough: deadline };
}

/** The body of POST /api/v1/openings for one seed opening. */
export function openingBody(
  o: OpeningSeed,
  companyId: number,
  description: string,
  dates: Dates,
): OpeningInput {
  const place = PLACES[o.place];
  return {
    companyId,
    ownerId: null,
    title: o.title,
    field: o.field,
    description,
    city: place.city,
    region: place.region,
    country: place.country,
    workplaceType: o.workplace,
    employmentType: o.employment,
    salary: o.pay
      ? {
          min: toMinor(o.pay[0], place.currency),
          max: toMinor(o.pay[1], place.currency),
          currency: place.currency,
          period: o.pay[2],
        }
      : null,
    positions: o.positions ?? 1,
    status: o.status ?? 'open',
    postedAt: dates.postedAt,
    validThrough: dates.validThrough,
    hiringContactId: null,
    skills: [],
  };
}
