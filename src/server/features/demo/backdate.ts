// The API stamps every change with the current time, which is right for real use but would make
// the whole demo pipeline look created in the last minute: every card "today", every report a
// single spike. Once seeding is done, this moves the demo's own records into the recent past,
// keeping the order in which they happened. Only the timestamps change, never what the API
// created, and only for the records the demo just made.
import type { Kysely } from 'kysely';
import type { Tables } from '../../db/tables.ts';

export interface History {
  /** Days ago of each stage_move row of an application, oldest first (its first entry, then each move). */
  applications: Map<number, number[]>;
  /** Days ago each candidate record was created. */
  candidates: Map<number, number>;
}

const DAY = 24 * 60 * 60 * 1000;

/** Rewrites the timestamps of the demo's applications, moves, activity and candidate records. */
export async function backdate(db: Kysely<Tables>, history: History, now: number): Promise<void> {
  const at = (daysAgo: number) => new Date(now - daysAgo * DAY).toISOString();
  await db.transaction().execute(async (tx) => {
    for (const [id, days] of history.applications) await backdateApplication(tx, id, days.map(at));
    for (const [id, days] of history.candidates) {
      const created = at(days);
      await tx
        .updateTable('candidate')
        .set({ created_at: created, updated_at: created })
        .where('id', '=', id)
        .execute();
      await tx
        .updateTable('activity')
        .set({ created_at: created })
        .where('candidate_id', '=', id)
        .where('kind', '=', 'candidate')
        .execute();
    }
  });
}

async function backdateApplication(tx: Kysely<Tables>, id: number, times: string[]): Promise<void> {
  const moves = await tx
    .selectFrom('stage_move')
    .select('id')
    .where('application_id', '=', id)
    .orderBy('id')
    .execute();
  if (moves.length !== times.length)
    throw new Error(`Application ${id} has ${moves.length} moves; the demo planned ${times.length}`);
  const first = times[0] as string;
  const last = times.at(-1) as string;
  for (const [i, m] of moves.entries())
    await tx
      .updateTable('stage_move')
      .set({ created_at: times[i] as string })
      .where('id', '=', m.id)
      .execute();
  await tx
    .updateTable('application')
    .set({ created_at: first, stage_entered_at: last, updated_at: last })
    .where('id', '=', id)
    .execute();
  // The timeline entries written with each step: one for the application, one per move.
  const entries = await tx
    .selectFrom('activity')
    .select(['id', 'kind'])
    .where('application_id', '=', id)
    .where('kind', 'in', ['application', 'stage'])
    .orderBy('id')
    .execute();
  const steps = entries.filter((e) => e.kind === 'stage');
  for (const e of entries.filter((x) => x.kind === 'application'))
    await tx.updateTable('activity').set({ created_at: first }).where('id', '=', e.id).execute();
  for (const [i, e] of steps.entries())
    await tx
      .updateTable('activity')
      .set({ created_at: times[i + 1] ?? last })
      .where('id', '=', e.id)
      .execute();
}
