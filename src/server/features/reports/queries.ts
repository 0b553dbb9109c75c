import { type ExpressionBuilder, type Kysely, sql } from 'kysely';
import type { Stage } from '../../../shared/pipeline.ts';
import type {
  FunnelReport,
  OpenPositionsReport,
  PlacementsBySourceReport,
  ReportGroup,
  TimeToPlacementReport,
} from '../../../shared/reports.ts';
import type { Db } from '../../db/connect.ts';
import { iso, type Tables } from '../../db/tables.ts';
import { bucketStarts, type Period, periodBounds, REPORT_TIME_ZONE } from './periods.ts';
import { bySource, funnelByOpening, funnelByPeriod, timeToPlacement } from './rollups.ts';

// The reports' reads. The databases group and count (GROUP BY per day, stage, opening or
// source), so what crosses to TypeScript stays small at a million applications; the grouping
// into months and weeks and the percentiles happen in rollups.ts, the same on both dialects.
// Heavy reads go through `database.read`, which runs them off the main thread on SQLite.

export interface ReportFilters {
  period: Period;
  openingId?: number | undefined;
  companyId?: number | undefined;
  /** Set under 'own-only' access: only applications whose opening or candidate this user owns. */
  onlyOwner: string | null;
}

type From = Tables & { a: Tables['application'] };

/**
 * Applications that the filters and the access scope let through. Openings and candidates are
 * asked through subqueries rather than joined, so a report joins only what it reads: the
 * funnel then runs from the created_at index and the moves' covering index alone.
 */
function applications(db: Kysely<Tables>, f: ReportFilters) {
  let q = db.selectFrom('application as a');
  if (f.openingId) q = q.where('a.opening_id', '=', f.openingId);
  const companyId = f.companyId;
  if (companyId)
    q = q.where('a.opening_id', 'in', (eb: ExpressionBuilder<From, 'a'>) =>
      eb.selectFrom('opening as fo').select('fo.id').where('fo.company_id', '=', companyId),
    );
  const me = f.onlyOwner;
  if (me) {
    q = q.where((eb: ExpressionBuilder<From, 'a'>) =>
      eb.or([
        eb.exists(
          eb
            .selectFrom('opening as own')
            .select('own.id')
            .whereRef('own.id', '=', 'a.opening_id')
            .where('own.owner_id', '=', me),
        ),
        eb.exists(
          eb
            .selectFrom('candidate as own')
            .select('own.id')
            .whereRef('own.id', '=', 'a.candidate_id')
            .where('own.owner_id', '=', me),
        ),
      ]),
    );
  }
  return q;
}

/**
 * An instant column's calendar day in the report zone, as "YYYY-MM-DD". SQLite keeps instants
 * as UTC ISO text, so its first ten characters are the UTC day (see REPORT_TIME_ZONE).
 */
function dayOf(database: Db, column: 'a.created_at') {
  return database.dialect === 'postgres'
    ? sql<string>`to_char(${sql.ref(column)} AT TIME ZONE ${sql.lit(REPORT_TIME_ZONE)}, 'YYYY-MM-DD')`
    : sql<string>`substr(${sql.ref(column)}, 1, 10)`;
}

const placedIds = (stages: readonly Stage[]) => stages.filter((s) => s.kind === 'placed').map((s) => s.id);

/** The funnel of applications created in the period, by month or week, and by opening if asked. */
export async function funnel(
  database: Db,
  stages: readonly Stage[],
  f: ReportFilters,
  opts: { groupBy: ReportGroup; byOpening: boolean },
): Promise<Omit<FunnelReport, 'period' | 'groupBy'>> {
  const { db } = database;
  const { start, end } = periodBounds(f.period, REPORT_TIME_ZONE);
  const created = () =>
    applications(db, f).where('a.created_at', '>=', start).where('a.created_at', '<', end);
  const moves = () => created().innerJoin('stage_move as m', 'm.application_id', 'a.id');
  const day = dayOf(database, 'a.created_at');
  const [reachedRows, createdRows] = await Promise.all([
    database.read(
      moves()
        .select([day.as('day'), 'm.to_stage_id', (e) => e.fn.count<number>('a.id').distinct().as('n')])
        .groupBy([day, 'm.to_stage_id'])
        .compile(),
    ),
    database.read(
      created()
        .select([day.as('day'), (e) => e.fn.countAll<number>().as('n')])
        .groupBy(day)
        .compile(),
    ),
  ]);
  const reached = reachedRows.map((r) => ({ key: r.day, stageId: r.to_stage_id, n: Number(r.n) }));
  const result = funnelByPeriod({
    stages,
    reached,
    created: createdRows.map((r) => ({ key: r.day, n: Number(r.n) })),
    starts: bucketStarts(f.period, opts.groupBy),
    groupBy: opts.groupBy,
  });
  if (!opts.byOpening) return { ...result, openings: [] };
  const [openingReached, openingCreated] = await Promise.all([
    database.read(
      moves()
        .select(['a.opening_id', 'm.to_stage_id', (e) => e.fn.count<number>('a.id').distinct().as('n')])
        .groupBy(['a.opening_id', 'm.to_stage_id'])
        .compile(),
    ),
    database.read(
      created()
        .innerJoin('opening as o', 'o.id', 'a.opening_id')
        .innerJoin('company as co', 'co.id', 'o.company_id')
        .select(['a.opening_id', 'o.title', 'co.name', (e) => e.fn.countAll<number>().as('n')])
        .groupBy(['a.opening_id', 'o.title', 'co.name'])
        .compile(),
    ),
  ]);
  const openings = funnelByOpening(
    result.stages.map((s) => s.id),
    openingReached.map((r) => ({ key: r.opening_id, stageId: r.to_stage_id, n: Number(r.n) })),
    openingCreated.map((r) => ({ key: r.opening_id, n: Number(r.n) })),
    new Map(openingCreated.map((r) => [r.opening_id, { title: r.title, companyName: r.name }])),
  );
  return { ...result, openings };
}

