import type { Kysely } from 'kysely';
import type { Skill } from '../../../shared/candidates.ts';
import type { Tables } from '../../db/tables.ts';
import { normalizeSkills } from './normalize.ts';

export type SkillOwner = 'candidate' | 'opening';

/** Replaces a record's skills with the normalised form of what was typed, keeping its order. */
export async function replaceSkills(
  db: Kysely<Tables>,
  owner: SkillOwner,
  ownerId: number,
  typed: readonly string[],
) {
  const rows = normalizeSkills(typed).map((s, position) => ({
    skill_key: s.key,
    name: s.name,
    known: s.known ? 1 : 0,
    position,
  }));
  if (owner === 'candidate') {
    await db.deleteFrom('candidate_skill').where('candidate_id', '=', ownerId).execute();
    if (rows.length)
      await db
        .insertInto('candidate_skill')
        .values(rows.map((r) => ({ ...r, candidate_id: ownerId })))
        .execute();
  } else {
    await db.deleteFrom('opening_skill').where('opening_id', '=', ownerId).execute();
    if (rows.length)
      await db
        .insertInto('opening_skill')
        .values(rows.map((r) => ({ ...r, opening_id: ownerId })))
        .execute();
  }
}

/** The skills of several records at once, in the order they were typed. */
export async function skillsOf(
  db: Kysely<Tables>,
  owner: SkillOwner,
  ids: readonly number[],
): Promise<Map<number, Skill[]>> {
  const out = new Map<number, Skill[]>(ids.map((id) => [id, []]));
  if (!ids.length) return out;
  const rows =
    owner === 'candidate'
      ? await db
          .selectFrom('candidate_skill')
          .select(['candidate_id as owner', 'name', 'known', 'position'])
          .where('candidate_id', 'in', [...ids])
          .orderBy('position')
          .execute()
      : await db
          .selectFrom('opening_skill')
          .select(['opening_id as owner', 'name', 'known', 'position'])
          .where('opening_id', 'in', [...ids])
          .orderBy('position')
          .execute();
  for (const r of rows) out.get(r.owner)?.push({ name: r.name, known: r.known === 1 });
  return out;
}
