import { type Expression, type Kysely, type SqlBool, sql } from 'kysely';
import type { Application, PipelineQuery, StageKind, StageMove } from '../../../shared/pipeline.ts';
import { iso, type Tables } from '../../db/tables.ts';
import type { Scope } from '../access/index.ts';
import { applyWhere, inStage, notClosed, pipelineConditions } from './filter-queries.ts';

// Reads over applications for staff: one application, the list and the history. The board
// reads in board-queries.ts.
export { BOARD_LIMIT, boardColumns } from './board-queries.ts';

export const LIST_PAGE = 50;
/** Past this many applications, a list sorted by candidate walks the candidates in name order. */
const NAME_WALK_MIN = 20_000;

function base(db: Kysely<Tables>) {
  return db
    .selectFrom('application as a')
    .innerJoin('opening as o', 'o.id', 'a.opening_id')
    .innerJoin('company as co', 'co.id', 'o.company_id')
    .innerJoin('candidate as c', 'c.id', 'a.candidate_id')
    .innerJoin('pipeline_stage as s', 's.id', 'a.stage_id');
}

function selectApplications(db: Kysely<Tables>) {
  return base(db)
    .leftJoin('stored_file as f', 'f.id', 'a.resume_file_id')
    .select([
      'a.id',
      'a.opening_id',
      'a.candidate_id',
      'a.origin',
      'a.cover_note',
      'a.stage_entered_at',
      'a.created_at',
      'o.slug as opening_slug',
      'o.title as opening_title',
      'co.id as company_id',
      'co.name as company_name',
      'c.name as candidate_name',
      'c.email as candidate_email',
      'c.headline as candidate_headline',
      's.id as stage_id',
      's.name as stage_name',
      's.kind as stage_kind',
      'f.id as file_id',
      'f.original_name as file_name',
      'f.size_bytes as file_size',
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof selectApplications>['executeTakeFirstOrThrow']>>;

function toApplication(r: Row): Application {
  return {
    id: r.id,
    openingId: r.opening_id,
    openingSlug: r.opening_slug,
    openingTitle: r.opening_title,
    companyId: r.company_id,
    companyName: r.company_name,
    candidateId: r.candidate_id,
    candidateName: r.candidate_name,
    candidateEmail: r.candidate_email,
    candidateHeadline: r.candidate_headline,
    origin: r.origin as Application['origin'],
    coverNote: r.cover_note,
    resume:
      r.file_id !== null
        ? { id: r.file_id, name: r.file_name ?? 'resume', sizeBytes: Number(r.file_size ?? 0) }
        : null,
    stage: { id: r.stage_id, name: r.stage_name, kind: r.stage_kind as StageKind },
    stageEnteredAt: iso(r.stage_entered_at),
    createdAt: iso(r.created_at),
  };
}

export async function findApplication(db: Kysely<Tables>, id: number): Promise<Application | null> {
  const r = await selectApplications(db).where('a.id', '=', id).executeTakeFirst();
  return r ? toApplication(r) : null;
}

/** Who owns an application's opening and candidate, for access checks. */
export async function ownersOf(db: Kysely<Tables>, applicationId: number) {
  return db
    .selectFrom('application as a')
    .innerJoin('opening as o', 'o.id', 'a.opening_id')
    .innerJoin('candidate as c', 'c.id', 'a.candidate_id')
    .select([
      'a.id',
      'a.opening_id',
      'a.candidate_id',
      'a.stage_id',
      'o.owner_id as opening_owner',
      'c.owner_id as candidate_owner',
    ])
    .where('a.id', '=', applicationId)
    .executeTakeFirst();
}

// Names sort without regard to case, the same on both databases (SQLite's binary order and a
// PostgreSQL "C" collation would put "amir" after "Zoe").
const SORTS = {
  entered: sql<string>`a.stage_entered_at`,
  created: sql<string>`a.created_at`,
  candidate: sql<string>`lower(c.name)`,
  opening: sql<string>`lower(o.title)`,
  stage: sql<number>`s.position`,
} as const;

type ListQuery = PipelineQuery & {
  stageId?: number;
  sort: keyof typeof SORTS;
  dir: 'asc' | 'desc';
  page: number;
};

/**
 * The ids of one page, joining only the table the sort reads: sorting narrow rows (or reading
 * an index in order) instead of every joined row. Sorted by candidate over many applications,
 * it walks the candidates in name order (an index) and stops at the page; CROSS JOIN keeps
 * SQLite, which has no statistics, to that order (PostgreSQL plans it like every other join).
 */
async function pageIds(db: Kysely<Tables>, where: Expression<SqlBool>[], f: ListQuery, byName: boolean) {
  const q = byName
    ? applyWhere(
        db.selectFrom('candidate as c').crossJoin('application as a').whereRef('a.candidate_id', '=', 'c.id'),
        where,
      )
    : applyWhere(db.selectFrom('application as a'), where)
        .$if(f.sort === 'candidate', (qb) => qb.innerJoin('candidate as c', 'c.id', 'a.candidate_id'))
        .$if(f.sort === 'opening', (qb) => qb.innerJoin('opening as o', 'o.id', 'a.opening_id'))
        .$if(f.sort === 'stage', (qb) => qb.innerJoin('pipeline_stage as s', 's.id', 'a.stage_id'));
  const rows = await q
    .select('a.id')
    .orderBy(SORTS[f.sort], f.dir)
    .orderBy('a.id', f.dir)
    .limit(LIST_PAGE)
    .offset((f.page - 1) * LIST_PAGE)
    .execute();
  return rows.map((r) => r.id);
}

/** The application list, a page at a time. `nameWalkMin` is for tests, as `oneQueryMax` below. */
export async function listApplications(
  db: Kysely<Tables>,
  f: ListQuery,
  scope: Scope,
  nameWalkMin = NAME_WALK_MIN,
) {
  const where = await pipelineConditions(db, f, scope);
  if (!f.closed) where.push(notClosed());
  if (f.stageId) where.push(inStage(f.stageId));
  const [{ n } = { n: 0 }] = await applyWhere(db.selectFrom('application as a'), where)
    .select((e) => e.fn.countAll().as('n'))
    .execute();
  const ids = await pageIds(db, where, f, f.sort === 'candidate' && Number(n) > nameWalkMin);
  const rows = ids.length ? await selectApplications(db).where('a.id', 'in', ids).execute() : [];
  const position = new Map(ids.map((id, i) => [id, i]));
  rows.sort((x, y) => (position.get(x.id) ?? 0) - (position.get(y.id) ?? 0));
  return { total: Number(n), page: f.page, pageSize: LIST_PAGE, results: rows.map(toApplication) };
}

/** Every application of one opening, for its page. */
export async function listForOpening(db: Kysely<Tables>, openingId: number): Promise<Application[]> {
  const rows = await selectApplications(db)
    .where('a.opening_id', '=', openingId)
    .orderBy('s.position')
    .orderBy('a.id', 'desc')
    .execute();
  return rows.map(toApplication);
}

/** Every application of one candidate, for their record. */
export async function listForCandidate(db: Kysely<Tables>, candidateId: number): Promise<Application[]> {
  const rows = await selectApplications(db)
    .where('a.candidate_id', '=', candidateId)
    .orderBy('a.id', 'desc')
    .execute();
  return rows.map(toApplication);
}

export async function historyOf(db: Kysely<Tables>, applicationId: number): Promise<StageMove[]> {
  const rows = await db
    .selectFrom('stage_move as m')
    .innerJoin('pipeline_stage as t', 't.id', 'm.to_stage_id')
    .leftJoin('pipeline_stage as f', 'f.id', 'm.from_stage_id')
    .leftJoin('user as u', 'u.id', 'm.moved_by')
    .select([
      'm.id',
      'm.note',
      'm.created_at',
      'm.moved_by',
      't.id as to_id',
      't.name as to_name',
      'f.id as from_id',
      'f.name as from_name',
      'u.name as by_name',
    ])
    .where('m.application_id', '=', applicationId)
    .orderBy('m.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    from: r.from_id !== null ? { id: r.from_id, name: r.from_name ?? '' } : null,
    to: { id: r.to_id, name: r.to_name },
    by: r.moved_by ? { id: r.moved_by, name: r.by_name ?? '' } : null,
    note: r.note,
    at: iso(r.created_at),
  }));
}

/** Applications in a placed stage, per opening. */
export async function placedCount(db: Kysely<Tables>, openingId: number): Promise<number> {
  const row = await db
    .selectFrom('application as a')
    .innerJoin('pipeline_stage as s', 's.id', 'a.stage_id')
    .select((e) => e.fn.countAll().as('n'))
    .where('a.opening_id', '=', openingId)
    .where('s.kind', '=', 'placed')
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
