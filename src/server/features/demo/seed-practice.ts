// Practice for the demo, so the portal's practice pages and the recruiter's views of them have
// something real to show: prepared answers (one in STAR form, some shared, one with an earlier
// draft), a story bank, weeks of practice sessions with ratings that improve over time (so the
// progress chart has history and some questions are due today), writing tests (one with
// feedback), a shared mock interview and a closed group exercise with two self-reviews.
//
// Only job seekers whose candidate record is linked to a portal account practise, found as the
// interviews are (candidate.user_id). Seeker-side records go through the practice functions
// themselves, with `now` set in the past where they take it (sessions, ratings, writing); the
// rest are dated afterwards, as backdate.ts does for the pipeline. Staff-side records (the mock
// interview, the group run) go through the HTTP API as the recruiter.
//
// Mail: none is queued. Writing feedback over the API mails the writer, so it is written here
// straight to the attempt: the demo's feedback "arrived" weeks ago, and `seed --demo` would
// otherwise deliver it through whatever SMTP_URL is set.
import type { Kysely } from 'kysely';
import { staffRunOut } from '../../../shared/group-practice.ts';
import { mockInterviewOut } from '../../../shared/mock-interviews.ts';
import type { PracticeRating } from '../../../shared/practice.ts';
import type { Tables } from '../../db/tables.ts';
import { saveReview } from '../group-practice/queries.ts';
import { saveAnswer } from '../practice/answers.ts';
import { practiceHome } from '../practice/home.ts';
import { finishSession, rateItem, startSession } from '../practice/sessions.ts';
import { createStory } from '../practice/stories.ts';
import { saveAttempt, startAttempt } from '../writing/queries.ts';
import type { Api } from './api.ts';
import { seededRandom } from './compose.ts';
import {
  type DemoPractice,
  GROUP_RUN,
  MOCK_INTERVIEW,
  PRACTICE,
  PRACTICE_NOTES,
  WRITING,
} from './content/practice.ts';
import { DAY, DEMO_ZONE, HOUR, localAt } from './interview-times.ts';
import { type Staff, staffOf } from './seed-pipeline.ts';

export interface PracticeSeedInput {
  api: Api;
  db: Kysely<Tables>;
  now: number;
  recruiters: readonly Staff[];
}

export interface PracticeCounts {
  seekers: number;
  answers: number;
  stories: number;
  sessions: number;
  rated: number;
  weeks: number;
  writing: number;
  feedback: number;
  mockInterviews: number;
  groupRuns: number;
}

/** A demo job seeker with a portal account: their user and candidate record, and their recruiter. */
interface Seeker {
  userId: string;
  candidateId: number;
  recruiter: Staff;
}

const MINUTE = 60_000;
/** Fixed, so the ratings come out the same on every run. */
const SEED = 20_250_301;
const isoAt = (ms: number) => new Date(ms).toISOString();

export async function seedPractice(p: PracticeSeedInput): Promise<PracticeCounts> {
  const seekers = await findSeekers(p);
  const ids = await questionIds(p.db);
  const rng = seededRandom(SEED);
  const counts: PracticeCounts = {
    seekers: 0,
    answers: 0,
    stories: 0,
    sessions: 0,
    rated: 0,
    weeks: 0,
    writing: 0,
    feedback: 0,
    mockInterviews: 0,
    groupRuns: 0,
  };
  let oldest = 0;
  for (const plan of PRACTICE) {
    const seeker = seekers.get(plan.seeker);
    if (!seeker) continue;
    counts.seekers++;
    counts.answers += await seedAnswers(p, seeker, plan, ids);
    counts.stories += await seedStories(p, seeker, plan, ids);
    const s = await seedSessions(p, seeker, plan, rng);
    counts.sessions += s.sessions;
    counts.rated += s.rated;
    oldest = Math.max(oldest, ...plan.sessions);
  }
  counts.weeks = Math.ceil(oldest / 7);
  for (const w of WRITING) {
    const seeker = seekers.get(w.seeker);
    if (!seeker) continue;
    counts.writing++;
    if (await seedWriting(p, seeker, w)) counts.feedback++;
  }
  const mockSeeker = seekers.get(MOCK_INTERVIEW.seeker);
  if (mockSeeker) {
    await seedMockInterview(p, mockSeeker, ids);
    counts.mockInterviews++;
  }
  const members = GROUP_RUN.reviews.flatMap((r) => {
    const s = seekers.get(r.seeker);
    return s ? [{ ...r, ...s }] : [];
  });
  if (members.length >= 2) {
    await seedGroupRun(p, members);
    counts.groupRuns++;
  }
  return counts;
}

