import type { Kysely } from 'kysely';
import type { Stage } from '../../../shared/pipeline.ts';
import type { DialectName } from '../../db/connect.ts';
import type { Tables } from '../../db/tables.ts';
import { conflict, HttpError, notFound } from '../../platform/errors.ts';
import { recordActivity } from '../activity/index.ts';
import { followStage } from '../debriefs/index.ts';
import { addResume } from '../resumes/index.ts';
import { placedCount } from './queries.ts';
import { checkMove, firstStage, positionsLeft, shouldOfferClose } from './rules.ts';
import { listStages } from './stages.ts';

// Writes to the pipeline: new applications and stage moves, each with its history row and
// activity entry in the same transaction.

export interface NewApplication {
  openingId: number;
  candidateId: number;
  origin: 'self' | 'agency';
  submittedBy: string | null;
  coverNote: string;
  /** A resume sent with the application: stored as a file and as the candidate's newest version. */
  resume: { key: string; mimeType: string; name: string; size: number; ownerId: string; text: string } | null;
  stageId?: number;
  note?: string;
}

/** Inserts an application in its first stage (or the one given); null when it already exists. */
export async function insertApplication(db: Kysely<Tables>, a: NewApplication): Promise<number | null> {
  return db.transaction().execute(async (tx) => {
    const existing = await tx
      .selectFrom('application')
      .select('id')
      .where('opening_id', '=', a.openingId)
      .where('candidate_id', '=', a.candidateId)
      .executeTakeFirst();
    if (existing) return null;
    const stages = await listStages(tx);
    const stage = a.stageId ? stages.find((s) => s.id === a.stageId) : firstStage(stages);
    if (!stage || stage.retired) throw conflict('unknown_stage', 'Choose a current stage to start in.');
    if (stage.kind === 'placed')
      throw conflict('bad_stage', 'Submit the candidate first, then move them to placed.');
    const now = new Date().toISOString();
    const file = a.resume ? await addResume(tx, a.candidateId, a.resume, a.submittedBy) : null;
    const row = await tx
      .insertInto('application')
      .values({
        opening_id: a.openingId,
        candidate_id: a.candidateId,
        origin: a.origin,
        submitted_by: a.submittedBy,
        cover_note: a.coverNote,
        resume_file_id: file?.fileId ?? null,
        stage_id: stage.id,
        stage_entered_at: now,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('stage_move')
      .values({
        application_id: row.id,
        to_stage_id: stage.id,
        moved_by: a.submittedBy,
        note: a.note ?? '',
        created_at: now,
      })
      .execute();
    const opening = await tx
      .selectFrom('opening as o')
      .innerJoin('company as c', 'c.id', 'o.company_id')
      .select(['o.title', 'c.name'])
      .where('o.id', '=', a.openingId)
      .executeTakeFirstOrThrow();
    const what = `${opening.title} at ${opening.name}`;
    await recordActivity(tx, {
      candidateId: a.candidateId,
      openingId: a.openingId,
      applicationId: row.id,
      kind: 'application',
      summary: a.origin === 'self' ? `Applied to ${what} from the job board` : `Submitted to ${what}`,
      actorId: a.submittedBy,
    });
    return row.id;
  });
}

export interface MoveOutcome {
  applicationId: number;
  openingId: number;
  positionsLeft: number;
  offerClose: boolean;
}

/**
 * Moves one application to a stage inside an open transaction. Locks the opening row on
 * PostgreSQL so two recruiters cannot both fill its last position.
 */
async function moveIn(
  tx: Kysely<Tables>,
  dialect: DialectName,
  stages: Stage[],
  applicationId: number,
  stageId: number,
  by: string,
  note: string,
): Promise<MoveOutcome> {
  const app = await tx
    .selectFrom('application')
    .select(['id', 'opening_id', 'candidate_id', 'stage_id'])
    .where('id', '=', applicationId)
    .executeTakeFirst();
  if (!app) throw notFound('That application');
  let openingQuery = tx
    .selectFrom('opening')
    .select(['positions', 'status', 'title'])
    .where('id', '=', app.opening_id);
  if (dialect === 'postgres') openingQuery = openingQuery.forUpdate();
  const opening = await openingQuery.executeTakeFirstOrThrow();
  const from = stages.find((s) => s.id === app.stage_id);
  const to = stages.find((s) => s.id === stageId);
  if (!from) throw new Error(`application ${app.id} is in unknown stage ${app.stage_id}`);
  const before = positionsLeft(opening.positions, await placedCount(tx, app.opening_id));
  const check = checkMove(from, to, before);
  if (!check.ok || !to)
    throw new HttpError(409, check.ok ? 'unknown_stage' : check.code, check.ok ? '' : check.message);
  const now = new Date().toISOString();
  await tx
    .updateTable('application')
    .set({ stage_id: to.id, stage_entered_at: now, updated_at: now })
    .where('id', '=', app.id)
    .execute();
  await tx
    .insertInto('stage_move')
    .values({
      application_id: app.id,
      from_stage_id: from.id,
      to_stage_id: to.id,
      moved_by: by,
      note,
      created_at: now,
    })
    .execute();
  await recordActivity(tx, {
    candidateId: app.candidate_id,
    openingId: app.opening_id,
    applicationId: app.id,
    kind: 'stage',
    summary: `${opening.title}: ${from.name} → ${to.name}${note ? ` (${note})` : ''}`,
    actorId: by,
  });
  await followStage(tx, app.id, to);
  const left = positionsLeft(opening.positions, await placedCount(tx, app.opening_id));
  return {
    applicationId: app.id,
    openingId: app.opening_id,
    positionsLeft: left,
    offerClose: shouldOfferClose(to, left, opening.status),
  };
}

export async function moveApplication(
  db: Kysely<Tables>,
  dialect: DialectName,
  applicationId: number,
  stageId: number,
  by: string,
  note: string,
): Promise<MoveOutcome> {
  return db
    .transaction()
    .execute(async (tx) => moveIn(tx, dialect, await listStages(tx), applicationId, stageId, by, note));
}

/**
 * Moves several applications at once, all or none: if one cannot move (say the opening's
 * positions are filled), nothing moves and the error names it.
 */
export async function moveMany(
  db: Kysely<Tables>,
  dialect: DialectName,
  applicationIds: number[],
  stageId: number,
  by: string,
  note: string,
): Promise<MoveOutcome[]> {
  return db.transaction().execute(async (tx) => {
    const stages = await listStages(tx);
    const outcomes: MoveOutcome[] = [];
    for (const id of [...new Set(applicationIds)]) {
      const current = await tx
        .selectFrom('application')
        .select('stage_id')
        .where('id', '=', id)
        .executeTakeFirst();
      if (current?.stage_id === stageId) continue; // already there: nothing to record
      outcomes.push(await moveIn(tx, dialect, stages, id, stageId, by, note));
    }
    return outcomes;
  });
}
