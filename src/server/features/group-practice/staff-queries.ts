import type { Kysely } from 'kysely';
import type { StaffRunOut, StaffRunSummary } from '../../../shared/group-practice.ts';
import type { SeedGroupExercise } from '../../../shared/practice.ts';
import { iso, type Tables } from '../../db/tables.ts';
import { conflict } from '../../platform/errors.ts';
import { startTimes } from './clock.ts';
import { clockOf, exerciseByKey } from './queries.ts';

// The recruiter's side: setting a run up, its clock, and what members chose to report back.
// No query here selects a member's notes: they are private to the candidate.

/** The candidate records asked for, with what decides whether they may join. */
export function candidatesFor(db: Kysely<Tables>, ids: number[]) {
  return db
    .selectFrom('candidate')
    .select(['id', 'name', 'user_id', 'owner_id'])
    .where('id', 'in', ids)
    .execute();
}

export async function createRun(
  db: Kysely<Tables>,
  by: string,
  exercise: SeedGroupExercise,
  candidateIds: number[],
): Promise<number> {
  return db.transaction().execute(async (tx) => {
    const run = await tx
      .insertInto('group_run')
      .values({
        exercise_key: exercise.key,
        title: exercise.title,
        minutes: exercise.minutes,
        created_by: by,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('group_run_member')
      .values(candidateIds.map((candidate_id) => ({ run_id: run.id, candidate_id })))
      .execute();
    return run.id;
  });
}

function runs(db: Kysely<Tables>) {
  return db
    .selectFrom('group_run as r')
    .leftJoin('user as u', 'u.id', 'r.created_by')
    .selectAll('r')
    .select('u.name as creator');
}

export async function staffRuns(db: Kysely<Tables>, onlyBy: string | null): Promise<StaffRunSummary[]> {
  let q = runs(db)
    .select((e) => [
      e
        .selectFrom('group_run_member as m')
        .select((x) => x.fn.countAll<number>().as('n'))
        .whereRef('m.run_id', '=', 'r.id')
        .as('members'),
      e
        .selectFrom('group_run_member as m')
        .select((x) => x.fn.countAll<number>().as('n'))
        .whereRef('m.run_id', '=', 'r.id')
        .where('m.reviewed_at', 'is not', null)
        .as('reviews'),
    ])
    .orderBy('r.id', 'desc')
    .limit(200);
  if (onlyBy) q = q.where('r.created_by', '=', onlyBy);
  const now = Date.now();
  return (await q.execute()).map((r) => ({
    ...clockOf(r, now),
    exerciseKey: r.exercise_key,
    members: Number(r.members ?? 0),
    reviews: Number(r.reviews ?? 0),
    createdBy: r.creator,
    createdAt: iso(r.created_at),
  }));
}

/** A run with its members' names and self-reviews, or undefined; `ownerId` is for the access check. */
export async function staffRun(db: Kysely<Tables>, runId: number) {
  const r = await runs(db).where('r.id', '=', runId).executeTakeFirst();
  if (!r) return undefined;
  const members = await db
    .selectFrom('group_run_member as m')
    .innerJoin('candidate as c', 'c.id', 'm.candidate_id')
    .select(['m.candidate_id', 'c.name', 'm.self_review', 'm.self_rating', 'm.reviewed_at'])
    .where('m.run_id', '=', runId)
    .orderBy('c.name')
    .execute();
  const exercise = exerciseByKey(r.exercise_key);
  const view: Omit<StaffRunOut, 'canChange'> = {
    ...clockOf(r, Date.now()),
    exercise: exercise
      ? { ...exercise, materials: [...exercise.materials], watchFor: [...exercise.watchFor] }
      : null,
    createdBy: r.creator,
    createdAt: iso(r.created_at),
    members: members.map((m) => ({
      candidateId: m.candidate_id,
      name: m.name,
      selfReview: m.self_review,
      selfRating: m.self_rating,
      reviewedAt: iso(m.reviewed_at),
    })),
  };
  return { ownerId: r.created_by, view };
}

/** Starts the shared clock, once: a second start (say from two tabs) is a conflict, not a reset. */
export async function startRun(db: Kysely<Tables>, runId: number, minutes: number): Promise<void> {
  const times = startTimes(Date.now(), minutes);
  const done = await db
    .updateTable('group_run')
    .set({ started_at: times.startedAt, ends_at: times.endsAt, updated_at: times.startedAt })
    .where('id', '=', runId)
    .where('started_at', 'is', null)
    .where('finished_at', 'is', null)
    .executeTakeFirst();
  if (Number(done.numUpdatedRows) === 0)
    throw conflict('already_started', 'This exercise has already been started or closed.');
}

export async function finishRun(db: Kysely<Tables>, runId: number): Promise<void> {
  const at = new Date().toISOString();
  const done = await db
    .updateTable('group_run')
    .set({ finished_at: at, updated_at: at })
    .where('id', '=', runId)
    .where('finished_at', 'is', null)
    .executeTakeFirst();
  if (Number(done.numUpdatedRows) === 0)
    throw conflict('already_finished', 'This exercise is already closed.');
}
