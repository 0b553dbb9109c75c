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

/** Finds matching opening ids, best first, and how many match in all. */
export async function searchOpeningIds(
  database: Db,
  s: OpeningSearch,
): Promise<{ ids: number[]; total: number }> {
  const { db, dialect } = database;
  const newest = sql`o.posted_at DESC, o.id DESC`;
  let from: RawBuilder<unknown> = sql`opening o`;
  const where = [...s.filters];
  let order = newest;
  if (s.query !== null && dialect === 'postgres') {
    const q = sql`websearch_to_tsquery('english', ${s.query})`;
    where.push(sql`o.search_vector @@ ${q}`);
    if (s.sort === 'relevance') order = sql`ts_rank_cd(o.search_vector, ${q}, 1) DESC, o.id DESC`;
  } else if (s.query !== null) {
    // bm25 exists only inside an FTS query, so the matches are a derived table joined by id;
    // the weights favour the title, then the company, then the body.
    from = sql`(SELECT rowid AS id, bm25(opening_fts, 10.0, 4.0, 1.0) AS score
        FROM opening_fts WHERE opening_fts MATCH ${s.query}) m JOIN opening o ON o.id = m.id`;
    if (s.sort === 'relevance') order = sql`m.score, o.id DESC`;
  }
  const cond = where.length ? sql.join(where, sql` AND `) : sql`1 = 1`;
  const page = await sql<{ id: number }>`SELECT o.id FROM ${from} WHERE ${cond}
      ORDER BY ${order} LIMIT ${s.limit} OFFSET ${s.offset}`.execute(db);
  const count = await sql<{ n: number | string }>`SELECT count(*) AS n FROM ${from} WHERE ${cond}`.execute(
    db,
  );
  return { ids: page.rows.map((r) => Number(r.id)), total: Number(count.rows[0]?.n ?? 0) };
}
