import type { Kysely } from 'kysely';
import { wordCount } from '../../../shared/practice.ts';
import type { StoryInput, StoryOut } from '../../../shared/stories.ts';
import { iso, type Tables } from '../../db/tables.ts';
import { normalizeSkills } from '../skills/index.ts';

// A job seeker's story bank: their own stories, each tagged with skills and linked to questions
// in the bank. Every read and write is scoped by the owner, so another person's story is simply
// not there.

/** The skills as stored: the vocabulary's names, unknown skills as typed, no repeats. */
export function storySkills(typed: readonly string[]): string[] {
  return normalizeSkills(typed).map((s) => s.name);
}

// Skills are written only by this module, as a JSON array; anything else reads as no skills
// rather than failing the whole list.
function parseSkills(text: string): string[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter((s): s is string => typeof s === 'string') : [];
  } catch {
    return [];
  }
}

/** The ids among `ids` that a job seeker cannot link: not in the bank, or retired. */
export async function unlinkableQuestions(db: Kysely<Tables>, ids: readonly number[]): Promise<number[]> {
  if (ids.length === 0) return [];
  const found = await db
    .selectFrom('question')
    .select('id')
    .where('id', 'in', [...ids])
    .where('retired_at', 'is', null)
    .execute();
  const ok = new Set(found.map((r) => r.id));
  return ids.filter((id) => !ok.has(id));
}

/** A seeker's stories, most recently changed first; with a question, only those linked to it. */
export async function listStories(
  db: Kysely<Tables>,
  userId: string,
  questionId?: number,
): Promise<StoryOut[]> {
  let q = db.selectFrom('story as s').selectAll('s').where('s.user_id', '=', userId);
  if (questionId !== undefined)
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('story_question as sq')
          .select('sq.story_id')
          .whereRef('sq.story_id', '=', 's.id')
          .where('sq.question_id', '=', questionId),
      ),
    );
  return present(db, await q.orderBy('s.updated_at', 'desc').orderBy('s.id', 'desc').execute());
}

/** Story rows with their linked questions, as the API returns them. */
async function present(
  db: Kysely<Tables>,
  rows: { id: number; title: string; body: string; skills: string; updated_at: Date | string }[],
): Promise<StoryOut[]> {
  const ids = rows.map((r) => r.id);
  // Retired questions drop out of what a seeker sees, as they do from the bank itself.
  const links = ids.length
    ? await db
        .selectFrom('story_question as sq')
        .innerJoin('question as q', 'q.id', 'sq.question_id')
        .select(['sq.story_id', 'q.id', 'q.text'])
        .where('sq.story_id', 'in', ids)
        .where('q.retired_at', 'is', null)
        .orderBy('q.id')
        .execute()
    : [];
  const byStory = new Map<number, { id: number; text: string }[]>();
  for (const l of links)
    byStory.set(l.story_id, [...(byStory.get(l.story_id) ?? []), { id: l.id, text: l.text }]);
  return rows.map((r) => {
    const questions = byStory.get(r.id) ?? [];
    return {
      id: r.id,
      title: r.title,
      body: r.body,
      skills: parseSkills(r.skills),
      questionIds: questions.map((q) => q.id),
      questions,
      words: wordCount(r.body),
      updatedAt: iso(r.updated_at),
    };
  });
}

/** One of the seeker's stories, or null when there is none of theirs with that id. */
export async function findStory(db: Kysely<Tables>, userId: string, id: number): Promise<StoryOut | null> {
  const row = await db
    .selectFrom('story')
    .selectAll()
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row ? ((await present(db, [row]))[0] ?? null) : null;
}

async function writeLinks(tx: Kysely<Tables>, storyId: number, questionIds: readonly number[]) {
  await tx.deleteFrom('story_question').where('story_id', '=', storyId).execute();
  const unique = [...new Set(questionIds)];
  if (unique.length)
    await tx
      .insertInto('story_question')
      .values(unique.map((question_id) => ({ story_id: storyId, question_id })))
      .execute();
}

export async function createStory(db: Kysely<Tables>, userId: string, input: StoryInput): Promise<number> {
  return db.transaction().execute(async (tx) => {
    const row = await tx
      .insertInto('story')
      .values({
        user_id: userId,
        title: input.title,
        body: input.body,
        skills: JSON.stringify(storySkills(input.skills)),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeLinks(tx, row.id, input.questionIds);
    return row.id;
  });
}

/** Replaces a story's text, skills and links; false when the seeker has no story with that id. */
export async function updateStory(
  db: Kysely<Tables>,
  userId: string,
  id: number,
  input: StoryInput,
): Promise<boolean> {
  return db.transaction().execute(async (tx) => {
    const res = await tx
      .updateTable('story')
      .set({
        title: input.title,
        body: input.body,
        skills: JSON.stringify(storySkills(input.skills)),
        updated_at: new Date().toISOString(),
      })
      .where('id', '=', id)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) === 0) return false;
    await writeLinks(tx, id, input.questionIds);
    return true;
  });
}

/** Deletes a story (its links go with it, by cascade); false when the seeker has none with that id. */
export async function deleteStory(db: Kysely<Tables>, userId: string, id: number): Promise<boolean> {
  const res = await db
    .deleteFrom('story')
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Number(res.numDeletedRows) > 0;
}
