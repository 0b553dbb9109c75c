import { type Kysely, type RawBuilder, sql } from 'kysely';
import {
  type BoardFilters,
  type SearchTerms,
  toFts5,
  toFts5WithFilters,
  toWebsearch,
  wordsOf,
} from '../features/openings/search-terms.ts';
import type { Db, DialectName } from './connect.ts';
import type { Tables } from './tables.ts';

// The one place that knows how each database does full-text search over openings:
// SQLite FTS5 (a contentless table keyed by opening id) and PostgreSQL tsvector + GIN.

type Which = { openingIds: number[] } | { companyId: number } | 'all';

/** Rewrites the search index for some openings; call it in the transaction that changed them. */
export async function reindexOpenings(db: Kysely<Tables>, dialect: DialectName, which: Which): Promise<void> {
  if (which !== 'all' && 'openingIds' in which && which.openingIds.length === 0) return;
  const filter =
    which === 'all'
      ? sql`1 = 1`
      : 'companyId' in which
        ? sql`o.company_id = ${which.companyId}`
        : sql`o.id IN (${sql.join(which.openingIds)})`;
  if (dialect === 'postgres') {
    await sql`UPDATE opening o SET search_vector =
        setweight(to_tsvector('english', o.title), 'A') ||
        setweight(to_tsvector('english', c.name), 'B') ||
        setweight(to_tsvector('english', o.field || ' ' || o.city || ' ' || o.region), 'C') ||
        setweight(to_tsvector('english', o.description), 'D')
      FROM company c WHERE c.id = o.company_id AND ${filter}`.execute(db);
    return;
  }
  // Only open positions are in the SQLite index: it serves the public board alone.
  // The facet tokens follow facetToken() in features/openings/search-terms.ts.
  const token = (prefix: string, column: RawBuilder<unknown>) =>
    sql`${prefix} || lower(replace(replace(${column}, ' ', ''), '-', ''))`;
  await sql`DELETE FROM opening_fts WHERE rowid IN (SELECT o.id FROM opening o WHERE ${filter})`.execute(db);
  await sql`INSERT INTO opening_fts (rowid, title, company, body, facets, place)
      SELECT o.id, o.title, c.name, o.description,
        ${token('f', sql`o.field`)} || ' ' || ${token('w', sql`o.workplace_type`)} || ' ' || ${token('t', sql`o.employment_type`)},
        o.city || ' ' || o.region || ' ' || o.country
      FROM opening o JOIN company c ON c.id = o.company_id WHERE ${filter} AND o.status = 'open'`.execute(db);
}

/** Removes openings from the index (before they are deleted). */
export async function unindexOpenings(
  db: Kysely<Tables>,
  dialect: DialectName,
  ids: number[],
): Promise<void> {
  if (dialect === 'sqlite' && ids.length)
    await sql`DELETE FROM opening_fts WHERE rowid IN (${sql.join(ids)})`.execute(db);
}

export interface JobQuery {
  terms: SearchTerms;
  filters: BoardFilters;
  /** The least top-of-range yearly salary, in minor units. */
  minYearly: number | null;
  sort: 'relevance' | 'newest';
  limit: number;
  offset: number;
}

/** Where the matches come from, which id orders them, the conditions and the relevance order. */
function plan(dialect: DialectName, q: JobQuery) {
  const salary = q.minYearly === null ? null : sql`o.salary_max_yearly >= ${q.minYearly}`;
  const fts = dialect === 'sqlite' ? toFts5WithFilters(q.terms, q.filters) : null;
  if (fts !== null) {
    // The SQLite index holds open positions only, so the opening table is joined only when a
    // salary filter or the date order needs it. bm25 favours title, then company, then body.
    const relevance =
      toFts5(q.terms) && q.sort === 'relevance' ? sql`bm25(opening_fts, 10.0, 4.0, 1.0, 0.0, 0.0)` : null;
    const join = salary !== null || relevance === null;
    return {
      from: join ? sql`opening_fts f JOIN opening o ON o.id = f.rowid` : sql`opening_fts f`,
      id: sql`f.rowid`,
      where: [sql`opening_fts MATCH ${fts}`, ...(salary ? [salary] : [])],
      relevance,
    };
  }
  const where: RawBuilder<unknown>[] = [sql`o.status = 'open'`, ...(salary ? [salary] : [])];
  const f = q.filters;
  if (f.field) where.push(sql`o.field = ${f.field}`);
  if (f.workplace) where.push(sql`o.workplace_type = ${f.workplace}`);
  if (f.type) where.push(sql`o.employment_type = ${f.type}`);
  // On SQLite the location is always part of the FTS expression above.
  const place = wordsOf(f.location).slice(0, 4);
  if (place.length) {
    // Every word typed must start a word of the city, region or country, as on SQLite.
    const tsq = place.map((w) => `${w}:*`).join(' & ');
    where.push(sql`o.place_vector @@ to_tsquery('simple', ${tsq})`);
  }
  const text = dialect === 'postgres' ? toWebsearch(q.terms) : null;
  let relevance: RawBuilder<unknown> | null = null;
  if (text !== null) {
    const tsq = sql`websearch_to_tsquery('english', ${text})`;
    where.push(sql`o.search_vector @@ ${tsq}`);
    if (q.sort === 'relevance') relevance = sql`ts_rank_cd(o.search_vector, ${tsq}, 1) DESC`;
  }
  return { from: sql`opening o`, id: sql`o.id`, where, relevance };
}

