import type { QuestionCategory } from '../../../shared/practice.ts';

// Which questions a practice session asks, and in what order. Pure: the database supplies the
// pool and the seeker's review state; this decides.
//
// Order of preference: questions due for review (longest overdue first), then ones never
// practised, then the rest (soonest due first). Within each, the interview's company first, then
// its field. No category takes more than half the session unless nothing else is left, so a
// session for an interview covers the ground an interviewer would.

export interface PoolQuestion {
  id: number;
  category: QuestionCategory;
  /** A question specific to the company the seeker is preparing for. */
  companyMatch: boolean;
  /** A question for the field the seeker is preparing for. */
  fieldMatch: boolean;
  /** When the seeker's review card falls due; null if never practised. */
  due: string | null;
}

function tier(q: PoolQuestion, now: number): number {
  if (q.due === null) return 1;
  return Date.parse(q.due) <= now ? 0 : 2;
}

function compare(a: PoolQuestion, b: PoolQuestion, now: number): number {
  return (
    tier(a, now) - tier(b, now) ||
    Number(b.companyMatch) - Number(a.companyMatch) ||
    Number(b.fieldMatch) - Number(a.fieldMatch) ||
    (a.due && b.due ? Date.parse(a.due) - Date.parse(b.due) : 0) ||
    a.id - b.id
  );
}

/** The ids of up to `count` questions, in the order to ask them. */
export function drawQuestions(pool: readonly PoolQuestion[], count: number, now: Date): number[] {
  const t = now.getTime();
  const sorted = [...pool].sort((a, b) => compare(a, b, t));
  const cap = Math.max(1, Math.ceil(count / 2));
  const perCategory = new Map<QuestionCategory, number>();
  const chosen: PoolQuestion[] = [];
  const skipped: PoolQuestion[] = [];
  for (const q of sorted) {
    if (chosen.length === count) break;
    const n = perCategory.get(q.category) ?? 0;
    if (n >= cap) {
      skipped.push(q);
      continue;
    }
    perCategory.set(q.category, n + 1);
    chosen.push(q);
  }
  // Too few other categories: fill up from what the cap held back, best first.
  for (const q of skipped) if (chosen.length < count) chosen.push(q);
  return chosen.map((q) => q.id);
}
