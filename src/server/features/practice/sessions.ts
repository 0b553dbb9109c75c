import type { Kysely } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import { INTERVIEW_ROUND_LABELS, type InterviewRound } from '../../../shared/interviews.ts';
import { type PracticeRating, type QuestionCategory, TARGET_SECONDS } from '../../../shared/practice.ts';
import type { ItemInput, SessionInput, SessionOut } from '../../../shared/practice-api.ts';
import { iso, type Tables } from '../../db/tables.ts';
import { conflict, invalid, notFound } from '../../platform/errors.ts';
import { seekerCandidateId } from '../interviews/queries.ts';
import { questionsById } from './bank-queries.ts';
import { drawQuestions, type PoolQuestion } from './draw.ts';
import { type CardRow, review } from './schedule.ts';

// Practice sessions: drawing the questions, recording each answer and its rating, and moving
// the question's review card on. Everything is the signed-in seeker's own.

/** The end of today in the seeker's zone: a card due before then is due today. */
export function endOfToday(zone: string, now: Date = new Date()): Date {
  const today = Temporal.Instant.fromEpochMilliseconds(now.getTime()).toZonedDateTimeISO(zone).toPlainDate();
  const start = today.add({ days: 1 }).toZonedDateTime({ timeZone: zone });
  return new Date(start.epochMilliseconds - 1);
}

interface Target {
  title: string;
  field: string | null;
  companyId: number | null;
  interviewId: number | null;
}

async function targetOf(db: Kysely<Tables>, userId: string, input: SessionInput): Promise<Target> {
  if (input.source === 'field')
    return {
      title: `${input.field} questions`,
      field: input.field ?? null,
      companyId: null,
      interviewId: null,
    };
  if (input.source === 'due')
    return { title: 'Questions due for review', field: null, companyId: null, interviewId: null };
  if (input.source === 'questions')
    return { title: 'Questions employers ask now', field: null, companyId: null, interviewId: null };
  const id = input.interviewId as number;
  if (!(await seekerCandidateId(db, id, userId)))
    throw invalid('That interview is not one of yours.', { interviewId: 'Choose one of your interviews' });
  const i = await db
    .selectFrom('interview as i')
    .innerJoin('application as a', 'a.id', 'i.application_id')
    .innerJoin('opening as o', 'o.id', 'a.opening_id')
    .innerJoin('company as co', 'co.id', 'o.company_id')
    .select(['i.round', 'o.field', 'o.company_id', 'co.name'])
    .where('i.id', '=', id)
    .executeTakeFirstOrThrow();
  return {
    title: `${INTERVIEW_ROUND_LABELS[i.round as InterviewRound] ?? 'Interview'} at ${i.name}`,
    field: i.field,
    companyId: i.company_id,
    interviewId: id,
  };
}

/** The questions the seeker could be asked, with their own review state. */
async function poolFor(
  db: Kysely<Tables>,
  userId: string,
  t: Target,
  dueOnly: Date | null,
): Promise<PoolQuestion[]> {
  let q = db
    .selectFrom('question as q')
    .leftJoin('review_card as rc', (j) =>
      j.onRef('rc.question_id', '=', 'q.id').on('rc.user_id', '=', userId),
    )
    .select(['q.id', 'q.category', 'q.company_id', 'rc.due'])
    .where('q.retired_at', 'is', null);
  if (dueOnly) q = q.where('rc.due', '<=', dueOnly.toISOString());
  else
    q = q.where((eb) =>
      eb.or([eb('q.company_id', 'is', null), ...(t.companyId ? [eb('q.company_id', '=', t.companyId)] : [])]),
    );
  const rows = await q.execute();
  const fieldOf = new Map<number, string[]>();
  if (rows.length > 0) {
    const fields = await db.selectFrom('question_field').selectAll().execute();
    for (const f of fields) fieldOf.set(f.question_id, [...(fieldOf.get(f.question_id) ?? []), f.field]);
  }
  return rows
    .filter((r) => {
      if (dueOnly) return true;
      const fields = fieldOf.get(r.id) ?? [];
      // Questions for any field always; a field's own only when it is the one practised for.
      return fields.length === 0 || (t.field !== null && fields.includes(t.field));
    })
    .map((r) => ({
      id: r.id,
      category: r.category as QuestionCategory,
      companyMatch: t.companyId !== null && r.company_id === t.companyId,
      fieldMatch: t.field !== null && (fieldOf.get(r.id) ?? []).includes(t.field),
      due: r.due === null ? null : iso(r.due),
    }));
}

