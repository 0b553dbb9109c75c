import type { Kysely } from 'kysely';
import type {
  AnswerScoreInput,
  MockAnswerOut,
  MockInterviewItem,
  Scores,
} from '../../../shared/mock-interviews.ts';
import type { QuestionCategory } from '../../../shared/practice.ts';
import { iso, type Tables } from '../../db/tables.ts';
import { summarizeRubric } from './rubric.ts';

// The only place mock interviews touch the database. Rows become domain shapes here.

type Db = Kysely<Tables>;

/** A mock interview with everything a page shows, before access is decided. */
export interface MockInterview {
  id: number;
  candidate: { id: number; name: string; ownerId: string | null; userId: string | null };
  title: string;
  heldAt: string;
  interviewer: { id: string; name: string } | null;
  feedback: string;
  sharedAt: string | null;
  answers: MockAnswerOut[];
}

/** The candidate's name and owners, or undefined when there is no such record. */
export async function findCandidate(db: Db, id: number) {
  return db
    .selectFrom('candidate')
    .select(['id', 'name', 'owner_id'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The ids among these that name a question in the bank that is not retired. */
export async function usableQuestionIds(db: Db, ids: readonly number[]): Promise<Set<number>> {
  const rows = await db
    .selectFrom('question')
    .select('id')
    .where('id', 'in', [...ids])
    .where('retired_at', 'is', null)
    .execute();
  return new Set(rows.map((r) => r.id));
}

export async function insertMockInterview(
  db: Db,
  v: { candidateId: number; interviewerId: string; title: string; questionIds: readonly number[] },
): Promise<number> {
  return db.transaction().execute(async (tx) => {
    const row = await tx
      .insertInto('mock_interview')
      .values({
        candidate_id: v.candidateId,
        interviewer_id: v.interviewerId,
        title: v.title,
        held_at: new Date().toISOString(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('mock_interview_answer')
      .values(
        v.questionIds.map((questionId, i) => ({
          mock_interview_id: row.id,
          position: i + 1,
          question_id: questionId,
        })),
      )
      .execute();
    return row.id;
  });
}

async function answersOf(db: Db, mockInterviewIds: number[]) {
  if (mockInterviewIds.length === 0) return [];
  return db
    .selectFrom('mock_interview_answer as a')
    .innerJoin('question as q', 'q.id', 'a.question_id')
    .select([
      'a.mock_interview_id',
      'a.position',
      'a.structure',
      'a.relevance',
      'a.evidence',
      'a.delivery',
      'a.comment',
      'q.id as question_id',
      'q.text',
      'q.category',
      'q.looking_for',
    ])
    .where('a.mock_interview_id', 'in', mockInterviewIds)
    .orderBy('a.mock_interview_id')
    .orderBy('a.position')
    .execute();
}

const scoresOf = (r: Scores): Scores => ({
  structure: r.structure,
  relevance: r.relevance,
  evidence: r.evidence,
  delivery: r.delivery,
});

export async function findMockInterview(db: Db, id: number): Promise<MockInterview | undefined> {
  const row = await db
    .selectFrom('mock_interview as m')
    .innerJoin('candidate as c', 'c.id', 'm.candidate_id')
    .leftJoin('user as u', 'u.id', 'm.interviewer_id')
    .select([
      'm.id',
      'm.title',
      'm.held_at',
      'm.feedback',
      'm.shared_at',
      'm.interviewer_id',
      'u.name as interviewer_name',
      'c.id as candidate_id',
      'c.name as candidate_name',
      'c.owner_id',
      'c.user_id',
    ])
    .where('m.id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const answers = (await answersOf(db, [id])).map((a) => ({
    position: a.position,
    question: {
      id: a.question_id,
      text: a.text,
      category: a.category as QuestionCategory,
      lookingFor: a.looking_for,
    },
    scores: scoresOf(a),
    comment: a.comment,
  }));
  return {
    id: row.id,
    candidate: { id: row.candidate_id, name: row.candidate_name, ownerId: row.owner_id, userId: row.user_id },
    title: row.title,
    heldAt: iso(row.held_at),
    interviewer: row.interviewer_id ? { id: row.interviewer_id, name: row.interviewer_name ?? '' } : null,
    feedback: row.feedback,
    sharedAt: iso(row.shared_at),
    answers,
  };
}

/** List lines, newest first: every one of a candidate, or the shared ones of a seeker's records. */
export async function listMockInterviews(
  db: Db,
  of: { candidateId: number } | { seekerUserId: string },
): Promise<MockInterviewItem[]> {
  let q = db
    .selectFrom('mock_interview as m')
    .innerJoin('candidate as c', 'c.id', 'm.candidate_id')
    .leftJoin('user as u', 'u.id', 'm.interviewer_id')
    .select(['m.id', 'm.title', 'm.held_at', 'm.shared_at', 'u.name as interviewer_name']);
  q =
    'candidateId' in of
      ? q.where('m.candidate_id', '=', of.candidateId)
      : q.where('c.user_id', '=', of.seekerUserId).where('m.shared_at', 'is not', null);
  const rows = await q.orderBy('m.held_at', 'desc').orderBy('m.id', 'desc').execute();
  const answers = await answersOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => {
    const mine = answers.filter((a) => a.mock_interview_id === r.id);
    return {
      id: r.id,
      title: r.title,
      heldAt: iso(r.held_at),
      interviewerName: r.interviewer_name,
      sharedAt: iso(r.shared_at),
      questions: mine.length,
      overall: summarizeRubric(mine.map(scoresOf)).overall,
    };
  });
}

/** Scores one answer; false when the mock interview has no question at that position. */
export async function scoreAnswer(
  db: Db,
  id: number,
  position: number,
  input: AnswerScoreInput,
): Promise<boolean> {
  const res = await db
    .updateTable('mock_interview_answer')
    .set({
      structure: input.structure,
      relevance: input.relevance,
      evidence: input.evidence,
      delivery: input.delivery,
      comment: input.comment,
    })
    .where('mock_interview_id', '=', id)
    .where('position', '=', position)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) === 0) return false;
  await touch(db, id);
  return true;
}

async function touch(db: Db, id: number) {
  await db
    .updateTable('mock_interview')
    .set({ updated_at: new Date().toISOString() })
    .where('id', '=', id)
    .execute();
}

export async function saveFeedback(db: Db, id: number, feedback: string): Promise<void> {
  await db
    .updateTable('mock_interview')
    .set({ feedback, updated_at: new Date().toISOString() })
    .where('id', '=', id)
    .execute();
}

/** Marks it shared, once: a second share keeps the first date. */
export async function markShared(db: Db, id: number): Promise<void> {
  const now = new Date().toISOString();
  await db
    .updateTable('mock_interview')
    .set({ shared_at: now, updated_at: now })
    .where('id', '=', id)
    .where('shared_at', 'is', null)
    .execute();
}

/** Moves a merged-away record's mock interviews to the record that is kept. */
export async function moveMockInterviews(tx: Db, keptId: number, otherId: number): Promise<void> {
  await tx
    .updateTable('mock_interview')
    .set({ candidate_id: keptId })
    .where('candidate_id', '=', otherId)
    .execute();
}
