import type { Kysely } from 'kysely';
import type { Tables } from '../../db/tables.ts';
import { forgetDebriefs, refreshPeople } from '../insights/index.ts';

// Debriefs follow a candidate merge. Where both records debriefed the same interview in the
// same role (the unique key), the kept record's debrief stays and the other's goes.

export async function moveDebriefs(tx: Kysely<Tables>, keptId: number, otherId: number): Promise<void> {
  const doubles = await tx
    .selectFrom('debrief')
    .select('id')
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
  const ids = doubles.map((d) => d.id);
  // The insight rollups lose what the dropped debriefs added, and follow the people.
  await forgetDebriefs(tx, ids);
  if (ids.length > 0) await tx.deleteFrom('debrief').where('id', 'in', ids).execute();
  await tx.updateTable('debrief').set({ candidate_id: keptId }).where('candidate_id', '=', otherId).execute();
  await refreshPeople(tx, [keptId, otherId]);
}
