import { type Kysely, type SelectQueryBuilder, sql } from 'kysely';
import type {
  Application,
  BoardCard,
  PipelineQuery,
  Stage,
  StageKind,
  StageMove,
} from '../../../shared/pipeline.ts';
import { iso, type Tables } from '../../db/tables.ts';
import { hidesOthers, type Scope } from '../access/index.ts';

// Reads over applications for staff: one application, the list, the board and the history.

export const LIST_PAGE = 50;
/** Cards per column on the board; the column shows its full count and links to the list. */
export const BOARD_LIMIT = 100;

type From = Tables & {
  a: Tables['application'];
  o: Tables['opening'];
  co: Tables['company'];
  c: Tables['candidate'];
  s: Tables['pipeline_stage'];
};

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

/** Filters shared by the board, the list and the bulk tools; limited to what the scope shows. */
function filtered<O>(
  q: SelectQueryBuilder<From, 'a' | 'o' | 'co' | 'c' | 's', O>,
  f: PipelineQuery,
  scope: Scope,
): SelectQueryBuilder<From, 'a' | 'o' | 'co' | 'c' | 's', O> {
  if (f.openingId) q = q.where('a.opening_id', '=', f.openingId);
  if (f.companyId) q = q.where('o.company_id', '=', f.companyId);
  if (f.ownerId) {
    const owner = f.ownerId;
    q = q.where((eb) => eb.or([eb('o.owner_id', '=', owner), eb('c.owner_id', '=', owner)]));
  }
  if (!f.closed) q = q.where('s.kind', '!=', 'closed');
  for (const word of f.q.split(/\s+/).filter(Boolean).slice(0, 6)) {
    const p = `%${word.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) =>
      eb.or([
        eb(sql<string>`lower(c.name)`, 'like', sql<string>`${p} ESCAPE '\\'`),
        eb(sql<string>`lower(o.title)`, 'like', sql<string>`${p} ESCAPE '\\'`),
        eb(sql<string>`lower(co.name)`, 'like', sql<string>`${p} ESCAPE '\\'`),
      ]),
    );
  }
  if (hidesOthers(scope)) {
    const me = scope.userId;
    q = q.where((eb) => eb.or([eb('o.owner_id', '=', me), eb('c.owner_id', '=', me)]));
  }
  return q;
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

const SORTS = {
  entered: 'a.stage_entered_at',
  created: 'a.created_at',
  candidate: 'c.name',
  opening: 'o.title',
  stage: 's.position',
} as const;

export async function listApplications(
  db: Kysely<Tables>,
  f: PipelineQuery & { stageId?: number; sort: keyof typeof SORTS; dir: 'asc' | 'desc'; page: number },
  scope: Scope,
) {
  let q = filtered(selectApplications(db), f, scope);
  if (f.stageId) q = q.where('a.stage_id', '=', f.stageId);
  const [{ n } = { n: 0 }] = await q
    .clearSelect()
    .select((e) => e.fn.countAll().as('n'))
    .execute();
  const rows = await q
    .orderBy(SORTS[f.sort], f.dir)
    .orderBy('a.id', f.dir)
    .limit(LIST_PAGE)
    .offset((f.page - 1) * LIST_PAGE)
    .execute();
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

/**
 * The board: a count per stage and the cards that have waited longest first, up to
 * BOARD_LIMIT per column, each column read with its own indexed query.
 */
export async function boardColumns(db: Kysely<Tables>, stages: Stage[], f: PipelineQuery, scope: Scope) {
  const shown = stages.filter((s) => (f.closed || s.kind !== 'closed') && !s.retired);
  // Retired stages appear only while cards are still in them.
  const counts = await filtered(base(db), { ...f, closed: true }, scope)
    .select(['a.stage_id', (e) => e.fn.countAll().as('n')])
    .groupBy('a.stage_id')
    .execute();
  const total = new Map(counts.map((c) => [c.stage_id, Number(c.n)]));
  const columns = [
    ...shown,
    ...stages.filter((s) => s.retired && (f.closed || s.kind !== 'closed') && (total.get(s.id) ?? 0) > 0),
  ].sort((a, b) => a.position - b.position);
  return Promise.all(
    columns.map(async (stage) => {
      const rows = await filtered(base(db), f, scope)
        .select([
          'a.id',
          'a.candidate_id',
          'a.opening_id',
          'a.origin',
          'a.stage_entered_at',
          'c.name as candidate_name',
          'c.headline',
          'o.title',
          'co.name as company_name',
        ])
        .where('a.stage_id', '=', stage.id)
        .orderBy('a.stage_entered_at')
        .orderBy('a.id')
        .limit(BOARD_LIMIT)
        .execute();
      const cards: BoardCard[] = rows.map((r) => ({
        applicationId: r.id,
        candidateId: r.candidate_id,
        candidateName: r.candidate_name,
        candidateHeadline: r.headline,
        openingId: r.opening_id,
        openingTitle: r.title,
        companyName: r.company_name,
        origin: r.origin as BoardCard['origin'],
        stageEnteredAt: iso(r.stage_entered_at),
      }));
      return { stage, total: total.get(stage.id) ?? 0, cards };
    }),
  );
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
