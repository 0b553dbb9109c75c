// How the pipeline screens put things in words. Pure, so the wording is tested on its own.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** How long a card has sat in its stage: "Under an hour", "5 hours", "3 days". */
export function timeInStage(enteredAt: string, now: number = Date.now()): string {
  const ms = Math.max(0, now - new Date(enteredAt).getTime());
  if (ms < HOUR) return 'Under an hour in stage';
  if (ms < DAY) return `${plural(Math.floor(ms / HOUR), 'hour')} in stage`;
  return `${plural(Math.floor(ms / DAY), 'day')} in stage`;
}

/** "Priya Patel", "Priya Patel and Sam Lee", "Priya Patel, Sam Lee and Ana Ruiz", "5 applications". */
export function namesOf(names: readonly string[]): string {
  if (names.length === 0) return 'No applications';
  if (names.length > 3) return `${names.length} applications`;
  if (names.length === 1) return names[0] as string;
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** The announcement after a move: "Priya Patel moved to Interviewing." */
export function movedMessage(names: readonly string[], stageName: string): string {
  if (names.length === 0) return `Nothing to move: already in ${stageName}.`;
  return `${namesOf(names)} moved to ${stageName}.`;
}
