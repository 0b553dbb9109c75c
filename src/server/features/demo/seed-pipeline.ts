// The pipeline half of the demo: candidate records, agency submissions and stage moves, all
// through the HTTP API as the recruiter who would do it. It returns what it created and the
// history each record should have, for backdate.ts to put in the past.
import { z } from 'zod';
import { candidateWithDuplicates } from '../../../shared/candidates.ts';
import { application, moveResult, stage } from '../../../shared/pipeline.ts';
import type { Api } from './api.ts';
import type { History } from './backdate.ts';
import type { Random } from './compose.ts';
import { CANDIDATES } from './content/candidates.ts';
import { PROGRESS } from './content/moves.ts';
import {
  candidateBody,
  DAY,
  type PlannedApplication,
  planProgress,
  planSubmissions,
  recordAge,
  recruiterForOpening,
  STAGE_NAMES,
  timeline,
} from './plan.ts';

export interface Staff {
  id: string;
  cookie: string;
}

export interface SeededOpening {
  id: number;
  postedAt: string | null;
}

export interface PipelineInput {
  api: Api;
  agency: string;
  now: number;
  rng: Random;
  recruiters: readonly Staff[];
  openings: ReadonlyMap<string, SeededOpening>;
  /** Board applications by pairKey(seeker email, opening key). */
  board: ReadonlyMap<string, number>;
  seekerName: (email: string) => string;
}

export interface PipelineResult {
  counts: { candidates: number; flagged: number; submissions: number; moves: number; placed: number };
  history: History;
  /** Candidate ids by CandidateSeed key or seeker email. */
  candidates: Map<string, number>;
  /** Application ids by pairKey(who, opening key). */
  applications: Map<string, number>;
}

type StageKey = keyof typeof STAGE_NAMES;

export const pairKey = (who: string, opening: string) => `${who} ${opening}`;

export function staffOf(recruiters: readonly Staff[], index: number): Staff {
  const s = recruiters[index];
  if (!s) throw new Error(`No demo recruiter #${index}`);
  return s;
}

/** What every step of one seeding run shares. */
interface Run extends PipelineInput {
  stageId: (o: StageKey) => number;
  openingId: (key: string) => number;
  /** Days since the opening was posted. */
  age: (key: string) => number;
  history: History;
  candidates: Map<string, number>;
  applications: Map<string, number>;
}

/** Seeds candidate records, submissions and moves; returns counts, ids and the history to backdate. */
export async function seedPipeline(p: PipelineInput): Promise<PipelineResult> {
  const lead = staffOf(p.recruiters, 0).cookie;
  const opening = (key: string) => {
    const o = p.openings.get(key);
    if (!o) throw new Error(`Demo pipeline names unknown opening ${key}`);
    return o;
  };
  const run: Run = {
    ...p,
    stageId: await stageIdsByName(p.api, lead),
    openingId: (key) => opening(key).id,
    age: (key) => {
      const posted = opening(key).postedAt;
      return posted ? (p.now - Date.parse(posted)) / DAY : 0;
    },
    history: { applications: new Map(), candidates: new Map() },
    candidates: new Map(),
    applications: new Map(p.board),
  };
  const submissions = planSubmissions(CANDIDATES, run.age, p.rng);
  const progress = planProgress(PROGRESS, p.seekerName, run.age, p.rng);
  const flagged = await createRecords(run, submissions);
  const moves = (await submitAll(run, submissions)) + (await moveBoard(run, progress));
  await datedSeekerRecords(run, lead);
  const placed = [...submissions, ...progress].filter((s) => s.path.at(-1) === 'placed');
  return {
    counts: {
      candidates: CANDIDATES.length,
      flagged,
      submissions: submissions.length,
      moves,
      placed: placed.length,
    },
    history: run.history,
    candidates: run.candidates,
    applications: run.applications,
  };
}