/**
 * How many matches are counted and ranked at most. Ranking half a million rows by relevance
 * takes most of a second on either database; a person never pages that far, so a broad query
 * is ranked among its most recently added CAP matches and its count reads "10,000+".
 */
export const SEARCH_CAP = 10_000;

type Head = { n: number | string; floor: number | string | null };
type Plan = ReturnType<typeof plan>;
type Read = <R>(query: RawBuilder<R>) => Promise<R[]>;
type Found = { ids: number[]; total: number; capped: boolean };

/** Finds matching open positions, best first, and how many match (up to SEARCH_CAP). */
export async function searchOpeningIds(database: Db, q: JobQuery): Promise<Found> {
  const { db } = database;
  const p = plan(database.dialect, q);
  if (database.dialect === 'sqlite') {
    return rankNewest((query) => database.read(query.compile(db)), p, q, [null]);
  }
  return db.transaction().execute(async (tx) => {
    const top = Number(
      (await sql<{ top: number | null }>`SELECT max(id) AS top FROM opening`.execute(tx)).rows[0]?.top ?? 0,
    );
    // Bitmap scans let PostgreSQL intersect the GIN index with an id range. A scan in id order
    // would test tsvectors row by row instead: seconds for a middling word at a million rows.
    await sql`SET LOCAL enable_indexscan = off`.execute(tx);
    const floors = WINDOWS.map((w) => top - w).filter((f) => f > 0);
    return rankNewest(async (query) => (await query.execute(tx)).rows, p, q, [...floors, null]);
  });
}

/** Newest-first windows tried in turn on PostgreSQL; most searches fill SEARCH_CAP in the first. */
const WINDOWS = [100_000, 400_000];

/**
 * Counts matches newest first (widening the id window until SEARCH_CAP is reached or there is
 * no window left), then ranks the page among the newest SEARCH_CAP matches.
 */
async function rankNewest(read: Read, p: Plan, q: JobQuery, floors: (number | null)[]): Promise<Found> {
  const base = sql.join(p.where, sql` AND `);
  let matched = 0;
  let cut: number | null = null;
  for (const floor of floors) {
    const cond = floor === null ? base : sql`${base} AND ${p.id} > ${floor}`;
    const newest = sql`SELECT ${p.id} AS id FROM ${p.from} WHERE ${cond} ORDER BY ${p.id} DESC LIMIT ${SEARCH_CAP + 1}`;
    const [head] = await read(sql<Head>`SELECT count(*) AS n, min(id) AS floor FROM (${newest}) head`);
    matched = Number(head?.n ?? 0);
    cut = head?.floor === null || head?.floor === undefined ? null : Number(head.floor);
    if (matched > SEARCH_CAP) break;
  }
  if (matched === 0) return { ids: [], total: 0, capped: false };
  const capped = matched > SEARCH_CAP;
  const within = capped ? sql`${base} AND ${p.id} > ${cut}` : base;
  const order = p.relevance ? sql`${p.relevance}, ${p.id} DESC` : sql`o.posted_at DESC, o.id DESC`;
  const page = await read(
    sql<{
      id: number;
    }>`SELECT ${p.id} AS id FROM ${p.from} WHERE ${within} ORDER BY ${order} LIMIT ${q.limit} OFFSET ${q.offset}`,
  );
  return { ids: page.map((r) => Number(r.id)), total: Math.min(matched, SEARCH_CAP), capped };
}
