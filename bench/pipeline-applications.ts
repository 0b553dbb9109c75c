// Applications for the pipeline benchmark: spread over a year in id order, a few openings far
// busier than the rest, recent ones mostly in progress and old ones mostly closed, and every
// application with the moves that brought it to its stage.
import { sql } from 'kysely';
import type { Db } from '../src/server/db/connect.ts';
import type { BulkWriter, Value } from './bulk-insert.ts';
import { DAY, iso, type Rand, RECRUITERS, recruiterId } from './pipeline-words.ts';

export interface ApplicationPlan {
  candidates: number;
  applications: number;
  openings: number;
  firstOpening: number;
  firstCandidate: number;
  /** Each candidate's resume file, attached to the applications they sent themselves. */
  fileOf: Map<number, number>;
}

type Weights = readonly (readonly [key: string, weight: number])[];
const ACTIVE: Weights = [
  ['applied', 45],
  ['screening', 25],
  ['submitted', 15],
  ['interviewing', 10],
  ['offer', 5],
];
const CLOSED: Weights = [
  ['rejected', 40],
  ['not-selected', 30],
  ['withdrawn', 15],
  ['no-response', 15],
];

function weighted(rand: Rand, weights: Weights): string {
  const total = weights.reduce((s, [, w]) => s + w, 0);
  let r = rand() * total;
  for (const [key, w] of weights) {
    r -= w;
    if (r < 0) return key;
  }
  return weights[0]?.[0] ?? 'applied';
}

/** Recent applications are mostly still moving; older ones have mostly ended. */
function stageFor(rand: Rand, ageDays: number): string {
  const [active, placed] = ageDays < 90 ? [0.9, 0.02] : [0.4, 0.08];
  const r = rand();
  if (r < active) return weighted(rand, ACTIVE);
  if (r < active + placed) return 'placed';
  return weighted(rand, CLOSED);
}

const COLUMNS = [
  ['opening_id', 'integer'],
  ['candidate_id', 'integer'],
  ['origin', 'text'],
  ['submitted_by', 'text'],
  ['resume_file_id', 'integer'],
  ['stage_id', 'integer'],
  ['stage_entered_at', 'timestamptz'],
  ['created_at', 'timestamptz'],
  ['updated_at', 'timestamptz'],
] as const;

export async function insertApplications(database: Db, w: BulkWriter, rand: Rand, plan: ApplicationPlan) {
  const stages = await database.db.selectFrom('pipeline_stage').select(['id', 'key']).execute();
  const stageId = new Map(stages.map((s) => [s.key, s.id]));
  const applied = stageId.get('applied');
  if (applied === undefined) throw new Error('The default stages are missing');
  const n = Math.min(plan.applications, Math.floor(plan.openings * plan.candidates * 0.5));
  const seen = new Set<number>();
  const now = Date.now();
  const span = 365 * DAY;
  const CHUNK = 50_000;
  for (let start = 0; start < n; start += CHUNK) {
    const rows: Value[][] = [];
    for (let i = start; i < Math.min(n, start + CHUNK); i++) {
      let opening: number;
      let candidate: number;
      // A skewed opening index: the busiest openings get a thousand applications or more.
      do {
        opening = Math.floor(rand() ** 1.5 * plan.openings);
        candidate = Math.floor(rand() * plan.candidates);
      } while (seen.has(opening * plan.candidates + candidate));
      seen.add(opening * plan.candidates + candidate);
      const created = now - span + Math.floor((i / n) * span);
      const age = now - created;
      const key = stageFor(rand, age / DAY);
      const entered = key === 'applied' ? created : created + Math.floor(rand() * Math.min(age, 45 * DAY));
      const self = rand() < 0.6;
      const candidateId = plan.firstCandidate + candidate;
      rows.push([
        plan.firstOpening + opening,
        candidateId,
        self ? 'self' : 'agency',
        self ? null : recruiterId(Math.floor(rand() * RECRUITERS)),
        self ? (plan.fileOf.get(candidateId) ?? null) : null,
        stageId.get(key) ?? applied,
        iso(entered),
        iso(created),
        iso(entered),
      ]);
    }
    await w.insert('application', COLUMNS, rows);
  }
  await insertMoves(database, applied);
}

/** The first move into Applied, and a second into the current stage for those that moved on. */
async function insertMoves(database: Db, applied: number): Promise<void> {
  await sql`INSERT INTO stage_move (application_id, from_stage_id, to_stage_id, created_at)
    SELECT id, NULL, ${applied}, created_at FROM application`.execute(database.db);
  await sql`INSERT INTO stage_move (application_id, from_stage_id, to_stage_id, moved_by, created_at)
    SELECT a.id, ${applied}, a.stage_id, o.owner_id, a.stage_entered_at
    FROM application a JOIN opening o ON o.id = a.opening_id
    WHERE a.stage_id <> ${applied}`.execute(database.db);
}
