import type { Kysely } from 'kysely';
import type { DebriefInput } from '../../../shared/debriefs.ts';
import type { Tables } from '../../db/tables.ts';
import { inTransaction } from '../../db/transaction.ts';
import { recordActivity } from '../activity/index.ts';
import { recountDebrief, talliesOf } from '../insights/index.ts';
import { forgetSighting, recordSighting } from '../practice/bank-queries.ts';
import { normalizeSkills } from '../skills/index.ts';
import type { SittingFacts } from './facts.ts';
import { type AuthorRole, debriefColumns } from './queries.ts';
import { questionIds } from './questions.ts';

// Writes a debrief whole: created the first time, replaced on each edit. Its shared questions
// are recorded as sightings in the bank (once per interview however often it is edited), new
// ones join the bank (questions.ts keeps the others out of sight), skills go through the
// vocabulary, and the insight rollups take the difference between the debrief before and after.

export interface Author {
  userId: string;
  role: AuthorRole;
}

/** Creates or replaces the author's debrief of this sitting; returns its id. */
export async function saveDebrief(
  db: Kysely<Tables>,
  f: SittingFacts,
  input: DebriefInput,
  author: Author,
): Promise<number> {
  return inTransaction(db, async (tx) => {
    const now = new Date().toISOString();
    const existing = await tx
      .selectFrom('debrief')
      .select('id')
      .where('interview_id', '=', f.interviewId)
      .where('candidate_id', '=', f.candidateId)
      .where('author_role', '=', author.role)
      .executeTakeFirst();
    const before = existing
      ? await tx
          .selectFrom('debrief_question')
          .select(['question_id', 'visibility'])
          .where('debrief_id', '=', existing.id)
          .execute()
      : [];
    const ids = await questionIds(
      tx,
      input,
      f.field,
      author.userId,
      new Set(before.map((q) => q.question_id)),
    );
    const counted = existing ? await talliesOf(tx, [existing.id]) : [];
    let id: number;
    if (existing) {
      id = existing.id;
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
    // Only shared questions say where they were asked; private and agency ones stay unseen.
    await syncSightings(
      tx,
      f,
      before.filter((q) => q.visibility === 'shared').map((q) => q.question_id),
      ids.filter((_, i) => input.questions[i]?.visibility === 'shared'),
    );
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
      .where('dq.visibility', '=', 'shared')
      .executeTakeFirst();
    if (!still) await forgetSighting(tx, questionId, f.interviewId);
  }
}
