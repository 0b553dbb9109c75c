import type { Kysely } from 'kysely';
import type { Tables } from '../../db/tables.ts';

// Debriefs follow a candidate merge. Where both records debriefed the same interview in the
// same role (the unique key), the kept record's debrief stays and the other's goes.

export async function moveDebriefs(tx: Kysely<Tables>, keptId: number, otherId: number): Promise<void> {
  await tx
    .deleteFrom('debrief')
    .where('candidate_id', '=', otherId)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('debrief as k')
          .select('k.id')
          .whereRef('k.interview_id', '=', 'debrief.interview_id')
          .whereRef('k.author_role', '=', 'debrief.author_role')
          .where('k.candidate_id', '=', keptId),
      ),
    )
    .execute();
  await tx.updateTable('debrief').set({ candidate_id: keptId }).where('candidate_id', '=', otherId).execute();
}
