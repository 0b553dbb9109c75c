import type { Kysely } from 'kysely';
import type { Tables } from '../../db/tables.ts';

export async function findOpeningBySlug(db: Kysely<Tables>, slug: string) {
  return db
    .selectFrom('opening')
    .select(['id', 'status', 'title'])
    .where('slug', '=', slug)
    .executeTakeFirst();
}

/** When the person (through any of their records) applied to an opening, or null. */
export async function appliedAt(
  db: Kysely<Tables>,
  openingId: number,
  userId: string,
): Promise<string | null> {
  const row = await db
    .selectFrom('application as a')
    .innerJoin('candidate as c', 'c.id', 'a.candidate_id')
    .select('a.created_at')
    .where('a.opening_id', '=', openingId)
    .where('c.user_id', '=', userId)
    .executeTakeFirst();
  return row ? new Date(row.created_at).toISOString() : null;
}

export async function findFile(db: Kysely<Tables>, id: number) {
  return db.selectFrom('stored_file').selectAll().where('id', '=', id).executeTakeFirst();
}