/** Creates every record as its owner; returns how many the API flagged as possible duplicates. */
async function createRecords(run: Run, submissions: readonly PlannedApplication[]): Promise<number> {
  let flagged = 0;
  for (const c of CANDIDATES) {
    const starts = submissions.filter((s) => s.who === c.key).map((s) => s.daysAgo[0] ?? 0);
    const ageDays = recordAge(
      starts.length ? Math.max(...starts) : null,
      c.duplicateOf !== undefined,
      run.rng,
    );
    const owner = staffOf(run.recruiters, c.owner);
    const body = candidateBody(c, owner.id, run.agency, ageDays, run.now);
    const created = await run.api.post('/api/v1/candidates', owner.cookie, body, candidateWithDuplicates);
    run.candidates.set(c.key, created.candidate.id);
    run.history.candidates.set(created.candidate.id, ageDays);
    if (created.duplicates.length > 0) flagged++;
  }
  return flagged;
}

/** Submits each planned candidate as their recruiter and moves the card on; returns the moves made. */
async function submitAll(run: Run, submissions: readonly PlannedApplication[]): Promise<number> {
  let moves = 0;
  for (const s of submissions) {
    const c = CANDIDATES.find((x) => x.key === s.who);
    const candidateId = run.candidates.get(s.who);
    if (!c || candidateId === undefined) throw new Error(`Demo submission for unknown candidate ${s.who}`);
    const cookie = staffOf(run.recruiters, c.owner).cookie;
    const [start = 'screening', ...rest] = s.path;
    const body = {
      candidateId,
      openingId: run.openingId(s.opening),
      stageId: run.stageId(start),
      note: s.notes[0] ?? '',
    };
    const created = await run.api.post('/api/v1/applications', cookie, body, application);
    run.applications.set(pairKey(s.who, s.opening), created.id);
    run.history.applications.set(created.id, s.daysAgo);
    moves += await moveAlong(run, cookie, created.id, rest, s.notes.slice(1));
  }
  return moves;
}

/** Moves some board applications on, as the opening's recruiter; the rest stay in Applied. */
async function moveBoard(run: Run, progress: readonly PlannedApplication[]): Promise<number> {
  let moves = 0;
  for (const m of progress) {
    const id = run.applications.get(pairKey(m.who, m.opening));
    if (id === undefined) throw new Error(`No board application ${m.who} → ${m.opening}`);
    const cookie = staffOf(run.recruiters, recruiterForOpening(m.opening)).cookie;
    moves += await moveAlong(run, cookie, id, m.path, m.notes);
    run.history.applications.set(id, m.daysAgo);
  }
  // Those nobody has moved yet arrived in the last few days.
  for (const [key, id] of run.board) {
    if (!run.history.applications.has(id))
      run.history.applications.set(id, timeline(1, false, run.age(key.split(' ')[1] ?? ''), run.rng));
  }
  return moves;
}

/** Stage ids by outcome, from the agency's stages; fails loudly if a default one is missing. */
async function stageIdsByName(api: Api, cookie: string): Promise<(o: StageKey) => number> {
  const stages = await api.get('/api/v1/stages', cookie, z.array(stage));
  return (o) => {
    const found = stages.find((s) => s.name === STAGE_NAMES[o] && !s.retired);
    if (!found) throw new Error(`The demo needs the default stage “${STAGE_NAMES[o]}”`);
    return found.id;
  };
}

async function moveAlong(
  run: Run,
  cookie: string,
  applicationId: number,
  path: readonly StageKey[],
  notes: readonly string[],
): Promise<number> {
  for (const [i, to] of path.entries()) {
    const body = { stageId: run.stageId(to), note: notes[i] ?? '' };
    await run.api.post(`/api/v1/applications/${applicationId}/moves`, cookie, body, moveResult, 200);
  }
  return path.length;
}

const staffApplication = z.object({ application });

/**
 * Seekers' own records were made when they applied: date each one just before their first
 * application, and remember its id by email so notes and tasks can name the person.
 */
async function datedSeekerRecords(run: Run, cookie: string): Promise<void> {
  for (const [key, id] of run.board) {
    const email = key.split(' ')[0] ?? '';
    const { application: a } = await run.api.get(`/api/v1/applications/${id}`, cookie, staffApplication);
    run.candidates.set(email, a.candidateId);
    const applied = run.history.applications.get(id)?.[0] ?? 0;
    const known = run.history.candidates.get(a.candidateId) ?? 0;
    run.history.candidates.set(a.candidateId, Math.max(known, applied + 0.01));
  }
}
