import { type Kysely, sql } from 'kysely';
import { FORMAT_SURPRISE_LABELS, FORMAT_SURPRISES } from '../../../shared/debriefs.ts';
import type { InsightQuestion, InsightSkill } from '../../../shared/insights.ts';
import type { Tables } from '../../db/tables.ts';
import { normalizeSkill } from '../skills/index.ts';
import type { Period } from './contribution.ts';
import { MIN_CONTRIBUTORS, whenEnough } from './privacy.ts';
import { rankWithTrends } from './trends.ts';

// Reads one scope's insight (a field's or a company's) from the rollups: the period's counts and
// the previous period's in one grouped query, then the different people behind each row shown.
// For a job seeker every figure needs MIN_CONTRIBUTORS different people; staff see all.

const TOP_QUESTIONS = 15;
const TOP_SKILLS = 20;
/** Rows read for people before the five-people rule thins them, so a seeker still gets a full list. */
const CANDIDATE_ROWS = 40;

export interface ScopeRead {
  scope: string;
  period: Period;
  forStaff: boolean;
}

export type InsightBody = Awaited<ReturnType<typeof readInsight>>;

/** This period's and the previous one's count of every metric in the scope. */
async function countsOf(db: Kysely<Tables>, { scope, period }: ScopeRead) {
  const rows = await db
    .selectFrom('insight_count')
    .select([
      'metric',
      sql<number>`sum(case when week >= ${period.from} then n else 0 end)`.as('current'),
      sql<number>`sum(case when week < ${period.from} then n else 0 end)`.as('previous'),
    ])
    .where('scope', '=', scope)
    .where('week', '>=', period.previousFrom)
    .groupBy('metric')
    .execute();
  const current = new Map<string, number>();
  const previous = new Map<string, number>();
  for (const r of rows) {
    if (Number(r.current) > 0) current.set(r.metric, Number(r.current));
    if (Number(r.previous) > 0) previous.set(r.metric, Number(r.previous));
  }
  return { current, previous };
}

/** Different people behind each metric in this period. */
async function peopleBehind(
  db: Kysely<Tables>,
  { scope, period }: ScopeRead,
  metrics: readonly string[],
): Promise<Map<string, number>> {
  if (metrics.length === 0) return new Map();
  const rows = await db
    .selectFrom('insight_person')
    .select(['metric', (eb) => eb.fn.countAll<number>().as('people')])
    .where('scope', '=', scope)
    .where('metric', 'in', metrics)
    .where('last_week', '>=', period.from)
    .groupBy('metric')
    .execute();
  return new Map(rows.map((r) => [r.metric, Number(r.people)]));
}

/** Metrics of one prefix ("q:", "s:"), keyed by what follows it. */
function withPrefix(m: ReadonlyMap<string, number>, prefix: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const [k, n] of m) if (k.startsWith(prefix)) out.set(k.slice(prefix.length), n);
  return out;
}

/** Display names of skill keys: the vocabulary's, else the words a candidate typed. */
async function skillNames(db: Kysely<Tables>, keys: readonly string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const unknown: string[] = [];
  for (const key of keys) {
    const s = normalizeSkill(key);
    if (s?.known && s.key === key) names.set(key, s.name);
    else unknown.push(key);
  }
  for (const key of unknown) {
    const row = await db
      .selectFrom('debrief_skill')
      .select('name')
      .where('skill_key', '=', key)
      .limit(1)
      .executeTakeFirst();
    names.set(key, row?.name ?? key);
  }
  return names;
}

