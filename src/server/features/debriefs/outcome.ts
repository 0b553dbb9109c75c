import type { Kysely } from 'kysely';
import type { Outcome } from '../../../shared/debriefs.ts';
import type { Stage } from '../../../shared/pipeline.ts';
import type { Tables } from '../../db/tables.ts';

// A debrief's outcome follows its application through the pipeline, so insight can count how
// interviews ended without each author coming back to say so.

/**
 * Pure: the outcome a stage means. Stages are the agency's own, so closed ones are told apart
 * by name ("Withdrawn by candidate" against "Rejected by client", "Not selected", …).
 */
export function outcomeOfStage(stage: Pick<Stage, 'name' | 'kind'>): Outcome {
  if (stage.kind === 'placed') return 'placed';
  if (stage.kind === 'closed') return /withdr/i.test(stage.name) ? 'withdrawn' : 'rejected';
  return /offer/i.test(stage.name) ? 'offer' : 'pending';
}

/**
 * Sets the outcome of the candidate's debriefs of interviews for the application's opening
 * (a group interview hangs off one application, so the debrief's own candidate and opening
 * decide); call it in the move's transaction.
 */
export async function followStage(
  tx: Kysely<Tables>,
  applicationId: number,
  stage: Pick<Stage, 'name' | 'kind'>,
): Promise<void> {
  const app = await tx
    .selectFrom('application')
    .select(['candidate_id', 'opening_id'])
    .where('id', '=', applicationId)
    .executeTakeFirst();
  if (!app) return;
  await tx
    .updateTable('debrief')
    .set({ outcome: outcomeOfStage(stage), updated_at: new Date().toISOString() })
    .where('candidate_id', '=', app.candidate_id)
    .where('opening_id', '=', app.opening_id)
    .execute();
}
