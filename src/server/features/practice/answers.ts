import type { Kysely } from 'kysely';
import { speakingSeconds, wordCount } from '../../../shared/practice.ts';
import type { AnswerInput, AnswerOut, Star } from '../../../shared/practice-api.ts';
import { iso, type Tables } from '../../db/tables.ts';

// A seeker's prepared answers. Saving a changed answer keeps the one before as a version, so
// they can see how an answer grew and go back to an earlier one.

/** The text an answer is read out as: free text, or the STAR parts in order. */
export function answerText(input: { body: string; star: Star | null }): string {
  if (!input.star) return input.body.trim();
  return [input.star.situation, input.star.task, input.star.action, input.star.result]
    .map((p) => p.trim())
    .filter(Boolean)
    .join('\n\n');
}

const parseStar = (text: string | null): Star | null => (text ? (JSON.parse(text) as Star) : null);

export async function findAnswer(
  db: Kysely<Tables>,
  userId: string,
  questionId: number,
): Promise<AnswerOut | null> {
  const a = await db
    .selectFrom('prepared_answer')
    .selectAll()
    .where('user_id', '=', userId)
    .where('question_id', '=', questionId)
    .executeTakeFirst();
  if (!a) return null;
  const versions = await db
    .selectFrom('prepared_answer_version')
    .selectAll()
    .where('answer_id', '=', a.id)
    .orderBy('id', 'desc')
    .limit(50)
    .execute();
  const words = wordCount(a.body);
  return {
    questionId,
    body: a.body,
    star: parseStar(a.star),
    shared: a.shared === 1,
    words,
    speakingSeconds: speakingSeconds(words),
    updatedAt: iso(a.updated_at),
    versions: versions.map((v) => ({
      id: v.id,
      body: v.body,
      star: parseStar(v.star),
      at: iso(v.created_at),
    })),
  };
}

/** Saves the answer; the text it replaces becomes a version when it changed. */
export async function saveAnswer(
  db: Kysely<Tables>,
  userId: string,
  questionId: number,
  input: AnswerInput,
): Promise<void> {
  const body = answerText(input);
  const star = input.star ? JSON.stringify(input.star) : null;
  const now = new Date().toISOString();
  await db.transaction().execute(async (tx) => {
    const old = await tx
      .selectFrom('prepared_answer')
      .selectAll()
      .where('user_id', '=', userId)
      .where('question_id', '=', questionId)
      .executeTakeFirst();
    if (!old) {
      await tx
        .insertInto('prepared_answer')
        .values({ user_id: userId, question_id: questionId, body, star, shared: input.shared ? 1 : 0 })
        .execute();
      return;
    }
    const changed = old.body !== body || old.star !== star;
    if (changed && (old.body || old.star))
      await tx
        .insertInto('prepared_answer_version')
        .values({ answer_id: old.id, body: old.body, star: old.star, created_at: iso(old.updated_at) })
        .execute();
    await tx
      .updateTable('prepared_answer')
      .set({ body, star, shared: input.shared ? 1 : 0, updated_at: now })
      .where('id', '=', old.id)
      .execute();
  });
}

/** Every answer a seeker has written, newest first, with its question. */
export async function listAnswers(db: Kysely<Tables>, userId: string, onlyShared = false) {
  let q = db
    .selectFrom('prepared_answer as a')
    .innerJoin('question as q', 'q.id', 'a.question_id')
    .select(['a.question_id', 'q.text', 'q.category', 'a.body', 'a.star', 'a.shared', 'a.updated_at'])
    .where('a.user_id', '=', userId);
  if (onlyShared) q = q.where('a.shared', '=', 1);
  const rows = await q.orderBy('a.updated_at', 'desc').orderBy('a.id', 'desc').execute();
  return rows.map((r) => {
    const words = wordCount(r.body);
    return {
      questionId: r.question_id,
      question: r.text,
      category: r.category,
      body: r.body,
      star: parseStar(r.star),
      shared: r.shared === 1,
      words,
      speakingSeconds: speakingSeconds(words),
      updatedAt: iso(r.updated_at),
    };
  });
}
