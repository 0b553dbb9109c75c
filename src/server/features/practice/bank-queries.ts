import { type Kysely, sql } from 'kysely';
import type { Difficulty, QuestionCategory } from '../../../shared/practice.ts';
import {
  KEPT_QUESTION,
  QUESTIONS_PER_PAGE,
  type QuestionInput,
  type QuestionOut,
  type QuestionPage,
  type QuestionQuery,
} from '../../../shared/practice-api.ts';
import type { DialectName } from '../../db/connect.ts';
import { iso, type Tables } from '../../db/tables.ts';
import { inTransaction } from '../../db/transaction.ts';

// Reads and writes over the question bank. A few hundred questions today, a few thousand once
// debriefs add theirs: substring matching on the text is fast enough and finds "negotiat" in
// "negotiate" and "negotiation" alike.

export interface Viewer {
  userId: string;
  staff: boolean;
}

/** `%word%` for LIKE, with LIKE's own wildcards in the word taken literally. */
const containing = (word: string) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Questions a debrief's author kept private or to the agency are in no one's bank, staff's included. */
function base(db: Kysely<Tables>) {
  return db
    .selectFrom('question as q')
    .leftJoin('company as co', 'co.id', 'q.company_id')
    .where('q.source', '!=', KEPT_QUESTION);
}

function filtered(db: Kysely<Tables>, dialect: DialectName, query: QuestionQuery, viewer: Viewer) {
  let q = base(db);
  if (!(viewer.staff && query.retired)) q = q.where('q.retired_at', 'is', null);
  const like = dialect === 'postgres' ? sql.raw('ILIKE') : sql.raw('LIKE');
  for (const word of (query.q ?? '').split(/\s+/).filter(Boolean))
    q = q.where(sql<boolean>`q.text ${like} ${containing(word)} ESCAPE '\\'`);
  if (query.category) q = q.where('q.category', '=', query.category);
  if (query.difficulty) q = q.where('q.difficulty', '=', query.difficulty);
  if (query.companyId) q = q.where('q.company_id', '=', query.companyId);
  if (query.field) {
    const field = query.field;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('question_field as qf')
          .select('qf.question_id')
          .whereRef('qf.question_id', '=', 'q.id')
          .where('qf.field', '=', field),
      ),
    );
  }
  return q;
}

type Row = {
  id: number;
  text: string;
  category: string;
  difficulty: string;
  looking_for: string;
  guide: string;
  company_id: number | null;
  company_name: string | null;
  source: string;
  times_asked: number;
  last_asked_at: Date | string | null;
  retired_at: Date | string | null;
};

const COLUMNS = [
  'q.id',
  'q.text',
  'q.category',
  'q.difficulty',
  'q.looking_for',
  'q.guide',
  'q.company_id',
  'co.name as company_name',
  'q.source',
  'q.times_asked',
  'q.last_asked_at',
  'q.retired_at',
] as const;

/** Questions with their fields and, for a seeker, whether they have answered them. */
export async function present(db: Kysely<Tables>, rows: Row[], viewer: Viewer): Promise<QuestionOut[]> {
  const ids = rows.map((r) => r.id);
  const [fields, answered] = ids.length
    ? await Promise.all([
        db.selectFrom('question_field').selectAll().where('question_id', 'in', ids).execute(),
        db
          .selectFrom('prepared_answer')
          .select('question_id')
          .where('user_id', '=', viewer.userId)
          .where('question_id', 'in', ids)
          .execute(),
      ])
    : [[], []];
  const byQuestion = new Map<number, string[]>();
  for (const f of fields) byQuestion.set(f.question_id, [...(byQuestion.get(f.question_id) ?? []), f.field]);
  const mine = new Set(answered.map((a) => a.question_id));
  return rows.map((r) => ({
    id: r.id,
    text: r.text,
    category: r.category as QuestionCategory,
    difficulty: r.difficulty as Difficulty,
    fields: (byQuestion.get(r.id) ?? []).sort(),
    lookingFor: r.looking_for,
    guide: r.guide,
    company: r.company_id !== null ? { id: r.company_id, name: r.company_name ?? '' } : null,
    source: r.source as QuestionOut['source'],
    timesAsked: Number(r.times_asked),
    lastAskedAt: iso(r.last_asked_at),
    retired: r.retired_at !== null,
    answered: mine.has(r.id),
  }));
}

export async function searchQuestions(
  db: Kysely<Tables>,
  dialect: DialectName,
  query: QuestionQuery,
  viewer: Viewer,
): Promise<QuestionPage> {
  const where = filtered(db, dialect, query, viewer);
  const total = await where.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  // Questions met in interviews most often first; then the bank's own order.
  const rows = await where
    .select(COLUMNS)
    .orderBy('q.times_asked', 'desc')
    .orderBy('q.id')
    .limit(QUESTIONS_PER_PAGE)
    .offset((query.page - 1) * QUESTIONS_PER_PAGE)
    .execute();
  return {
    total: Number(total.n),
    page: query.page,
    perPage: QUESTIONS_PER_PAGE,
    items: await present(db, rows, viewer),
  };
}