export async function readInsight(db: Kysely<Tables>, read: ScopeRead) {
  const { current, previous } = await countsOf(db, read);
  const interviews = { current: current.get('debriefs') ?? 0, previous: previous.get('debriefs') ?? 0 };
  const rank = (prefix: string) =>
    rankWithTrends(withPrefix(current, prefix), withPrefix(previous, prefix), interviews);
  // The most mentioned, and what is rising or falling beyond them.
  const pick = <T extends { mentions: number; trend: string }>(ranked: T[], top: number, also: string[]) => [
    ...ranked.slice(0, top),
    ...ranked.slice(top).filter((r) => also.includes(r.trend)),
  ];
  const questionRows = pick(rank('q:'), CANDIDATE_ROWS, ['new', 'rising']).filter((r) => r.mentions > 0);
  const skillRows = pick(rank('s:'), CANDIDATE_ROWS, ['new', 'rising', 'falling']);
  const people = await peopleBehind(db, read, [
    'debriefs',
    'd',
    'e',
    'i',
    ...questionRows.map((r) => `q:${r.key}`),
    ...skillRows.map((r) => `s:${r.key}`),
  ]);
  const enough = (metric: string) => read.forStaff || (people.get(metric) ?? 0) >= MIN_CONTRIBUTORS;
  const writers = people.get('debriefs') ?? 0;
  const shown = read.forStaff || writers >= MIN_CONTRIBUTORS;

  const questionIds = questionRows.filter((r) => enough(`q:${r.key}`)).map((r) => Number(r.key));
  const texts = new Map(
    questionIds.length === 0
      ? []
      : (
          await db
            .selectFrom('question')
            .select(['id', 'text', 'category'])
            .where('id', 'in', questionIds)
            .execute()
        ).map((q) => [q.id, q]),
  );
  const questions: InsightQuestion[] = questionRows
    .filter((r) => texts.has(Number(r.key)) && enough(`q:${r.key}`))
    .slice(0, TOP_QUESTIONS)
    .map((r) => {
      const q = texts.get(Number(r.key));
      return {
        questionId: Number(r.key),
        text: q?.text ?? '',
        category: q?.category ?? '',
        mentions: r.mentions,
        share: r.share,
        trend: r.trend,
        people: people.get(`q:${r.key}`) ?? 0,
      };
    });

  // A skill that fell away has no one behind it this period; staff still see it fall.
  const keptSkills = skillRows.filter((r) => enough(`s:${r.key}`)).slice(0, TOP_SKILLS);
  const names = await skillNames(
    db,
    keptSkills.map((r) => r.key),
  );
  const skills: InsightSkill[] = keptSkills.map((r) => ({
    key: r.key,
    name: names.get(r.key) ?? r.key,
    mentions: r.mentions,
    share: r.share,
    previousShare: r.previousShare,
    trend: r.trend,
    people: people.get(`s:${r.key}`) ?? 0,
  }));

  const n = (metric: string) => current.get(metric) ?? 0;
  const formats = FORMAT_SURPRISES.map((surprise) => ({
    surprise,
    label: FORMAT_SURPRISE_LABELS[surprise],
    count: n(`x:${surprise}`),
    share: interviews.current > 0 ? n(`x:${surprise}`) / interviews.current : 0,
  })).sort((a, b) => b.count - a.count);
  const levels = [1, 2, 3, 4, 5].map((d) => n(`d:${d}`));
  const ratings = levels.reduce((a, b) => a + b, 0);
  const difficulty =
    ratings > 0 && enough('d')
      ? { average: levels.reduce((sum, c, i) => sum + c * (i + 1), 0) / ratings, ratings, levels }
      : null;
  const rated = n('i:rated');
  const better =
    rated > 0
      ? whenEnough(
          { share: n('i:up') / rated, rated, people: people.get('i') ?? 0 },
          people.get('i') ?? 0,
          read.forStaff,
        )
      : null;
  const experienceCount = n('e:positive') + n('e:neutral') + n('e:negative');
  const experience =
    experienceCount > 0 && enough('e')
      ? { positive: n('e:positive'), neutral: n('e:neutral'), negative: n('e:negative') }
      : null;
  const weeks = await weeklyVolume(db, read);

  if (!shown)
    return {
      period: read.period,
      interviews: interviews.current,
      people: writers,
      enough: false,
      questions: [],
      skills: [],
      formats: [],
      difficulty: null,
      betterThanExpected: null,
      experience: null,
      weeks: [],
    };
  return {
    period: read.period,
    interviews: interviews.current,
    people: writers,
    enough: true,
    questions,
    skills,
    formats,
    difficulty,
    betterThanExpected: better,
    experience,
    weeks,
  };
}

/** Debriefs per week across both periods, every week present (zero when none). */
async function weeklyVolume(db: Kysely<Tables>, { scope, period }: ScopeRead) {
  const rows = await db
    .selectFrom('insight_count')
    .select(['week', 'n'])
    .where('scope', '=', scope)
    .where('metric', '=', 'debriefs')
    .where('week', '>=', period.previousFrom)
    .execute();
  const byWeek = new Map(rows.map((r) => [r.week, Number(r.n)]));
  const out: Array<{ week: string; interviews: number }> = [];
  for (let d = new Date(`${period.previousFrom}T00:00:00Z`); d.toISOString().slice(0, 10) <= period.to; ) {
    const week = d.toISOString().slice(0, 10);
    out.push({ week, interviews: byWeek.get(week) ?? 0 });
    d = new Date(d.getTime() + 7 * 86_400_000);
  }
  return out;
}