/** Seekers with a portal account by email, with the recruiter who owns their first application's opening. */
async function findSeekers(p: PracticeSeedInput): Promise<Map<string, Seeker>> {
  const rows = await p.db
    .selectFrom('candidate as c')
    .innerJoin('user as u', 'u.id', 'c.user_id')
    .select(['c.id', 'u.id as user_id', 'u.email'])
    .orderBy('c.id')
    .execute();
  const owners = await p.db
    .selectFrom('application as a')
    .innerJoin('opening as o', 'o.id', 'a.opening_id')
    .select(['a.candidate_id', 'o.owner_id'])
    .orderBy('a.id')
    .execute();
  const seekers = new Map<string, Seeker>();
  for (const r of rows) {
    const owner = owners.find((o) => o.candidate_id === r.id)?.owner_id;
    const recruiter = p.recruiters.find((s) => s.id === owner) ?? staffOf(p.recruiters, 0);
    seekers.set(r.email, { userId: r.user_id, candidateId: r.id, recruiter });
  }
  return seekers;
}

type Ids = (key: string) => number;

/** The bank's question ids by shipped key; an unknown key is a mistake in the demo content. */
async function questionIds(db: Kysely<Tables>): Promise<Ids> {
  const rows = await db.selectFrom('question').select(['id', 'key']).where('key', 'is not', null).execute();
  const byKey = new Map(rows.map((r) => [r.key, r.id]));
  return (key) => {
    const id = byKey.get(key);
    if (id === undefined) throw new Error(`The demo names question ${key}, which is not in the bank`);
    return id;
  };
}

async function seedAnswers(p: PracticeSeedInput, s: Seeker, plan: DemoPractice, id: Ids): Promise<number> {
  const dateAnswer = (questionId: number, at: number, created?: number) =>
    p.db
      .updateTable('prepared_answer')
      .set({ updated_at: isoAt(at), ...(created !== undefined ? { created_at: isoAt(created) } : {}) })
      .where('user_id', '=', s.userId)
      .where('question_id', '=', questionId)
      .execute();
  for (const a of plan.answers) {
    const questionId = id(a.question);
    const at = p.now - a.daysAgo * DAY;
    // The earlier draft is saved and dated first, so saving the final text keeps it as a version.
    const first = a.earlier !== undefined ? at - 9 * DAY : at;
    if (a.earlier !== undefined) {
      await saveAnswer(p.db, s.userId, questionId, { body: a.earlier, star: null, shared: false });
      await dateAnswer(questionId, first, first);
    }
    await saveAnswer(p.db, s.userId, questionId, {
      body: a.body ?? '',
      star: a.star ?? null,
      shared: a.shared,
    });
    await dateAnswer(questionId, at, first);
  }
  return plan.answers.length;
}

async function seedStories(p: PracticeSeedInput, s: Seeker, plan: DemoPractice, id: Ids): Promise<number> {
  for (const story of plan.stories) {
    const storyId = await createStory(p.db, s.userId, {
      title: story.title,
      body: story.body,
      skills: [...story.skills],
      questionIds: story.questions.map(id),
    });
    const at = isoAt(p.now - story.daysAgo * DAY);
    await p.db
      .updateTable('story')
      .set({ created_at: at, updated_at: at })
      .where('id', '=', storyId)
      .execute();
  }
  return plan.stories.length;
}

/** Local hours practice happens at: evenings, early mornings and lunch breaks, in turn. */
const SESSION_HOURS = [19, 7, 20, 12, 21, 18] as const;

/**
 * How an answer went: worse early on and on questions never seen, better later and on questions
 * practised before. `progress` runs from 0 (the first session) to 1 (the last).
 */
function ratingFor(r: number, progress: number, reps: number): PracticeRating {
  const score = r * 0.8 + progress * 0.6 + Math.min(reps, 3) * 0.12;
  if (score < 0.45) return 'again';
  if (score < 0.8) return 'hard';
  if (score < 1.25) return 'good';
  return 'easy';
}

async function seedSessions(
  p: PracticeSeedInput,
  s: Seeker,
  plan: DemoPractice,
  rng: () => number,
): Promise<{ sessions: number; rated: number }> {
  const first = plan.sessions[0] ?? 0;
  let rated = 0;
  let notes = 0;
  for (const [n, daysAgo] of plan.sessions.entries()) {
    const hour = SESSION_HOURS[n % SESSION_HOURS.length] ?? 19;
    const at = localAt(p.now, -daysAgo, hour, (n * 17) % 60);
    const started = new Date(at);
    // Once questions are due, most sittings review them, as the practice page suggests.
    const home = await practiceHome(p.db, s.userId, DEMO_ZONE, started);
    const due = n > 0 && home.dueToday >= 3 && n % 3 !== 2;
    const input = due
      ? ({ source: 'due', count: 5 } as const)
      : ({ source: 'field', field: plan.field, count: 5 } as const);
    const sessionId = await startSession(p.db, s.userId, input, DEMO_ZONE, started);
    const items = await p.db
      .selectFrom('practice_item as it')
      .leftJoin('review_card as rc', (j) =>
        j.onRef('rc.question_id', '=', 'it.question_id').on('rc.user_id', '=', s.userId),
      )
      .select(['it.position', 'it.target_seconds', 'rc.reps'])
      .where('it.session_id', '=', sessionId)
      .orderBy('it.position')
      .execute();
    const progress = first === 0 ? 1 : (first - daysAgo) / first;
    // The last sitting was cut short: three answers, then "finish".
    const last = n === plan.sessions.length - 1;
    const answered = last ? items.slice(0, 3) : items;
    let clock = at;
    for (const item of answered) {
      const rating = ratingFor(rng(), progress, item.reps ?? 0);
      const seconds = Math.round(item.target_seconds * (0.6 + rng() * 0.7));
      clock += seconds * 1000 + 40_000;
      const note =
        rating === 'again' && rng() < 0.5 ? (PRACTICE_NOTES[notes++ % PRACTICE_NOTES.length] ?? '') : '';
      await rateItem(
        p.db,
        s.userId,
        sessionId,
        item.position,
        { seconds, typed: '', rating, note },
        new Date(clock),
      );
      rated++;
    }
    if (answered.length < items.length)
      await finishSession(p.db, s.userId, sessionId, new Date(clock + MINUTE));
  }
  return { sessions: plan.sessions.length, rated };
}

