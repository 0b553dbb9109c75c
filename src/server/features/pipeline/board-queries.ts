import type { Expression, Kysely, SqlBool } from 'kysely';
import type { BoardCard, PipelineQuery, Stage } from '../../../shared/pipeline.ts';
import { iso, type Tables } from '../../db/tables.ts';
import type { Scope } from '../access/index.ts';
import { applyWhere, pipelineConditions } from './filter-queries.ts';

// The board: a column per stage with its count and the cards that have waited longest.

/** Cards per column on the board; the column shows its full count and links to the list. */
export const BOARD_LIMIT = 100;
/** Up to this many matching applications (any stage), the board ranks them in one query; past it, per column. */
const ONE_QUERY_MAX = 20_000;

/** The cards with these ids, oldest in stage first. */
function cardRows(db: Kysely<Tables>, ids: number[]) {
  return db
    .selectFrom('application as a')
    .innerJoin('opening as o', 'o.id', 'a.opening_id')
    .innerJoin('company as co', 'co.id', 'o.company_id')
    .innerJoin('candidate as c', 'c.id', 'a.candidate_id')
    .select([
      'a.id',
      'a.candidate_id',
      'a.opening_id',
      'a.origin',
      'a.stage_id',
      'a.stage_entered_at',
      'c.name as candidate_name',
      'c.headline',
      'o.title',
      'co.name as company_name',
    ])
    .where('a.id', 'in', ids)
    .orderBy('a.stage_entered_at')
    .orderBy('a.id')
    .execute();
}
type CardRow = Awaited<ReturnType<typeof cardRows>>[number];

function toCard(r: CardRow): BoardCard {
  return {
    applicationId: r.id,
    candidateId: r.candidate_id,
    candidateName: r.candidate_name,
    candidateHeadline: r.headline,
    openingId: r.opening_id,
    openingTitle: r.title,
    companyName: r.company_name,
    origin: r.origin as BoardCard['origin'],
    stageEnteredAt: iso(r.stage_entered_at),
  };
}

/**
 * The ids of every column's cards, oldest in stage first, up to BOARD_LIMIT each, read from
 * the applications alone (the cards' names are joined afterwards, for those ids only: with
 * the joins in, SQLite with statistics chose to sort a whole stage). A selective filter (one
 * opening, a name) ranks its few matches in one query; otherwise each column is read in
 * stage-time order from an index and stops at its limit, which is fast when matches are dense
 * but would walk most of a stage when they are rare.
 */
async function boardCardIds(
  db: Kysely<Tables>,
  where: readonly Expression<SqlBool>[],
  stageIds: number[],
  oneQuery: boolean,
): Promise<number[]> {
  const matching = applyWhere(db.selectFrom('application as a'), where);
  if (!oneQuery) {
    const columns = stageIds.map((id) =>
      matching
        .where('a.stage_id', '=', id)
        .select('a.id')
        .orderBy('a.stage_entered_at')
        .orderBy('a.id')
        .limit(BOARD_LIMIT)
        .execute(),
    );
    return (await Promise.all(columns)).flat().map((r) => r.id);
  }
  // Ranked over every stage and narrowed to the shown ones here: a stage condition in the
  // query (SQLite pushes one down into the ranking) tempts SQLite, which has no statistics,
  // to walk whole stages in rank order instead of starting from the filter's few rows.
  const ranked = matching.select([
    'a.id',
    'a.stage_id',
    (eb) =>
      eb.fn
        .agg<number>('row_number')
        .over((ob) => ob.partitionBy('a.stage_id').orderBy('a.stage_entered_at').orderBy('a.id'))
        .as('rank'),
  ]);
  const top = await db
    .selectFrom(ranked.as('r'))
    .select(['r.id', 'r.stage_id'])
    .where('r.rank', '<=', BOARD_LIMIT)
    .execute();
  const shown = new Set(stageIds);
  return top.filter((r) => shown.has(r.stage_id)).map((r) => r.id);
}

/**
 * The board: a count per stage and the cards that have waited longest first, BOARD_LIMIT per
 * column. `oneQueryMax` is for tests, which check that both ways of reading cards agree.
 */
export async function boardColumns(
  db: Kysely<Tables>,
  stages: Stage[],
  f: PipelineQuery,
  scope: Scope,
  oneQueryMax = ONE_QUERY_MAX,
) {
  const shown = stages.filter((s) => (f.closed || s.kind !== 'closed') && !s.retired);
  const where = await pipelineConditions(db, f, scope);
  const counts = await applyWhere(db.selectFrom('application as a'), where)
    .select(['a.stage_id', (e) => e.fn.countAll().as('n')])
    .groupBy('a.stage_id')
    .execute();
  const total = new Map(counts.map((c) => [c.stage_id, Number(c.n)]));
  // Retired stages appear only while cards are still in them.
  const columns = [
    ...shown,
    ...stages.filter((s) => s.retired && (f.closed || s.kind !== 'closed') && (total.get(s.id) ?? 0) > 0),
  ].sort((a, b) => a.position - b.position);
  const shownTotal = columns.reduce((sum, s) => sum + (total.get(s.id) ?? 0), 0);
  const matching = [...total.values()].reduce((sum, n) => sum + n, 0);
  const ids =
    shownTotal === 0
      ? []
      : await boardCardIds(
          db,
          where,
          columns.map((s) => s.id),
          matching <= oneQueryMax,
        );
  const cards = new Map<number, BoardCard[]>();
  for (const r of ids.length ? await cardRows(db, ids) : []) {
    const list = cards.get(r.stage_id) ?? [];
    list.push(toCard(r));
    cards.set(r.stage_id, list);
  }
  return columns.map((stage) => ({
    stage,
    total: total.get(stage.id) ?? 0,
    cards: cards.get(stage.id) ?? [],
  }));
}
