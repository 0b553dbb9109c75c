import { type Kysely, sql } from 'kysely';
import type { DebriefInput } from '../../../shared/debriefs.ts';
import type { Tables } from '../../db/tables.ts';
import { inTransaction } from '../../db/transaction.ts';
import { invalid } from '../../platform/errors.ts';
import { recordActivity } from '../activity/index.ts';
import { recountDebrief, talliesOf } from '../insights/rollups.ts';
import { forgetSighting, recordSighting } from '../practice/bank-queries.ts';
import { normalizeSkills } from '../skills/index.ts';
import type { SittingFacts } from './facts.ts';
import { type AuthorRole, debriefColumns } from './queries.ts';

// Writes a debrief whole: created the first time, replaced on each edit. Its questions are
// recorded as sightings in the bank (once per interview however often it is edited), new
// questions join the bank, skills go through the vocabulary, and the insight rollups take the
// difference between the debrief before and after.

export interface Author {
  userId: string;
  role: AuthorRole;
}

/** Bank ids for the questions, in order: picked ones checked, new ones added (or matched by text). */
async function questionIds(
  tx: Kysely<Tables>,
  input: DebriefInput,
  field: string,
  userId: string,
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
  const missing = input.questions.findIndex((q) => q.questionId !== undefined && !known.has(q.questionId));
  if (missing >= 0)
    throw invalid('A question is not in the bank.', {
      [`questions.${missing}.questionId`]: 'That question is not in the bank; pick another or write it out.',
    });
  const ids: number[] = [];
  for (const q of input.questions) {
    if (q.questionId !== undefined) {
      ids.push(q.questionId);
      continue;
    }
    const text = q.text ?? '';
    // The same words already in the bank are the same question.
    const same = await tx
      .selectFrom('question')
      .select('id')
      .where(sql<boolean>`lower(text) = ${text.toLowerCase()}`)
      .where('retired_at', 'is', null)
      .executeTakeFirst();
    if (same) {
      ids.push(same.id);
      continue;
    }
    const row = await tx
      .insertInto('question')
      .values({
        key: null,
        text,
        // Asked in a real interview for this field; staff may re-file it later.
        category: 'field-specific',
        difficulty: 'medium',
        company_id: null,
        source: 'debrief',
        created_by: userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx.insertInto('question_field').values({ question_id: row.id, field }).execute();
    ids.push(row.id);
  }
  return ids;
}

/** Creates or replaces the author's debrief of this sitting; returns its id. */
export async function saveDebrief(
  db: Kysely<Tables>,
  f: SittingFacts,
  input: DebriefInput,
  author: Author,
): Promise<number> {
  return inTransaction(db, async (tx) => {
    const ids = await questionIds(tx, input, f.field, author.userId);
    const now = new Date().toISOString();
    const existing = await tx
      .selectFrom('debrief')
      .select('id')
      .where('interview_id', '=', f.interviewId)
      .where('candidate_id', '=', f.candidateId)
      .where('author_role', '=', author.role)
      .executeTakeFirst();
    let id: number;
    let before: number[] = [];
    const counted = existing ? await talliesOf(tx, [existing.id]) : [];
    if (existing) {
      id = existing.id;
      before = (
        await tx.selectFrom('debrief_question').select('question_id').where('debrief_id', '=', id).execute()
      ).map((r) => r.question_id);
      await tx
        .updateTable('debrief')
        .set({ ...debriefColumns(input), author_id: author.userId, updated_at: now })
        .where('id', '=', id)
        .execute();
      await tx.deleteFrom('debrief_question').where('debrief_id', '=', id).execute();
      await tx.deleteFrom('debrief_skill').where('debrief_id', '=', id).execute();
    } else {
      const row = await tx
        .insertInto('debrief')
        .values({
          ...debriefColumns(input),
          interview_id: f.interviewId,
          candidate_id: f.candidateId,
          author_id: author.userId,
          author_role: author.role,
          company_id: f.companyId,
          opening_id: f.openingId,
          field: f.field,
          interview_at: f.startsAt,
          created_at: now,
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      id = row.id;
    }
    if (input.questions.length > 0)
      await tx
        .insertInto('debrief_question')
        .values(
          input.questions.map((q, i) => ({
            debrief_id: id,
            position: i + 1,
            question_id: ids[i] as number,
            visibility: q.visibility,
            note: q.note.text,
            note_visibility: q.note.visibility,
          })),
        )
        .execute();
    const skills = normalizeSkills(input.skills);
    if (skills.length > 0)
      await tx
        .insertInto('debrief_skill')
        .values(
          skills.map((s) => ({
            debrief_id: id,
            skill_key: s.key,
            name: s.name,
            known: s.known ? 1 : 0,
            visibility: input.skillsVisibility,
          })),
        )
        .execute();
    await syncSightings(tx, f, before, ids);
    await recountDebrief(tx, id, counted);
    await recordActivity(tx, {
      candidateId: f.candidateId,
      openingId: f.openingId,
      kind: 'note',
      summary: `${existing ? 'Debrief updated' : 'Debrief written'}: ${f.openingTitle} at ${f.companyName}`,
      actorId: author.userId,
    });
    return id;
  });
}

/**
 * Keeps the bank's sightings in step: each question now in the debrief is seen once for this
 * interview; one that left it is forgotten unless another debrief of the interview still names it.
 */
async function syncSightings(tx: Kysely<Tables>, f: SittingFacts, before: number[], after: number[]) {
  for (const questionId of new Set(after))
    await recordSighting(tx, {
      questionId,
      companyId: f.companyId,
      field: f.field,
      interviewId: f.interviewId,
      askedAt: f.startsAt,
    });
  const gone = [...new Set(before)].filter((q) => !after.includes(q));
  for (const questionId of gone) {
    const still = await tx
      .selectFrom('debrief_question as dq')
      .innerJoin('debrief as d', 'd.id', 'dq.debrief_id')
      .select('dq.question_id')
      .where('d.interview_id', '=', f.interviewId)
      .where('dq.question_id', '=', questionId)
      .executeTakeFirst();
    if (!still) await forgetSighting(tx, questionId, f.interviewId);
  }
}