/** A handed-in writing test; true when it carries the recruiter's feedback. */
async function seedWriting(p: PracticeSeedInput, s: Seeker, w: (typeof WRITING)[number]): Promise<boolean> {
  const started = localAt(p.now, -w.daysAgo, 10, 30);
  const id = await startAttempt(p.db, s.userId, w.prompt, new Date(started));
  await saveAttempt(p.db, s.userId, id, w.body, true, new Date(started + w.minutes * MINUTE));
  if (!w.feedback) return false;
  // Straight to the row: the API would mail the writer (see the top of the file).
  await p.db
    .updateTable('writing_attempt')
    .set({ feedback: w.feedback, feedback_by: s.recruiter.id, feedback_at: isoAt(started + DAY + 2 * HOUR) })
    .where('id', '=', id)
    .execute();
  return true;
}

async function seedMockInterview(p: PracticeSeedInput, s: Seeker, id: Ids): Promise<void> {
  const m = MOCK_INTERVIEW;
  const cookie = s.recruiter.cookie;
  const created = await p.api.post(
    `/api/v1/candidates/${s.candidateId}/mock-interviews`,
    cookie,
    { title: m.title, questionIds: m.answers.map((a) => id(a.question)) },
    mockInterviewOut,
  );
  for (const [i, a] of m.answers.entries())
    await p.api.put(
      `/api/v1/mock-interviews/${created.id}/answers/${i + 1}`,
      cookie,
      { ...a.scores, comment: a.comment },
      mockInterviewOut,
    );
  await p.api.put(
    `/api/v1/mock-interviews/${created.id}/feedback`,
    cookie,
    { feedback: m.feedback },
    mockInterviewOut,
  );
  await p.api.post(`/api/v1/mock-interviews/${created.id}/share`, cookie, {}, mockInterviewOut, 200);
  // Held in the afternoon, shared the next morning.
  const held = localAt(p.now, -m.daysAgo, 15);
  const shared = localAt(p.now, 1 - m.daysAgo, 9, 30);
  await p.db
    .updateTable('mock_interview')
    .set({
      held_at: isoAt(held),
      created_at: isoAt(held),
      updated_at: isoAt(shared),
      shared_at: isoAt(shared),
    })
    .where('id', '=', created.id)
    .execute();
  await p.db
    .updateTable('activity')
    .set({ created_at: isoAt(shared) })
    .where('candidate_id', '=', s.candidateId)
    .where('summary', '=', `Mock interview feedback shared: ${m.title}`)
    .execute();
}

type Member = Seeker & { selfRating: number; selfReview: string };

async function seedGroupRun(p: PracticeSeedInput, members: Member[]): Promise<void> {
  const recruiter = members[0]?.recruiter ?? staffOf(p.recruiters, 0);
  const run = await p.api.post(
    '/api/v1/group-runs',
    recruiter.cookie,
    { exerciseKey: GROUP_RUN.exercise, candidateIds: members.map((m) => m.candidateId) },
    staffRunOut,
  );
  await p.api.post(`/api/v1/group-runs/${run.id}/start`, recruiter.cookie, {}, staffRunOut, 200);
  await p.api.post(`/api/v1/group-runs/${run.id}/finish`, recruiter.cookie, {}, staffRunOut, 200);
  for (const m of members)
    await saveReview(p.db, m.userId, run.id, { selfReview: m.selfReview, selfRating: m.selfRating });
  // Set up two days before; run at 14:00; closed five minutes after time was up; reviewed that evening.
  const started = localAt(p.now, -GROUP_RUN.daysAgo, 14);
  const ends = started + run.minutes * MINUTE;
  const finished = ends + 5 * MINUTE;
  await p.db
    .updateTable('group_run')
    .set({
      created_at: isoAt(started - 2 * DAY),
      started_at: isoAt(started),
      ends_at: isoAt(ends),
      finished_at: isoAt(finished),
      updated_at: isoAt(finished),
    })
    .where('id', '=', run.id)
    .execute();
  for (const [i, m] of members.entries())
    await p.db
      .updateTable('group_run_member')
      .set({ reviewed_at: isoAt(finished + (2 + i * 3) * HOUR) })
      .where('run_id', '=', run.id)
      .where('candidate_id', '=', m.candidateId)
      .execute();
}
