// Pure logic for the pipeline demo: which stages each submission passes through, what the
// recruiter wrote at each move, and when each step happened. No I/O, so the demo test checks
// the plan (positions, consent, every stage covered) without a server.
import type { CandidateInput } from '../../../shared/candidates.ts';
import { type Random, sample, toMinor } from './compose.ts';
import { COMPANIES } from './content/companies.ts';
import { MOVE_NOTES } from './content/moves.ts';
import { OPENINGS } from './content/openings.ts';
import { PLACES } from './content/places.ts';
import type { CandidateSeed, Outcome, ProgressSeed } from './content/types.ts';
import { demoEmail } from './people.ts';

export const DAY = 24 * 60 * 60 * 1000;

/** The default stage each outcome names, as GET /api/v1/stages lists it. */
export const STAGE_NAMES: Record<Outcome | 'applied', string> = {
  applied: 'Applied',
  screening: 'Screening',
  submitted: 'Submitted to client',
  interviewing: 'Interviewing',
  offer: 'Offer',
  placed: 'Placed',
  rejected: 'Rejected by client',
  withdrawn: 'Withdrawn by candidate',
  'not-selected': 'Not selected',
  'no-response': 'No response',
};

/** Outcomes that end an application; a card there has been settled for a while. */
const SETTLED: readonly Outcome[] = ['placed', 'rejected', 'withdrawn', 'not-selected', 'no-response'];

/** The stages an agency submission passes through to reach `outcome`, starting in Screening. */
export function pathTo(outcome: Outcome, rng: Random): Outcome[] {
  const sent: Outcome[] = ['screening', 'submitted'];
  const met: Outcome[] = [...sent, 'interviewing'];
  switch (outcome) {
    case 'screening':
      return ['screening'];
    case 'submitted':
      return sent;
    case 'interviewing':
      return met;
    case 'offer':
      return [...met, 'offer'];
    case 'placed':
      return [...met, 'offer', 'placed'];
    case 'rejected':
    case 'no-response':
      return [...sent, outcome];
    case 'not-selected':
      return [...met, outcome];
    case 'withdrawn':
      // People pull out before or after meeting the client.
      return [...(rng() < 0.5 ? sent : met), outcome];
  }
}

/**
 * Days before seeding at which each of `steps` moves happened, oldest first. Cards still in
 * progress moved recently; settled ones a few days ago. The whole history fits after the
 * opening was posted (`maxDays` ago), squeezed proportionally when it would not.
 */
export function timeline(steps: number, settled: boolean, maxDays: number, rng: Random): number[] {
  const days = [settled ? 1 + rng() * 6 : 0.1 + rng() * 3];
  for (let i = 1; i < steps; i++) days.unshift((days[0] ?? 0) + 1.5 + rng() * 5);
  const limit = Math.max(0.05, maxDays - 0.2);
  const span = days[0] ?? 0;
  return span <= limit ? days : days.map((d) => (d * limit) / span);
}

/** The note a recruiter writes on moving a card into `stage`, about this person and client. */
export function moveNote(stage: Outcome, first: string, company: string, rng: Random): string {
  const [template] = sample(rng, MOVE_NOTES[stage], 1);
  return (template ?? '').replaceAll('{first}', first).replaceAll('{company}', company);
}

export interface PlannedApplication {
  /** A CandidateSeed key, or a seeker's email for a board application. */
  who: string;
  opening: string;
  /** Stages entered after the application exists; for a submission the first is where it starts. */
  path: Outcome[];
  /** One note per stage in `path`. */
  notes: string[];
  /** Days ago of every stage_move row: the first entry (Screening or Applied), then each move. */
  daysAgo: number[];
}

function openingSeed(key: string) {
  const o = OPENINGS.find((x) => x.key === key);
  const company = o && COMPANIES.find((c) => c.key === o.company);
  if (!o || !company) throw new Error(`Demo pipeline names unknown opening ${key}`);
  return { opening: o, company };
}

const firstName = (name: string) => name.split(' ')[0] ?? name;

/** Every agency submission, with its path, notes and history, in candidate order. */
export function planSubmissions(
  candidates: readonly CandidateSeed[],
  openingAge: (key: string) => number,
  rng: Random,
): PlannedApplication[] {
  return candidates.flatMap((c) =>
    c.submissions.map(([key, outcome, lastNote]) => {
      const { company } = openingSeed(key);
      const path = pathTo(outcome, rng);
      const notes = path.map((stage) => moveNote(stage, firstName(c.name), company.name, rng));
      if (lastNote) notes[notes.length - 1] = lastNote;
      const daysAgo = timeline(path.length, SETTLED.includes(outcome), openingAge(key), rng);
      return { who: c.key, opening: key, path, notes, daysAgo };
    }),
  );
}

/** The moves on board applications; `daysAgo` starts with the application itself (Applied). */
export function planProgress(
  progress: readonly ProgressSeed[],
  seekerName: (email: string) => string,
  openingAge: (key: string) => number,
  rng: Random,
): PlannedApplication[] {
  return progress.map((p) => {
    const { company } = openingSeed(p.opening);
    const last = p.path.at(-1) ?? 'screening';
    const notes = p.path.map((stage) => moveNote(stage, firstName(seekerName(p.seeker)), company.name, rng));
    const daysAgo = timeline(p.path.length + 1, SETTLED.includes(last), openingAge(p.opening), rng);
    return { who: p.seeker, opening: p.opening, path: [...p.path], notes, daysAgo };
  });
}

const isoDay = (at: number) => new Date(at).toISOString().slice(0, 10);

/**
 * When the record was created, in days before seeding: shortly before its first submission,
 * or some time in the last few weeks for someone not yet submitted anywhere. A duplicate is
 * entered after the record it repeats.
 */
export function recordAge(firstSubmission: number | null, duplicate: boolean, rng: Random): number {
  if (duplicate) return 0.5 + rng() * 2;
  if (firstSubmission !== null) return firstSubmission + 0.5 + rng() * 4;
  return 2 + rng() * 20;
}

/**
 * The body of POST /api/v1/candidates. Consent is dated the day the record was created: a
 * recruiter records it on the first call, before sending the person anywhere.
 */
export function candidateBody(
  c: CandidateSeed,
  ownerId: string,
  agency: string,
  ageDays: number,
  now: number,
): CandidateInput {
  const place = PLACES[c.place];
  return {
    name: c.name,
    email: demoEmail(c.mailbox),
    phone: c.phone,
    city: place.city,
    region: place.region,
    country: place.country,
    headline: c.headline,
    field: c.field,
    skills: [...c.skills],
    yearsExperience: c.years,
    workplaceTypes: [...c.workplaces],
    employmentTypes: [...c.employment],
    desiredSalary: c.pay
      ? {
          amount: toMinor(c.pay[0], place.currency) ?? 0,
          currency: place.currency,
          period: c.pay[1],
        }
      : null,
    availableFrom: c.availableInDays === null ? null : isoDay(now + c.availableInDays * DAY),
    source: c.source,
    ownerId,
    consent: c.consent
      ? {
          givenOn: isoDay(now - ageDays * DAY),
          wording: `I agree that ${agency} may represent me to employers and send them my profile and resume, for roles we have discussed first.`,
        }
      : null,
  };
}

/** The recruiter who looks after an opening's client company. */
export function recruiterForOpening(key: string): 0 | 1 | 2 {
  return openingSeed(key).company.recruiter;
}
