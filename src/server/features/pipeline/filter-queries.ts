import {
  type Expression,
  type ExpressionBuilder,
  expressionBuilder,
  type Kysely,
  type SelectQueryBuilder,
  type SqlBool,
  sql,
} from 'kysely';
import type { PipelineQuery } from '../../../shared/pipeline.ts';
import type { Tables } from '../../db/tables.ts';
import { hidesOthers, type Scope } from '../access/index.ts';

// The filters the board and the application list share, as conditions on the application's
// own columns: counting then needs no joins, and each database starts from whichever index
// narrows most (joining five tables to count a million applications took seconds).
//
// Filters that search other tables (an owner's records, words typed) are looked up once per
// request and passed on as id lists. The board runs a query per column and each would
// otherwise scan every candidate's name again, and PostgreSQL turns `opening_id IN (list) OR
// candidate_id IN (list)` into two index lookups but `IN (subquery) OR IN (subquery)` into a
// scan of every application. Past ID_BUDGET ids a filter stays a subquery.

type AppOnly = Tables & { a: Tables['application'] };
type Eb = ExpressionBuilder<AppOnly, 'a'>;

/** Ids sent as lists in one request, kept well under SQLite's and PostgreSQL's parameter limits. */
const ID_BUDGET = 10_000;
const NOTHING = sql<SqlBool>`1 = 0`;

/**
 * `column IN (ids)` when the subquery finds few enough ids, else `column IN (subquery)`; null
 * when it finds none.
 */
async function inIds<DB, TB extends keyof DB>(
  eb: Eb,
  column: 'a.opening_id' | 'a.candidate_id',
  query: SelectQueryBuilder<DB, TB, { id: number }>,
  budget: { left: number },
): Promise<Expression<SqlBool> | null> {
  const rows = budget.left > 0 ? await query.limit(budget.left + 1).execute() : null;
  if (!rows || rows.length > budget.left) return eb(column, 'in', query);
  budget.left -= rows.length;
  return rows.length
    ? eb(
        column,
        'in',
        rows.map((r) => r.id),
      )
    : null;
}

/**
 * Either condition. Parts that match nothing are left out rather than written as `1 = 0`: a
 * constant in an OR stops SQLite from answering each part from its index (it scanned all).
 */
function anyOf(eb: Eb, parts: (Expression<SqlBool> | null)[]): Expression<SqlBool> {
  const kept = parts.filter((p): p is Expression<SqlBool> => p !== null);
  if (kept.length === 0) return NOTHING;
  return kept.length === 1 ? (kept[0] as Expression<SqlBool>) : eb.or(kept);
}

/** Applications whose opening or candidate this staff member owns. */
async function ownedBy(db: Kysely<Tables>, eb: Eb, userId: string, budget: { left: number }) {
  return anyOf(eb, [
    await inIds(
      eb,
      'a.opening_id',
      db.selectFrom('opening').select('id').where('owner_id', '=', userId),
      budget,
    ),
    await inIds(
      eb,
      'a.candidate_id',
      db.selectFrom('candidate').select('id').where('owner_id', '=', userId),
      budget,
    ),
  ]);
}

/** A typed word matches the candidate's name, the opening's title or the company's name. */
async function wordMatch(db: Kysely<Tables>, eb: Eb, word: string, budget: { left: number }) {
  const p = `%${word.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const like = sql<string>`${p} ESCAPE '\\'`;
  const candidates = db.selectFrom('candidate').select('id').where(sql<string>`lower(name)`, 'like', like);
  const openings = db
    .selectFrom('opening as o')
    .innerJoin('company as co', 'co.id', 'o.company_id')
    .select('o.id')
    .where((w) =>
      w.or([w(sql<string>`lower(o.title)`, 'like', like), w(sql<string>`lower(co.name)`, 'like', like)]),
    );
  return anyOf(eb, [
    await inIds(eb, 'a.candidate_id', candidates, budget),
    await inIds(eb, 'a.opening_id', openings, budget),
  ]);
}

/**
 * The conditions for a board or list request, limited to what the scope shows. Closed stages
 * are left to the caller (`notClosed`): the board counts them even when it hides them.
 * `idBudget` is for tests, which check that lists and subqueries find the same applications.
 */
export async function pipelineConditions(
  db: Kysely<Tables>,
  f: PipelineQuery,
  scope: Scope,
  idBudget = ID_BUDGET,
): Promise<Expression<SqlBool>[]> {
  const eb = expressionBuilder<AppOnly, 'a'>();
  const budget = { left: idBudget };
  const where: Expression<SqlBool>[] = [];
  if (f.openingId) where.push(eb('a.opening_id', '=', f.openingId));
  if (f.companyId)
    where.push(
      eb('a.opening_id', 'in', eb.selectFrom('opening').select('id').where('company_id', '=', f.companyId)),
    );
  if (hidesOthers(scope)) where.push(await ownedBy(db, eb, scope.userId, budget));
  if (f.ownerId) where.push(await ownedBy(db, eb, f.ownerId, budget));
  for (const word of f.q.split(/\s+/).filter(Boolean).slice(0, 6))
    where.push(await wordMatch(db, eb, word, budget));
  return where;
}

/** Applications in a stage that is not closed. */
export function notClosed(): Expression<SqlBool> {
  const eb = expressionBuilder<AppOnly, 'a'>();
  return eb('a.stage_id', 'in', eb.selectFrom('pipeline_stage').select('id').where('kind', '!=', 'closed'));
}

/** Applications in one stage. */
export function inStage(stageId: number): Expression<SqlBool> {
  return expressionBuilder<AppOnly, 'a'>()('a.stage_id', '=', stageId);
}

export function applyWhere<DB extends AppOnly, TB extends keyof DB, O>(
  q: SelectQueryBuilder<DB, TB, O>,
  where: readonly Expression<SqlBool>[],
): SelectQueryBuilder<DB, TB, O> {
  return where.reduce((acc, w) => acc.where(w), q);
}
