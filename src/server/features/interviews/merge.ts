import type { Kysely } from 'kysely';
import type { Tables } from '../../db/tables.ts';

// When recruiters merge duplicate candidate records, interviews follow the person: the
// candidates feature calls these inside its merge transaction.

/** Both records were in one opening: the folded application's interviews move to the kept one. */
export async function foldInterviewApplication(tx: Kysely<Tables>, fromAppId: number, toAppId: number) {
  await tx
    .updateTable('interview')
    .set({ application_id: toAppId })
    .where('application_id', '=', fromAppId)
    .execute();
  // An invitation the kept application already holds stays single; the rest go with the
  // folded application when it is deleted.
  await tx
    .updateTable('interview_invitee')
    .set({ application_id: toAppId })
    .where('application_id', '=', fromAppId)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('interview_invitee as k')
            .select('k.interview_id')
            .whereRef('k.interview_id', '=', 'interview_invitee.interview_id')
            .where('k.application_id', '=', toAppId),
        ),
      ),
    )
    .execute();
}

/**
 * Moves the other record's bookings to the kept one. Where both held the same time, one
 * booking remains (a live one over a cancelled one) and a doubly taken seat is given back.
 */
export async function moveInterviewBookings(tx: Kysely<Tables>, keptId: number, otherId: number) {
  const clashes = await tx
    .selectFrom('interview_booking as o')
    .innerJoin('interview_booking as k', (j) =>
      j.onRef('k.slot_id', '=', 'o.slot_id').on('k.candidate_id', '=', keptId),
    )
    .select([
      'o.id as other_id',
      'o.state as other_state',
      'k.id as kept_id',
      'k.state as kept_state',
      'o.slot_id',
    ])
    .where('o.candidate_id', '=', otherId)
    .execute();
  for (const c of clashes) {
    const keepOther = c.other_state === 'booked' && c.kept_state !== 'booked';
    await tx
      .deleteFrom('interview_booking')
      .where('id', '=', keepOther ? c.kept_id : c.other_id)
      .execute();
    if (c.other_state === 'booked' && c.kept_state === 'booked')
      await tx
        .updateTable('interview_slot')
        .set((eb) => ({ seats_taken: eb('seats_taken', '-', 1) }))
        .where('id', '=', c.slot_id)
        .where('seats_taken', '>', 0)
        .execute();
  }
  await tx
    .updateTable('interview_booking')
    .set({ candidate_id: keptId })
    .where('candidate_id', '=', otherId)
    .execute();
}
