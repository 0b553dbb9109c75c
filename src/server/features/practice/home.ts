import type { Kysely } from 'kysely';
import type { PracticeRating, QuestionCategory } from '../../../shared/practice.ts';
import { iso, type Tables } from '../../db/tables.ts';
import { PROGRESS_WEEKS, progress } from './progress.ts';
import { endOfToday, sessionTitle } from './sessions.ts';

// What the practice page shows around the sessions: how much is due today, the recent sessions,
// and progress over the last weeks.

/** The portal's practice summary: due today, questions practised, recent sessions. */
export async function practiceHome(db: Kysely<Tables>, userId: string, zone: string, now = new Date()) {
  const due = await db
    .selectFrom('review_card as rc')
    .innerJoin('question as q', 'q.id', 'rc.question_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('rc.user_id', '=', userId)
    .where('q.retired_at', 'is', null)
    .where('rc.due', '<=', endOfToday(zone, now).toISOString())
    .executeTakeFirstOrThrow();
  const practised = await db
    .selectFrom('review_card')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow();
  const sessions = await db
    .selectFrom('practice_session as s')
    .select((eb) => [
      's.id',
      's.source',
      's.field',
      's.interview_id',
      's.started_at',
      's.finished_at',
      eb
        .selectFrom('practice_item')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('session_id', '=', 's.id')
        .as('questions'),
      eb
        .selectFrom('practice_item')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('session_id', '=', 's.id')
        .where('rating', 'is not', null)
        .as('rated'),
    ])
    .where('s.user_id', '=', userId)
    .orderBy('s.started_at', 'desc')
    .orderBy('s.id', 'desc')
    .limit(20)
    .execute();
  return {
    dueToday: Number(due.n),
    practised: Number(practised.n),
    sessions: await Promise.all(
      sessions.map(async (s) => ({
        id: s.id,
        title: await sessionTitle(db, s),
        startedAt: iso(s.started_at),
        finishedAt: iso(s.finished_at),
        questions: Number(s.questions ?? 0),
        rated: Number(s.rated ?? 0),
      })),
    ),
  };
}

/** The seeker's practice over the last weeks, for the progress charts. */
export async function readProgress(db: Kysely<Tables>, userId: string, zone: string, now = new Date()) {
  const since = new Date(now.getTime() - (PROGRESS_WEEKS + 1) * 7 * 86_400_000).toISOString();
  const [sessions, answers, writing, cards] = await Promise.all([
    db
      .selectFrom('practice_session')
      .select('started_at')
      .where('user_id', '=', userId)
      .where('started_at', '>=', since)
      .execute(),
    db
      .selectFrom('practice_item as it')
      .innerJoin('practice_session as s', 's.id', 'it.session_id')
      .innerJoin('question as q', 'q.id', 'it.question_id')
      .select(['it.rated_at', 'it.rating', 'q.category'])
      .where('s.user_id', '=', userId)
      .where('it.rated_at', '>=', since)
      .execute(),
    db
      .selectFrom('writing_attempt')
      .select('submitted_at')
      .where('user_id', '=', userId)
      .where('submitted_at', '>=', since)
      .execute(),
    db.selectFrom('review_card').select('scheduled_days').where('user_id', '=', userId).execute(),
  ]);
  return progress(
    {
      sessions: sessions.map((s) => ({ startedAt: iso(s.started_at) })),
      answers: answers.flatMap((a) =>
        a.rated_at && a.rating
          ? [
              {
                ratedAt: iso(a.rated_at),
                rating: a.rating as PracticeRating,
                category: a.category as QuestionCategory,
              },
            ]
          : [],
      ),
      writing: writing.flatMap((w) => (w.submitted_at ? [{ submittedAt: iso(w.submitted_at) }] : [])),
      cards: cards.map((c) => ({ scheduledDays: c.scheduled_days })),
    },
    zone,
    now,
  );
}
