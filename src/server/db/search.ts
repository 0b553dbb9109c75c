import { type Kysely, type RawBuilder, sql } from 'kysely';
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
  await sql`DELETE FROM opening_fts WHERE rowid IN (SELECT o.id FROM opening o WHERE ${filter})`.execute(db);
  await sql`INSERT INTO opening_fts (rowid, title, company, body)
      SELECT o.id, o.title, c.name, o.field || ' ' || o.city || ' ' || o.region || ' ' || o.description
      FROM opening o JOIN company c ON c.id = o.company_id WHERE ${filter}`.execute(db);
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

export interface OpeningSearch {
  /** An already-safe query: an FTS5 expression on SQLite, websearch_to_tsquery input on PostgreSQL; null lists all. */
  query: string | null;
  /** Extra conditions on the opening table, aliased `o`. */
  filters: RawBuilder<unknown>[];
  sort: 'relevance' | 'newest';
  limit: number;
  offset: number;
}

/**
 * How many matches are counted and ranked at most. Ranking half a million rows by relevance
 * takes most of a second on either database; a person never pages that far, so a broad query
 * is ranked among its most recently added CAP matches and its count reads "10,000+".
 */
export const SEARCH_CAP = 10_000;

/** Finds matching opening ids, best first, and how many match (up to SEARCH_CAP). */
export async function searchOpeningIds(
  database: Db,
  s: OpeningSearch,
): Promise<{ ids: number[]; total: number; capped: boolean }> {
  const { db, dialect } = database;
  let from: RawBuilder<unknown> = sql`opening o`;
  let id: RawBuilder<unknown> = sql`o.id`;
  const where = [...s.filters];
  let relevance: RawBuilder<unknown> | null = null;
  if (s.query !== null && dialect === 'postgres') {
    const q = sql`websearch_to_tsquery('english', ${s.query})`;
    where.push(sql`o.search_vector @@ ${q}`);
    relevance = sql`ts_rank_cd(o.search_vector, ${q}, 1) DESC`;
  } else if (s.query !== null) {
    // A flat join, so bm25 runs only for rows that pass the filters; the weights favour the
    // title, then the company, then the body.
    from = sql`opening_fts f JOIN opening o ON o.id = f.rowid`;
    id = sql`f.rowid`;
    where.push(sql`opening_fts MATCH ${s.query}`);
    relevance = sql`bm25(opening_fts, 10.0, 4.0, 1.0)`;
  }
  const cond = where.length ? sql.join(where, sql` AND `) : sql`1 = 1`;
  const [head] = await database.read(
    sql<{ n: number | string; floor: number | string | null }>`SELECT count(*) AS n, min(id) AS floor
      FROM (SELECT ${id} AS id FROM ${from} WHERE ${cond} ORDER BY ${id} DESC LIMIT ${SEARCH_CAP + 1}) head`.compile(
      db,
    ),
  );
  const matched = Number(head?.n ?? 0);
  if (matched === 0) return { ids: [], total: 0, capped: false };
  const capped = matched > SEARCH_CAP;
  const within = capped ? sql`${cond} AND ${id} > ${Number(head?.floor)}` : cond;
  const order =
    s.sort === 'relevance' && relevance ? sql`${relevance}, o.id DESC` : sql`o.posted_at DESC, o.id DESC`;
  const page = await database.read(
    sql<{
      id: number;
    }>`SELECT o.id FROM ${from} WHERE ${within} ORDER BY ${order} LIMIT ${s.limit} OFFSET ${s.offset}`.compile(
      db,
    ),
  );
  return { ids: page.map((r) => Number(r.id)), total: Math.min(matched, SEARCH_CAP), capped };
}
