import { Temporal } from 'temporal-polyfill';
import { PERIOD_WEEKS } from '../../../shared/insights.ts';

// Pure: what one debrief adds to the rollups, and which weeks make up a period. Only a
// candidate's own debrief counts (a recruiter's, from the client's feedback, describes the same
// interview and would count it twice), and only the parts its author shared: questions and
// skills marked private or agency never reach an aggregate. The structured answers (difficulty,
// experience, interest, format surprises) carry no words and are always counted.

export interface DebriefFacts {
  candidateId: number;
  authorRole: string;
  field: string | null;
  companyId: number | null;
  /** When the interview took place (ISO instant). */
  interviewAt: string;
  difficulty: number | null;
  experience: string | null;
  interestBefore: number | null;
  interestAfter: number | null;
  surprises: readonly string[];
  questions: ReadonlyArray<{ questionId: number; visibility: string }>;
  skills: ReadonlyArray<{ key: string; visibility: string }>;
}

export interface Tally {
  scope: string;
  week: string;
  metric: string;
}

export const fieldScope = (field: string) => `f:${field}`;
export const companyScope = (companyId: number) => `c:${companyId}`;

/**
 * The Monday (UTC) of the week an instant falls in, as YYYY-MM-DD. Plain Date arithmetic: in
 * UTC there are no shifts to mind, and a rebuild calls this for every debrief.
 */
export function weekOf(instant: string | Date): string {
  const d = typeof instant === 'string' ? new Date(instant) : instant;
  const sinceMonday = (d.getUTCDay() + 6) % 7;
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - sinceMonday))
    .toISOString()
    .slice(0, 10);
}

/** The scopes a debrief counts in: its field and its company. */
export function scopesOf(f: Pick<DebriefFacts, 'field' | 'companyId'>): string[] {
  const scopes: string[] = [];
  if (f.field) scopes.push(fieldScope(f.field));
  if (f.companyId !== null) scopes.push(companyScope(f.companyId));
  return scopes;
}

/** The metrics one debrief carries, each once. */
export function metricsOf(f: DebriefFacts): string[] {
  if (f.authorRole !== 'candidate') return [];
  const metrics = new Set<string>(['debriefs']);
  for (const q of f.questions) if (q.visibility === 'shared') metrics.add(`q:${q.questionId}`);
  for (const s of f.skills) if (s.visibility === 'shared') metrics.add(`s:${s.key}`);
  for (const x of f.surprises) metrics.add(`x:${x}`);
  if (f.difficulty !== null) metrics.add(`d:${f.difficulty}`);
  if (f.experience !== null) metrics.add(`e:${f.experience}`);
  if (f.interestBefore !== null && f.interestAfter !== null) {
    metrics.add('i:rated');
    if (f.interestAfter > f.interestBefore) metrics.add('i:up');
  }
  return [...metrics];
}

/**
 * The metric whose different people the five-people rule counts: a question or skill by
 * itself, an answer by its kind ('d', 'e', 'i'); format surprises share 'debriefs', since every
 * debrief answers whether there was one.
 */
export function personMetricOf(metric: string): string | null {
  if (metric === 'debriefs' || metric.startsWith('q:') || metric.startsWith('s:')) return metric;
  if (metric.startsWith('d:')) return 'd';
  if (metric.startsWith('e:')) return 'e';
  if (metric === 'i:rated') return 'i';
  return null;
}

/** Every (scope, week, metric) a debrief adds one to. */
export function tallyOf(f: DebriefFacts): Tally[] {
  const week = weekOf(f.interviewAt);
  const metrics = metricsOf(f);
  return scopesOf(f).flatMap((scope) => metrics.map((metric) => ({ scope, week, metric })));
}

const keyOf = (t: Tally) => `${t.scope}\u0000${t.week}\u0000${t.metric}`;

/** What changes when a debrief goes from `before` to `after`: +1 and −1 per tally, zeros dropped. */
export function tallyDelta(before: readonly Tally[], after: readonly Tally[]): Array<Tally & { n: number }> {
  const delta = new Map<string, Tally & { n: number }>();
  const add = (t: Tally, n: number) => {
    const k = keyOf(t);
    const row = delta.get(k) ?? { ...t, n: 0 };
    row.n += n;
    delta.set(k, row);
  };
  for (const t of before) add(t, -1);
  for (const t of after) add(t, 1);
  return [...delta.values()].filter((r) => r.n !== 0);
}

/** A person's rows for the five-people rule, from all their debriefs: each metric with its last week. */
export function peopleOf(
  debriefs: readonly DebriefFacts[],
): Array<{ scope: string; metric: string; lastWeek: string }> {
  const last = new Map<string, { scope: string; metric: string; lastWeek: string }>();
  for (const t of debriefs.flatMap(tallyOf)) {
    const metric = personMetricOf(t.metric);
    if (metric === null) continue;
    const k = `${t.scope}\u0000${metric}`;
    const row = last.get(k);
    if (!row) last.set(k, { scope: t.scope, metric, lastWeek: t.week });
    else if (t.week > row.lastWeek) row.lastWeek = t.week;
  }
  return [...last.values()];
}

export interface Period {
  /** Mondays: the period's first week, and the previous period's. */
  from: string;
  previousFrom: string;
  /** Today and the day before the period began, for showing. */
  to: string;
  previousTo: string;
}

/** The last PERIOD_WEEKS whole weeks up to today (this week included), and the ones before. */
export function periodOf(now: Date = new Date()): Period {
  const thisWeek = Temporal.PlainDate.from(weekOf(now));
  const from = thisWeek.subtract({ weeks: PERIOD_WEEKS - 1 });
  const previousFrom = from.subtract({ weeks: PERIOD_WEEKS });
  const today = Temporal.Instant.fromEpochMilliseconds(now.getTime()).toZonedDateTimeISO('UTC').toPlainDate();
  return {
    from: from.toString(),
    to: today.toString(),
    previousFrom: previousFrom.toString(),
    previousTo: from.subtract({ days: 1 }).toString(),
  };
}