/** The questions asked for by id, in the order given; one not in the bank is a field error. */
async function chosenQuestions(db: Kysely<Tables>, ids: readonly number[]): Promise<PoolQuestion[]> {
  const unique = [...new Set(ids)];
  const rows = await db
    .selectFrom('question')
    .select(['id', 'category', 'company_id'])
    .where('id', 'in', unique)
    .where('retired_at', 'is', null)
    .execute();
  const found = new Map(rows.map((r) => [r.id, r]));
  if (found.size < unique.length)
    throw invalid('A question is not in the bank.', {
      questionIds: 'One of these questions is no longer in the bank',
    });
  return unique.map((id) => ({
    id,
    category: found.get(id)?.category as QuestionCategory,
    companyMatch: false,
    fieldMatch: false,
    due: null,
  }));
}

export async function startSession(
  db: Kysely<Tables>,
  userId: string,
  input: SessionInput,
  zone: string,
  now = new Date(),
): Promise<number> {
  const target = await targetOf(db, userId, input);
  const pool =
    input.source === 'questions'
      ? await chosenQuestions(db, input.questionIds ?? [])
      : await poolFor(db, userId, target, input.source === 'due' ? endOfToday(zone, now) : null);
  const ids = input.source === 'questions' ? pool.map((p) => p.id) : drawQuestions(pool, input.count, now);
  if (ids.length === 0)
    throw conflict(
      'nothing_to_practise',
      input.source === 'due'
        ? 'Nothing is due for review today. Practise for an interview or a field instead.'
        : 'There are no questions to practise for this yet.',
    );
  const categories = new Map(pool.map((p) => [p.id, p.category]));
  return db.transaction().execute(async (tx) => {
    const s = await tx
      .insertInto('practice_session')
      .values({
        user_id: userId,
        source: input.source,
        interview_id: target.interviewId,
        field: target.field,
        started_at: now.toISOString(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('practice_item')
      .values(
        ids.map((questionId, i) => ({
          session_id: s.id,
          question_id: questionId,
          position: i + 1,
          target_seconds: TARGET_SECONDS[categories.get(questionId) ?? 'behavioural'],
        })),
      )
      .execute();
    return s.id;
  });
}

export async function sessionTitle(
  db: Kysely<Tables>,
  s: { source: string; field: string | null; interview_id: number | null },
) {
  if (s.source === 'due') return 'Questions due for review';
  if (s.source === 'field') return `${s.field ?? 'Field'} questions`;
  if (s.interview_id === null) return 'Practice for an interview';
  const i = await db
    .selectFrom('interview as i')
    .innerJoin('application as a', 'a.id', 'i.application_id')
    .innerJoin('opening as o', 'o.id', 'a.opening_id')
    .innerJoin('company as co', 'co.id', 'o.company_id')
    .select(['i.round', 'co.name'])
    .where('i.id', '=', s.interview_id)
    .executeTakeFirst();
  return i
    ? `${INTERVIEW_ROUND_LABELS[i.round as InterviewRound] ?? 'Interview'} at ${i.name}`
    : 'Practice for an interview';
}

export async function findSession(
  db: Kysely<Tables>,
  userId: string,
  id: number,
): Promise<SessionOut | null> {
  const s = await db
    .selectFrom('practice_session')
    .selectAll()
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (!s) return null;
  const items = await db
    .selectFrom('practice_item')
    .selectAll()
    .where('session_id', '=', id)
    .orderBy('position')
    .execute();
  const viewer = { userId, staff: false };
  const questions = new Map(
    (
      await questionsById(
        db,
        items.map((i) => i.question_id),
        viewer,
      )
    ).map((q) => [q.id, q]),
  );
  const prepared = items.length
    ? await db
        .selectFrom('prepared_answer')
        .select(['question_id', 'body', 'star'])
        .where('user_id', '=', userId)
        .where(
          'question_id',
          'in',
          items.map((i) => i.question_id),
        )
        .execute()
    : [];
  const answers = new Map(prepared.map((p) => [p.question_id, p]));
  return {
    id: s.id,
    source: s.source as SessionOut['source'],
    title: await sessionTitle(db, s),
    startedAt: iso(s.started_at),
    finishedAt: iso(s.finished_at),
    items: items.flatMap((i) => {
      const question = questions.get(i.question_id);
      if (!question) return [];
      const p = answers.get(i.question_id);
      return [
        {
          position: i.position,
          question,
          targetSeconds: i.target_seconds,
          seconds: i.seconds,
          typed: i.typed,
          rating: i.rating as PracticeRating | null,
          note: i.note,
          prepared: p ? { body: p.body, star: p.star ? JSON.parse(p.star) : null } : null,
        },
      ];
    }),
  };
}

/** Records one answer and its rating, and moves the question's review card on. Once per item. */
export async function rateItem(
  db: Kysely<Tables>,
  userId: string,
  sessionId: number,
  position: number,
  input: ItemInput,
  now = new Date(),
): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const item = await tx
      .selectFrom('practice_item as it')
      .innerJoin('practice_session as s', 's.id', 'it.session_id')
      .select(['it.id', 'it.question_id', 'it.rating', 's.finished_at'])
      .where('s.id', '=', sessionId)
      .where('s.user_id', '=', userId)
      .where('it.position', '=', position)
      .executeTakeFirst();
    if (!item) throw notFound('That question of your session');
    if (item.finished_at !== null)
      throw conflict('session_finished', 'This session is finished. Start a new one.');
    // The review card moves once per answer: a second rating would count the answer twice.
    const rated = await tx
      .updateTable('practice_item')
      .set({
        seconds: input.seconds,
        typed: input.typed,
        rating: input.rating,
        note: input.note,
        rated_at: now.toISOString(),
      })
      .where('id', '=', item.id)
      .where('rating', 'is', null)
      .executeTakeFirst();
    if (Number(rated.numUpdatedRows) === 0)
      throw conflict('already_rated', 'You have already rated this answer.');
    const card = await tx
      .selectFrom('review_card')
      .selectAll()
      .where('user_id', '=', userId)
      .where('question_id', '=', item.question_id)
      .executeTakeFirst();
    const current: CardRow | null = card
      ? {
          ...card,
          due: iso(card.due),
          last_review: iso(card.last_review),
          learning_steps: card.learning_steps,
        }
      : null;
    const next = review(current, input.rating, now);
    if (card)
      await tx
        .updateTable('review_card')
        .set(next)
        .where('user_id', '=', userId)
        .where('question_id', '=', item.question_id)
        .execute();
    else
      await tx
        .insertInto('review_card')
        .values({ user_id: userId, question_id: item.question_id, ...next })
        .execute();
    // The last answer finishes the session.
    const open = await tx
      .selectFrom('practice_item')
      .select('id')
      .where('session_id', '=', sessionId)
      .where('rating', 'is', null)
      .executeTakeFirst();
    if (!open)
      await tx
        .updateTable('practice_session')
        .set({ finished_at: now.toISOString() })
        .where('id', '=', sessionId)
        .execute();
  });
}

export async function finishSession(
  db: Kysely<Tables>,
  userId: string,
  id: number,
  now = new Date(),
): Promise<void> {
  const done = await db
    .updateTable('practice_session')
    .set({ finished_at: now.toISOString() })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .where('finished_at', 'is', null)
    .executeTakeFirst();
  if (Number(done.numUpdatedRows) === 0) {
    const exists = await db
      .selectFrom('practice_session')
      .select('id')
      .where('id', '=', id)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    if (!exists) throw notFound('That session');
  }
}
