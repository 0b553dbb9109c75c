import { type Expression, type Kysely, PostgresAdapter, type SqlBool, sql } from 'kysely';
import { wordsOf } from '../features/openings/search-terms.ts';
import type { Tables } from './tables.ts';

// Full-text search over candidates: name, headline, skills and the text of every resume
// version. SQLite keeps a contentless FTS5 table keyed by candidate id; PostgreSQL a tsvector
// column with a GIN index. Recruiters type the start of names ("pri" for Priya), so every word
// matches as a prefix.

/** Which database a Kysely instance talks to, read from its adapter. */
function isPostgres(db: Kysely<Tables>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** Rewrites the index rows of some candidates; call it in the transaction that changed them. */
export async function reindexCandidates(db: Kysely<Tables>, ids: number[]): Promise<void> {
  if (ids.length === 0) return;
  const list = sql.join(ids);
  if (isPostgres(db)) {
    await sql`UPDATE candidate c SET search_vector =
        setweight(to_tsvector('simple', c.name), 'A') ||
        setweight(to_tsvector('simple', c.headline), 'B') ||
        setweight(to_tsvector('simple', coalesce((SELECT string_agg(s.name, ' ') FROM candidate_skill s WHERE s.candidate_id = c.id), '')), 'B') ||
        setweight(to_tsvector('simple', coalesce((SELECT string_agg(r.text, ' ') FROM candidate_resume r WHERE r.candidate_id = c.id), '')), 'D')
      WHERE c.id IN (${list})`.execute(db);
    return;
  }
  await sql`DELETE FROM candidate_fts WHERE rowid IN (${list})`.execute(db);
  await sql`INSERT INTO candidate_fts (rowid, name, headline, skills, resume)
    SELECT c.id, c.name, c.headline,
      coalesce((SELECT group_concat(s.name, ' ') FROM candidate_skill s WHERE s.candidate_id = c.id), ''),
      coalesce((SELECT group_concat(r.text, ' ') FROM candidate_resume r WHERE r.candidate_id = c.id), '')
    FROM candidate c WHERE c.id IN (${list})`.execute(db);
}

/** Removes candidates from the index before they are deleted (PostgreSQL needs nothing). */
export async function unindexCandidates(db: Kysely<Tables>, ids: number[]): Promise<void> {
  if (ids.length && !isPostgres(db))
    await sql`DELETE FROM candidate_fts WHERE rowid IN (${sql.join(ids)})`.execute(db);
}

/**
 * A condition on `idColumn` (a candidate id) that holds when the candidate's text has every
 * typed word as a prefix; null when nothing searchable was typed.
 */
export function candidateMatch(
  db: Kysely<Tables>,
  idColumn: string,
  typed: string,
): Expression<SqlBool> | null {
  const words = wordsOf(typed).slice(0, 8);
  if (words.length === 0) return null;
  if (isPostgres(db)) {
    const query = words.map((w) => `${w}:*`).join(' & ');
    return sql<SqlBool>`${sql.ref(idColumn)} IN (SELECT id FROM candidate WHERE search_vector @@ to_tsquery('simple', ${query}))`;
  }
  const match = words.map((w) => `"${w}"*`).join(' AND ');
  return sql<SqlBool>`${sql.ref(idColumn)} IN (SELECT rowid FROM candidate_fts WHERE candidate_fts MATCH ${match})`;
}