/** One question; a retired one only for staff. */
export async function findQuestion(
  db: Kysely<Tables>,
  id: number,
  viewer: Viewer,
): Promise<QuestionOut | null> {
  let q = base(db).select(COLUMNS).where('q.id', '=', id);
  if (!viewer.staff) q = q.where('q.retired_at', 'is', null);
  const row = await q.executeTakeFirst();
  return row ? ((await present(db, [row], viewer))[0] ?? null) : null;
}

/** Questions by id, in the order given (for a practice session). */
export async function questionsById(
  db: Kysely<Tables>,
  ids: number[],
  viewer: Viewer,
): Promise<QuestionOut[]> {
  if (ids.length === 0) return [];
  const rows = await base(db).select(COLUMNS).where('q.id', 'in', ids).execute();
  const found = new Map((await present(db, rows, viewer)).map((q) => [q.id, q]));
  return ids.flatMap((id) => found.get(id) ?? []);
}

export async function insertQuestion(
  db: Kysely<Tables>,
  input: QuestionInput,
  userId: string,
): Promise<number> {
  return db.transaction().execute(async (tx) => {
    const row = await tx
      .insertInto('question')
      .values({
        key: null,
        text: input.text,
        category: input.category,
        difficulty: input.difficulty,
        looking_for: input.lookingFor,
        guide: input.guide,
        company_id: input.companyId,
        source: 'agency',
        created_by: userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeFields(tx, row.id, input.fields);
    return row.id;
  });
}

export async function updateQuestion(db: Kysely<Tables>, id: number, input: QuestionInput): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await tx
      .updateTable('question')
      .set({
        text: input.text,
        category: input.category,
        difficulty: input.difficulty,
        looking_for: input.lookingFor,
        guide: input.guide,
        company_id: input.companyId,
        updated_at: new Date().toISOString(),
      })
      .where('id', '=', id)
      .execute();
    await tx.deleteFrom('question_field').where('question_id', '=', id).execute();
    await writeFields(tx, id, input.fields);
  });
}

async function writeFields(tx: Kysely<Tables>, questionId: number, fields: readonly string[]) {
  const unique = [...new Set(fields)];
  if (unique.length > 0)
    await tx
      .insertInto('question_field')
      .values(unique.map((field) => ({ question_id: questionId, field })))
      .execute();
}

export async function setRetired(db: Kysely<Tables>, id: number, retired: boolean): Promise<void> {
  const now = new Date().toISOString();
  await db
    .updateTable('question')
    .set({ retired_at: retired ? now : null, updated_at: now })
    .where('id', '=', id)
    .execute();
}

/**
 * Records that a question was met in an interview (debriefs call this): where, in which field,
 * and when; the question's own count and last date follow, so the bank can rank what employers
 * ask now.
 */
export async function recordSighting(
  db: Kysely<Tables>,
  s: {
    questionId: number;
    companyId: number | null;
    field: string | null;
    interviewId: number | null;
    askedAt: string;
  },
): Promise<void> {
  await inTransaction(db, async (tx) => {
    // Once per interview: an edited debrief (or a second debrief of the same interview) re-records it.
    if (s.interviewId !== null)
      await tx
        .deleteFrom('question_sighting')
        .where('question_id', '=', s.questionId)
        .where('interview_id', '=', s.interviewId)
        .execute();
    await tx
      .insertInto('question_sighting')
      .values({
        question_id: s.questionId,
        company_id: s.companyId,
        field: s.field,
        interview_id: s.interviewId,
        asked_at: s.askedAt,
      })
      .execute();
    await recount(tx, s.questionId);
  });
}

/** Forgets that a question was met in an interview (it left the debrief that reported it). */
export async function forgetSighting(
  db: Kysely<Tables>,
  questionId: number,
  interviewId: number,
): Promise<void> {
  await inTransaction(db, async (tx) => {
    await tx
      .deleteFrom('question_sighting')
      .where('question_id', '=', questionId)
      .where('interview_id', '=', interviewId)
      .execute();
    await recount(tx, questionId);
  });
}

/** The question's count and last date, from its sightings. */
async function recount(tx: Kysely<Tables>, questionId: number): Promise<void> {
  const last = await tx
    .selectFrom('question_sighting')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('asked_at').as('last')])
    .where('question_id', '=', questionId)
    .executeTakeFirstOrThrow();
  await tx
    .updateTable('question')
    .set({
      times_asked: Number(last.n),
      last_asked_at: last.last === null ? null : iso(last.last as string),
    })
    .where('id', '=', questionId)
    .execute();
}

/** How often each employer asked a question, most first. */
export async function sightingsByCompany(db: Kysely<Tables>, questionId: number) {
  const rows = await db
    .selectFrom('question_sighting as s')
    .innerJoin('company as c', 'c.id', 's.company_id')
    .select(['c.id', 'c.name', (eb) => eb.fn.countAll<number>().as('n')])
    .where('s.question_id', '=', questionId)
    .groupBy(['c.id', 'c.name'])
    .orderBy('n', 'desc')
    .orderBy('c.name')
    .execute();
  return rows.map((r) => ({ companyId: r.id, name: r.name, times: Number(r.n) }));
}