/** Moves into a placed stage in the period, of the applications the filters let through. */
function placements(database: Db, stages: readonly Stage[], f: ReportFilters) {
  const { start, end } = periodBounds(f.period, REPORT_TIME_ZONE);
  return applications(database.db, f)
    .innerJoin('stage_move as m', 'm.application_id', 'a.id')
    .where('m.to_stage_id', 'in', placedIds(stages))
    .where('m.created_at', '>=', start)
    .where('m.created_at', '<', end);
}

/** Days from application to placement, for applications placed in the period. */
export async function timeToPlacementReport(
  database: Db,
  stages: readonly Stage[],
  f: ReportFilters,
): Promise<Omit<TimeToPlacementReport, 'period'>> {
  if (placedIds(stages).length === 0) return timeToPlacement([]);
  // One row per placed application: a compact (opening, created, placed) triple. A placement
  // undone and made again within the period counts once, from its first move into placed.
  const rows = await database.read(
    placements(database, stages, f)
      .innerJoin('opening as o', 'o.id', 'a.opening_id')
      .innerJoin('company as co', 'co.id', 'o.company_id')
      .select([
        'a.opening_id',
        'o.title',
        'co.name',
        'a.created_at',
        (e) => e.fn.min('m.created_at').as('placed_at'),
      ])
      .groupBy(['a.id', 'a.opening_id', 'o.title', 'co.name', 'a.created_at'])
      .compile(),
  );
  return timeToPlacement(
    rows.map((r) => ({
      openingId: r.opening_id,
      title: r.title,
      companyName: r.name,
      createdAt: iso(r.created_at),
      placedAt: iso(r.placed_at as Date | string),
    })),
  );
}

/** Placements in the period, counted by where the candidate came from. */
export async function placementsBySource(
  database: Db,
  stages: readonly Stage[],
  f: ReportFilters,
): Promise<Omit<PlacementsBySourceReport, 'period'>> {
  if (placedIds(stages).length === 0) return bySource([]);
  const rows = await database.read(
    placements(database, stages, f)
      .innerJoin('candidate as c', 'c.id', 'a.candidate_id')
      .select(['c.source', (e) => e.fn.count<number>('a.id').distinct().as('n')])
      .groupBy('c.source')
      .compile(),
  );
  return bySource(rows.map((r) => ({ source: r.source, n: Number(r.n) })));
}

/**
 * Per company, its open openings and their positions still to fill (positions less the
 * applications sitting in a placed stage, never below zero per opening). A snapshot of now:
 * the period does not apply. Under 'own-only' it covers the openings this user owns.
 */
export async function openPositions(
  database: Db,
  stages: readonly Stage[],
  f: Omit<ReportFilters, 'period'>,
): Promise<Omit<OpenPositionsReport, 'asOf'>> {
  const placed = placedIds(stages);
  const { db } = database;
  // Placed applications per opening, grouped once from the stage index: cheap however many
  // openings are open, where a count per opening would read each opening's applications.
  const filled = db
    .selectFrom('application as p')
    .select(['p.opening_id', (e) => e.fn.countAll<number>().as('n')])
    .where('p.stage_id', 'in', placed.length ? placed : [-1]) // -1: no stage, so nothing counts
    .groupBy('p.opening_id');
  let q = db
    .selectFrom('opening as o')
    .innerJoin('company as co', 'co.id', 'o.company_id')
    .leftJoin(filled.as('f'), 'f.opening_id', 'o.id')
    .select((eb) => [
      'co.id',
      'co.name',
      eb.fn.countAll<number>().as('openings'),
      eb.fn
        .sum<number>(
          sql<number>`CASE WHEN o.positions > coalesce(f.n, 0) THEN o.positions - coalesce(f.n, 0) ELSE 0 END`,
        )
        .as('open_positions'),
    ])
    .where('o.status', '=', 'open')
    .groupBy(['co.id', 'co.name']);
  if (f.openingId) q = q.where('o.id', '=', f.openingId);
  if (f.companyId) q = q.where('o.company_id', '=', f.companyId);
  if (f.onlyOwner) q = q.where('o.owner_id', '=', f.onlyOwner);
  const rows = await database.read(q.compile());
  const companies = rows
    .map((r) => ({
      id: r.id,
      name: r.name,
      openOpenings: Number(r.openings),
      openPositions: Number(r.open_positions),
    }))
    .sort((a, b) => b.openPositions - a.openPositions || a.name.localeCompare(b.name) || a.id - b.id);
  return {
    openOpenings: companies.reduce((sum, c) => sum + c.openOpenings, 0),
    openPositions: companies.reduce((sum, c) => sum + c.openPositions, 0),
    companies,
  };
}
