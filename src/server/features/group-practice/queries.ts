import type { Kysely, Selectable } from 'kysely';
import type { GroupPrepOut, MyRunOut, MyRunSummary } from '../../../shared/group-practice.ts';
import { type GroupRunTable, iso, type Tables } from '../../db/tables.ts';
import { conflict, invalid, notFound } from '../../platform/errors.ts';
import { GROUP_EXERCISES, GROUP_GUIDE } from '../practice/content/index.ts';
import { canReview, canWriteNotes, runState } from './clock.ts';

// The job seeker's side: their checklist ticks, and the group runs they are a member of through
// the candidate record linked to their portal account. Nothing here reads another member.

type RunRow = Selectable<GroupRunTable>;

/** The run's clock fields as the API shows them, with the server's `now`. */
export function clockOf(r: RunRow, now: number) {
  const times = { startedAt: iso(r.started_at), endsAt: iso(r.ends_at), finishedAt: iso(r.finished_at) };
  return {
    id: r.id,
    title: r.title,
    minutes: r.minutes,
    state: runState(times, now),
    now: new Date(now).toISOString(),
    ...times,
  };
}

export const exerciseByKey = (key: string) => GROUP_EXERCISES.find((e) => e.key === key);

export async function prepOf(db: Kysely<Tables>, userId: string): Promise<GroupPrepOut> {
  const rows = await db
    .selectFrom('group_prep_tick')
    .select('item_key')
    .where('user_id', '=', userId)
    .execute();
  const ticked = new Set(rows.map((r) => r.item_key));
  return {
    watchFor: GROUP_GUIDE.watchFor.map((w) => ({ ...w })),
    checklist: GROUP_GUIDE.checklist.map((c) => ({ ...c, ticked: ticked.has(c.key) })),
  };
}

export async function setTick(db: Kysely<Tables>, userId: string, key: string, ticked: boolean) {
  if (!GROUP_GUIDE.checklist.some((c) => c.key === key))
    throw invalid('That is not an item on the checklist.', { key: 'Choose an item from the checklist' });
  if (ticked)
    await db
      .insertInto('group_prep_tick')
      .values({ user_id: userId, item_key: key, ticked_at: new Date().toISOString() })
      .onConflict((oc) => oc.columns(['user_id', 'item_key']).doNothing())
      .execute();
  else
    await db
      .deleteFrom('group_prep_tick')
      .where('user_id', '=', userId)
      .where('item_key', '=', key)
      .execute();
}

function memberRuns(db: Kysely<Tables>, userId: string) {
  return db
    .selectFrom('group_run_member as m')
    .innerJoin('candidate as c', 'c.id', 'm.candidate_id')
    .innerJoin('group_run as r', 'r.id', 'm.run_id')
    .where('c.user_id', '=', userId);
}

export async function myRuns(db: Kysely<Tables>, userId: string): Promise<MyRunSummary[]> {
  const rows = await memberRuns(db, userId).selectAll('r').orderBy('r.id', 'desc').limit(200).execute();
  const now = Date.now();
  return rows.map((r) => ({ ...clockOf(r, now), createdAt: iso(r.created_at) }));
}

async function myMembership(db: Kysely<Tables>, userId: string, runId: number) {
  const row = await memberRuns(db, userId)
    .selectAll('r')
    .select(['m.candidate_id', 'm.notes', 'm.self_review', 'm.self_rating', 'm.reviewed_at'])
    .where('r.id', '=', runId)
    .executeTakeFirst();
  if (!row) throw notFound('That group exercise');
  return row;
}

/** The member's view: brief and materials once the clock runs, the group's size but no names. */
export async function myRun(db: Kysely<Tables>, userId: string, runId: number): Promise<MyRunOut> {
  const r = await myMembership(db, userId, runId);
  const now = Date.now();
  const clock = clockOf(r, now);
  const exercise = exerciseByKey(r.exercise_key);
  const shown = clock.startedAt !== null && exercise !== undefined;
  const { n } = await db
    .selectFrom('group_run_member')
    .select((e) => e.fn.countAll().as('n'))
    .where('run_id', '=', runId)
    .executeTakeFirstOrThrow();
  return {
    ...clock,
    kind: exercise?.kind ?? 'discussion',
    brief: shown ? exercise.brief : null,
    materials: shown ? [...exercise.materials] : null,
    members: Number(n),
    notes: r.notes,
    selfReview: r.self_review,
    selfRating: r.self_rating,
    reviewedAt: iso(r.reviewed_at),
  };
}

export async function saveNotes(db: Kysely<Tables>, userId: string, runId: number, notes: string) {
  const r = await myMembership(db, userId, runId);
  if (!canWriteNotes(clockOf(r, Date.now()).state))
    throw conflict(
      'run_finished',
      'The recruiter has closed this exercise, so your notes can no longer change.',
    );
  await db
    .updateTable('group_run_member')
    .set({ notes })
    .where('run_id', '=', runId)
    .where('candidate_id', '=', r.candidate_id)
    .execute();
}

export async function saveReview(
  db: Kysely<Tables>,
  userId: string,
  runId: number,
  input: { selfReview: string; selfRating: number },
) {
  const r = await myMembership(db, userId, runId);
  if (!canReview(clockOf(r, Date.now()), Date.now()))
    throw conflict('not_time_yet', 'You can review yourself once the time for the exercise is up.');
  await db
    .updateTable('group_run_member')
    .set({
      self_review: input.selfReview,
      self_rating: input.selfRating,
      reviewed_at: new Date().toISOString(),
    })
    .where('run_id', '=', runId)
    .where('candidate_id', '=', r.candidate_id)
    .execute();
}
