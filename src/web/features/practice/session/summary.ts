import { type PracticeRating, QUESTION_CATEGORY_LABELS, RATINGS } from '../../../../shared/practice.ts';
import type { SessionOut } from '../../../../shared/practice-api.ts';

// The end-of-session summary: what was covered, time against target, the ratings, and what to
// work on. Pure, from the session as the server returns it.

/** An answer more than half again as long as its target runs on; under a third is too thin. */
const LONG = 1.5;
const SHORT = 1 / 3;

export interface WorkOn {
  position: number;
  question: string;
  why: string;
}

export interface Summary {
  covered: number;
  total: number;
  seconds: number;
  targetSeconds: number;
  ratings: Record<PracticeRating, number>;
  workOn: WorkOn[];
  /** Categories with an "again" or "hard", most first: where to practise next. */
  weakCategories: string[];
}

export function summarise(s: Pick<SessionOut, 'items'>): Summary {
  const ratings = Object.fromEntries(RATINGS.map((r) => [r, 0])) as Record<PracticeRating, number>;
  const weak = new Map<string, number>();
  const workOn: WorkOn[] = [];
  let seconds = 0;
  let targetSeconds = 0;
  let covered = 0;
  for (const item of s.items) {
    if (item.rating === null) continue;
    covered++;
    ratings[item.rating]++;
    const took = item.seconds ?? 0;
    seconds += took;
    targetSeconds += item.targetSeconds;
    const reasons: string[] = [];
    if (item.rating === 'again') reasons.push('you could not answer it yet');
    else if (item.rating === 'hard') reasons.push('you found it hard');
    if (took > item.targetSeconds * LONG)
      reasons.push(`it took ${clock(took)} against ${clock(item.targetSeconds)}`);
    else if (took > 0 && took < item.targetSeconds * SHORT)
      reasons.push(`at ${clock(took)} it may be too short`);
    if (!item.prepared) reasons.push('you have no prepared answer');
    if (item.rating === 'again' || item.rating === 'hard') {
      const label = QUESTION_CATEGORY_LABELS[item.question.category];
      weak.set(label, (weak.get(label) ?? 0) + 1);
    }
    if (
      reasons.length > 0 &&
      (item.rating === 'again' || item.rating === 'hard' || took > item.targetSeconds * LONG)
    )
      workOn.push({ position: item.position, question: item.question.text, why: sentence(reasons) });
  }
  const weakCategories = [...weak].sort((a, b) => b[1] - a[1]).map(([label]) => label);
  return { covered, total: s.items.length, seconds, targetSeconds, ratings, workOn, weakCategories };
}

/** "1:05" for 65 seconds. */
export function clock(total: number): string {
  const s = Math.max(0, Math.round(total));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

function sentence(parts: string[]): string {
  const text = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? '');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}
