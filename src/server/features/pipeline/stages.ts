import type { Kysely, Selectable } from 'kysely';
import type { Stage, StageInput, StageKind } from '../../../shared/pipeline.ts';
import type { PipelineStageTable, Tables } from '../../db/tables.ts';
import { conflict, notFound } from '../../platform/errors.ts';
import { checkStages, reorder } from './rules.ts';

function toStage(r: Selectable<PipelineStageTable>): Stage {
  return {
    id: r.id,
    name: r.name,
    kind: r.kind as StageKind,
    seekerLabel: r.seeker_label,
    seekerNext: r.seeker_next,
    position: r.position,
    retired: r.retired_at !== null,
  };
}

/** Every stage, retired ones too (old records still name them), in pipeline order. */
export async function listStages(db: Kysely<Tables>): Promise<Stage[]> {
  const rows = await db.selectFrom('pipeline_stage').selectAll().orderBy('position').orderBy('id').execute();
  return rows.map(toStage);
}

function mustPass(stages: Pick<Stage, 'kind' | 'retired'>[]): void {
  const check = checkStages(stages);
  if (!check.ok) throw conflict('pipeline_incomplete', check.message);
}

export async function addStage(db: Kysely<Tables>, input: StageInput): Promise<Stage> {
  return db.transaction().execute(async (tx) => {
    const last = await tx
      .selectFrom('pipeline_stage')
      .select((e) => e.fn.max('position').as('p'))
      .executeTakeFirst();
    const row = await tx
      .insertInto('pipeline_stage')
      .values({
        name: input.name,
        kind: input.kind,
        seeker_label: input.seekerLabel,
        seeker_next: input.seekerNext,
        position: Number(last?.p ?? 0) + 10,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toStage(row);
  });
}

/** Renames or re-describes a stage; its moves keep pointing at it, so history reads the new name. */
export async function updateStage(db: Kysely<Tables>, id: number, input: StageInput): Promise<Stage> {
  return db.transaction().execute(async (tx) => {
    const stages = await listStages(tx);
    if (!stages.some((s) => s.id === id)) throw notFound('That stage');
    mustPass(stages.map((s) => (s.id === id ? { ...s, kind: input.kind } : s)));
    const row = await tx
      .updateTable('pipeline_stage')
      .set({
        name: input.name,
        kind: input.kind,
        seeker_label: input.seekerLabel,
        seeker_next: input.seekerNext,
      })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    return toStage(row);
  });
}

/** Retires a stage (or brings it back). Applications already in it stay there. */
export async function setRetired(db: Kysely<Tables>, id: number, retired: boolean): Promise<Stage> {
  return db.transaction().execute(async (tx) => {
    const stages = await listStages(tx);
    if (!stages.some((s) => s.id === id)) throw notFound('That stage');
    if (retired) mustPass(stages.map((s) => (s.id === id ? { ...s, retired: true } : s)));
    const row = await tx
      .updateTable('pipeline_stage')
      .set({ retired_at: retired ? new Date().toISOString() : null })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    return toStage(row);
  });
}

export async function reorderStages(db: Kysely<Tables>, ids: number[]): Promise<Stage[]> {
  return db.transaction().execute(async (tx) => {
    const positions = reorder(
      (await listStages(tx)).map((s) => s.id),
      ids,
    );
    if (!positions) throw conflict('bad_order', 'List every stage exactly once to reorder them.');
    for (const [id, position] of positions)
      await tx.updateTable('pipeline_stage').set({ position }).where('id', '=', id).execute();
    return listStages(tx);
  });
}
