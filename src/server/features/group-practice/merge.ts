import type { Kysely } from 'kysely';
import { iso, type Tables } from '../../db/tables.ts';

/**
 * Moves group-run memberships from a merged-away candidate record to the kept one. When both
 * records are in the same run (the primary key allows one row), the kept row stays and takes
 * both sets of notes, and the other's self-review when it has none, so nothing the person wrote is lost.
 */
export async function moveGroupRunMembers(tx: Kysely<Tables>, keptId: number, otherId: number) {
  const clashes = await tx
    .selectFrom('group_run_member as o')
    .innerJoin('group_run_member as k', (j) =>
      j.onRef('k.run_id', '=', 'o.run_id').on('k.candidate_id', '=', keptId),
    )
    .select([
      'o.run_id',
      'o.notes as o_notes',
      'o.self_review as o_review',
      'o.self_rating as o_rating',
      'o.reviewed_at as o_reviewed',
      'k.notes as k_notes',
      'k.reviewed_at as k_reviewed',
    ])
    .where('o.candidate_id', '=', otherId)
    .execute();
  for (const c of clashes) {
    const takeReview = c.k_reviewed === null && c.o_reviewed !== null;
    await tx
      .updateTable('group_run_member')
      .set({
        notes: [c.k_notes, c.o_notes].filter((n) => n.trim() !== '').join('\n\n'),
        ...(takeReview
          ? { self_review: c.o_review, self_rating: c.o_rating, reviewed_at: iso(c.o_reviewed) }
          : {}),
      })
      .where('run_id', '=', c.run_id)
      .where('candidate_id', '=', keptId)
      .execute();
    await tx
      .deleteFrom('group_run_member')
      .where('run_id', '=', c.run_id)
      .where('candidate_id', '=', otherId)
      .execute();
  }
  await tx
    .updateTable('group_run_member')
    .set({ candidate_id: keptId })
    .where('candidate_id', '=', otherId)
    .execute();
}
