import { type Kysely, sql } from 'kysely';
import { type SeedWritingPrompt, wordCount } from '../../../shared/practice.ts';
import { GRACE_SECONDS, type WritingAttempt } from '../../../shared/writing.ts';
import { iso, type Tables } from '../../db/tables.ts';
import { conflict, notFound } from '../../platform/errors.ts';
import { WRITING_PROMPTS } from '../practice/content/index.ts';

// Writing attempts. The deadline is the server's: text saved up to a short grace after it
// counts (a save may be on its way), and an attempt whose time ran out is submitted with its
// last saved text, whether or not the browser is still open. That is settled when the attempt
// is next read, so no timer needs to run on the server.

const byKey = new Map(WRITING_PROMPTS.map((p) => [p.key, p]));
export const promptOf = (key: string): SeedWritingPrompt | undefined => byKey.get(key);

type Row = Awaited<ReturnType<ReturnType<typeof one>['executeTakeFirstOrThrow']>>;

const graceEnd = (deadline: string | Date) => Date.parse(iso(deadline)) + GRACE_SECONDS * 1000;

/** Submits, with its last saved text, every attempt of this user (or all) whose time ran out. */
export async function settle(db: Kysely<Tables>, userId: string | null, now = new Date()): Promise<void> {
  const cutoff = new Date(now.getTime() - GRACE_SECONDS * 1000).toISOString();
  let q = db
    .updateTable('writing_attempt')
    .set({ submitted_at: sql<string>`deadline_at`, auto_submitted: 1 })
    .where('submitted_at', 'is', null)
    .where('deadline_at', '<', cutoff);
  if (userId) q = q.where('user_id', '=', userId);
  await q.execute();
}

export function present(r: Row, now = new Date()): WritingAttempt {
  const prompt = promptOf(r.prompt_key);
  return {
    id: r.id,
    prompt: prompt
      ? {
          key: prompt.key,
          kind: prompt.kind,
          title: prompt.title,
          field: prompt.field,
          minutes: prompt.minutes,
          words: prompt.words,
          prompt: prompt.prompt,
          document: prompt.document ?? null,
          criteria: [...prompt.criteria],
        }
      : {
          key: r.prompt_key,
          kind: 'field-task',
          title: 'A writing test that is no longer offered',
          field: null,
          minutes: 0,
          words: { min: 0, max: 0 },
          prompt: '',
          document: null,
          criteria: [],
        },
    state: r.submitted_at === null ? 'writing' : 'submitted',
    startedAt: iso(r.started_at),
    deadlineAt: iso(r.deadline_at),
    now: now.toISOString(),
    body: r.body,
    words: wordCount(r.body),
    savedAt: iso(r.saved_at),
    submittedAt: iso(r.submitted_at),
    autoSubmitted: r.auto_submitted === 1,
    feedback: r.feedback,
    feedbackBy: r.feedback_name ?? null,
    feedbackAt: iso(r.feedback_at),
  };
}

function one(db: Kysely<Tables>) {
  return db
    .selectFrom('writing_attempt as w')
    .leftJoin('user as f', 'f.id', 'w.feedback_by')
    .selectAll('w')
    .select('f.name as feedback_name');
}

/** One of the user's attempts, settled first; null when it is not theirs. */
export async function findAttempt(db: Kysely<Tables>, userId: string, id: number) {
  await settle(db, userId);
  return (await one(db).where('w.id', '=', id).where('w.user_id', '=', userId).executeTakeFirst()) ?? null;
}

export async function findAnyAttempt(db: Kysely<Tables>, id: number) {
  await settle(db, null);
  return (await one(db).where('w.id', '=', id).executeTakeFirst()) ?? null;
}

export async function listAttempts(db: Kysely<Tables>, userId: string) {
  await settle(db, userId);
  return one(db).where('w.user_id', '=', userId).orderBy('w.id', 'desc').execute();
}

/** Starts a test, or returns the one already running for the same prompt. */
export async function startAttempt(
  db: Kysely<Tables>,
  userId: string,
  key: string,
  now = new Date(),
): Promise<number> {
  const prompt = promptOf(key);
  if (!prompt) throw notFound('That writing test');
  await settle(db, userId, now);
  const running = await db
    .selectFrom('writing_attempt')
    .select('id')
    .where('user_id', '=', userId)
    .where('prompt_key', '=', key)
    .where('submitted_at', 'is', null)
    .executeTakeFirst();
  if (running) return running.id;
  const row = await db
    .insertInto('writing_attempt')
    .values({
      user_id: userId,
      prompt_key: key,
      started_at: now.toISOString(),
      deadline_at: new Date(now.getTime() + prompt.minutes * 60_000).toISOString(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Saves the text of a running attempt; with `submit`, hands it in. After the deadline (and its
 * grace) nothing changes: the attempt was submitted with what was saved in time.
 */
export async function saveAttempt(
  db: Kysely<Tables>,
  userId: string,
  id: number,
  body: string,
  submit: boolean,
  now = new Date(),
): Promise<void> {
  const row = await db
    .selectFrom('writing_attempt')
    .select(['id', 'deadline_at', 'submitted_at'])
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (!row) throw notFound('That writing test');
  if (row.submitted_at !== null) throw conflict('already_submitted', 'This test has been handed in.');
  if (now.getTime() > graceEnd(row.deadline_at)) {
    await settle(db, userId, now);
    throw conflict('time_up', 'Time ran out: your test was handed in with the text saved before the end.');
  }
  const at = now.toISOString();
  await db
    .updateTable('writing_attempt')
    .set({ body, saved_at: at, ...(submit ? { submitted_at: at } : {}) })
    .where('id', '=', id)
    .where('submitted_at', 'is', null)
    .execute();
}

/** Submitted attempts for staff, newest first, with the writer and their candidate record. */
export async function listSubmissions(db: Kysely<Tables>) {
  await settle(db, null);
  return db
    .selectFrom('writing_attempt as w')
    .innerJoin('user as u', 'u.id', 'w.user_id')
    .leftJoin('candidate as c', 'c.user_id', 'w.user_id')
    .select([
      'w.id',
      'w.prompt_key',
      'w.started_at',
      'w.submitted_at',
      'w.body',
      'w.feedback',
      'u.name as writer',
      'c.id as candidate_id',
      'c.name as candidate_name',
      'c.owner_id',
    ])
    .where('w.submitted_at', 'is not', null)
    .orderBy('w.submitted_at', 'desc')
    .orderBy('w.id', 'desc')
    .limit(200)
    .execute();
}

export async function writerOf(db: Kysely<Tables>, userId: string) {
  return db
    .selectFrom('user as u')
    .leftJoin('candidate as c', 'c.user_id', 'u.id')
    .select(['u.name', 'u.email', 'c.id as candidate_id', 'c.name as candidate_name', 'c.owner_id'])
    .where('u.id', '=', userId)
    .executeTakeFirst();
}
