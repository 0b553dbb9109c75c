import type { Kysely } from 'kysely';
import { reindexCandidates, unindexCandidates } from '../../db/candidate-search.ts';
import type { Tables } from '../../db/tables.ts';
import { HttpError, notFound } from '../../platform/errors.ts';
import { recordActivity } from '../activity/index.ts';
import { moveDebriefs } from '../debriefs/index.ts';
import { moveGroupRunMembers } from '../group-practice/index.ts';
import { foldInterviewApplication, moveInterviewBookings } from '../interviews/index.ts';
import { moveLeadLinks } from '../leads/index.ts';
import { moveMockInterviews } from '../mock-interviews/index.ts';
import { replaceSkills, skillsOf } from '../skills/index.ts';
import { checkMerge, mergedColumns } from './merge.ts';

/**
 * Every table that points at a candidate, each handled below. A test compares this with the
 * database's foreign keys, so a new table cannot be forgotten (and silently cascade-deleted).
 */
export const MERGED_TABLES = [
  'application',
  'note',
  'task',
  'activity',
  'candidate_resume',
  'candidate_skill',
  'invitation',
  'interview_booking',
  'group_run_member',
  'mock_interview',
  'debrief',
  // insight rollups' people rows: recomputed by moveDebriefs for both records
  'insight_person',
  'lead',
] as const;

export interface MergePlan {
  applications: number;
  /** Applications to an opening both records are in: folded into the kept one's, history and all. */
  sharedOpenings: string[];
  notes: number;
  tasks: number;
  resumes: number;
}

async function loadPair(db: Kysely<Tables>, keptId: number, otherId: number) {
  const rows = await db.selectFrom('candidate').selectAll().where('id', 'in', [keptId, otherId]).execute();
  const kept = rows.find((r) => r.id === keptId);
  const other = rows.find((r) => r.id === otherId);
  if (!kept) throw notFound('That candidate');
  if (!other) throw notFound('The record to merge');
  const check = checkMerge(kept, other);
  if (!check.ok) throw new HttpError(409, check.code, check.message);
  return { kept, other };
}

const count = async (q: { executeTakeFirst(): Promise<{ n: unknown } | undefined> }) =>
  Number((await q.executeTakeFirst())?.n ?? 0);

/** What a merge would move, so the recruiter confirms knowing it. */
export async function planMerge(db: Kysely<Tables>, keptId: number, otherId: number): Promise<MergePlan> {
  await loadPair(db, keptId, otherId);
  const shared = await db
    .selectFrom('application as a')
    .innerJoin('application as k', (j) =>
      j.onRef('k.opening_id', '=', 'a.opening_id').on('k.candidate_id', '=', keptId),
    )
    .innerJoin('opening as o', 'o.id', 'a.opening_id')
    .select('o.title')
    .where('a.candidate_id', '=', otherId)
    .execute();
  return {
    applications: await count(
      db
        .selectFrom('application')
        .select((e) => e.fn.countAll().as('n'))
        .where('candidate_id', '=', otherId),
    ),
    sharedOpenings: shared.map((s) => s.title),
    notes: await count(
      db
        .selectFrom('note')
        .select((e) => e.fn.countAll().as('n'))
        .where('candidate_id', '=', otherId),
    ),
    tasks: await count(
      db
        .selectFrom('task')
        .select((e) => e.fn.countAll().as('n'))
        .where('candidate_id', '=', otherId),
    ),
    resumes: await count(
      db
        .selectFrom('candidate_resume')
        .select((e) => e.fn.countAll().as('n'))
        .where('candidate_id', '=', otherId),
    ),
  };
}

/**
 * Merges `otherId` into `keptId` in one transaction: applications, notes, tasks, files,
 * activity, skills and a portal account move to the kept record; then the other is deleted.
 */
export async function mergeCandidates(
  db: Kysely<Tables>,
  keptId: number,
  otherId: number,
  by: string,
): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const { kept, other } = await loadPair(tx, keptId, otherId);

    const otherApps = await tx
      .selectFrom('application')
      .select(['id', 'opening_id', 'cover_note', 'resume_file_id'])
      .where('candidate_id', '=', otherId)
      .execute();
    for (const app of otherApps) {
      const twin = await tx
        .selectFrom('application')
        .select(['id', 'cover_note', 'resume_file_id'])
        .where('candidate_id', '=', keptId)
        .where('opening_id', '=', app.opening_id)
        .executeTakeFirst();
      if (!twin) {
        await tx.updateTable('application').set({ candidate_id: keptId }).where('id', '=', app.id).execute();
        continue;
      }
      // Both records are in this opening: one application keeps both histories.
      await tx
        .updateTable('stage_move')
        .set({ application_id: twin.id })
        .where('application_id', '=', app.id)
        .execute();
      await tx
        .updateTable('note')
        .set({ subject_id: twin.id })
        .where('subject_type', '=', 'application')
        .where('subject_id', '=', app.id)
        .execute();
      await tx
        .updateTable('task')
        .set({ subject_id: twin.id })
        .where('subject_type', '=', 'application')
        .where('subject_id', '=', app.id)
        .execute();
      await tx
        .updateTable('activity')
        .set({ application_id: twin.id })
        .where('application_id', '=', app.id)
        .execute();
      await foldInterviewApplication(tx, app.id, twin.id);
      await tx
        .updateTable('application')
        .set({
          cover_note: twin.cover_note || app.cover_note,
          resume_file_id: twin.resume_file_id ?? app.resume_file_id,
        })
        .where('id', '=', twin.id)
        .execute();
      await tx.deleteFrom('application').where('id', '=', app.id).execute();
    }

    await tx
      .updateTable('note')
      .set({ subject_id: keptId })
      .where('subject_type', '=', 'candidate')
      .where('subject_id', '=', otherId)
      .execute();
    await tx
      .updateTable('task')
      .set({ subject_id: keptId })
      .where('subject_type', '=', 'candidate')
      .where('subject_id', '=', otherId)
      .execute();
    for (const table of ['note', 'task', 'activity', 'candidate_resume', 'invitation'] as const)
      await tx.updateTable(table).set({ candidate_id: keptId }).where('candidate_id', '=', otherId).execute();
    await moveInterviewBookings(tx, keptId, otherId);
    await moveGroupRunMembers(tx, keptId, otherId);
    await moveMockInterviews(tx, keptId, otherId);
    await moveDebriefs(tx, keptId, otherId);
    await moveLeadLinks(tx, otherId, keptId);

    const skills = await skillsOf(tx, 'candidate', [keptId, otherId]);
    const names = [...(skills.get(keptId) ?? []), ...(skills.get(otherId) ?? [])].map((s) => s.name);
    await replaceSkills(tx, 'candidate', keptId, names);

    // The portal account moves last: user_id is unique, so the other record lets go first.
    if (other.user_id)
      await tx.updateTable('candidate').set({ user_id: null }).where('id', '=', otherId).execute();
    await tx
      .updateTable('candidate')
      .set({ ...mergedColumns(kept, other), updated_at: new Date().toISOString() })
      .where('id', '=', keptId)
      .execute();
    await recordActivity(tx, {
      candidateId: keptId,
      kind: 'merge',
      summary: `Merged with the duplicate record of ${other.name}${other.email ? ` <${other.email}>` : ''} (#${other.id})`,
      actorId: by,
    });
    await unindexCandidates(tx, [otherId]);
    await tx.deleteFrom('candidate').where('id', '=', otherId).execute();
    await reindexCandidates(tx, [keptId]);
  });
}
