import { type Kysely, sql } from 'kysely';
import type { DebriefInput } from '../../../shared/debriefs.ts';
import { KEPT_QUESTION } from '../../../shared/practice-api.ts';
import type { Tables } from '../../db/tables.ts';
import { invalid } from '../../platform/errors.ts';

// The bank questions a debrief names. A question written out and shared joins the bank (source
// 'debrief') for everyone to practise. One written out but kept private or to the agency must not
// reach the bank's readers, so it is stored out of sight: source KEPT_QUESTION and retired,
// which every bank list, practice draw and picker leaves out. If its author shares it later, it
// joins the bank.

/**
 * Bank ids for the questions, in order: picked ones checked (a kept one only if it is already
 * in this debrief, `own`), new ones added or matched by their words.
 */
export async function questionIds(
  tx: Kysely<Tables>,
  input: DebriefInput,
  field: string,
  userId: string,
  own: ReadonlySet<number>,
): Promise<number[]> {
  const picked = input.questions.flatMap((q) => (q.questionId === undefined ? [] : [q.questionId]));
  const known = new Set(
    picked.length === 0
      ? []
      : (
          await tx
            .selectFrom('question')
            .select('id')
            .where('id', 'in', picked)
            .where('retired_at', 'is', null)
            .execute()
        ).map((r) => r.id),
  );
  const missing = input.questions.findIndex(
    (q) => q.questionId !== undefined && !known.has(q.questionId) && !own.has(q.questionId),
  );
  if (missing >= 0)
    throw invalid('A question is not in the bank.', {
      [`questions.${missing}.questionId`]: 'That question is not in the bank; pick another or write it out.',
    });
  const ids: number[] = [];
  for (const q of input.questions) {
    const shared = q.visibility === 'shared';
    if (q.questionId !== undefined) ids.push(q.questionId);
    else ids.push(await questionFor(tx, q.text ?? '', shared, field, userId));
    // Shared now: a kept question of this debrief joins the bank.
    if (shared)
      await tx
        .updateTable('question')
        .set({ source: 'debrief', retired_at: null, updated_at: new Date().toISOString() })
        .where('id', '=', ids[ids.length - 1] as number)
        .where('source', '=', KEPT_QUESTION)
        .execute();
  }
  return ids;
}

/** The bank question with these words (the same words are the same question), else a new one. */
async function questionFor(
  tx: Kysely<Tables>,
  text: string,
  shared: boolean,
  field: string,
  userId: string,
): Promise<number> {
  const same = await tx
    .selectFrom('question')
    .select('id')
    .where(sql<boolean>`lower(text) = ${text.toLowerCase()}`)
    .where('retired_at', 'is', null)
    .executeTakeFirst();
  if (same) return same.id;
  const now = new Date().toISOString();
  const row = await tx
    .insertInto('question')
    .values({
      key: null,
      text,
      // Asked in a real interview for this field; staff may re-file it later.
      category: 'field-specific',
      difficulty: 'medium',
      company_id: null,
      source: shared ? 'debrief' : KEPT_QUESTION,
      created_by: userId,
      retired_at: shared ? null : now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await tx.insertInto('question_field').values({ question_id: row.id, field }).execute();
  return row.id;
}
