import {
  type QuestionCategory,
  STAR_CATEGORIES,
  speakingSeconds,
  wordCount,
} from '../../../../shared/practice.ts';
import type { Star } from '../../../../shared/practice-api.ts';

// How an answer reads and how long it takes to say: the same rules the server uses, so what the
// editor shows while typing is what the saved answer will report.

export const EMPTY_STAR: Star = { situation: '', task: '', action: '', result: '' };

export const STAR_PARTS: readonly { key: keyof Star; label: string; hint: string }[] = [
  { key: 'situation', label: 'Situation', hint: 'Where and when: set the scene in a sentence or two.' },
  { key: 'task', label: 'Task', hint: 'What you had to achieve, or the problem that was yours.' },
  { key: 'action', label: 'Action', hint: 'What you did yourself, step by step: say "I", not "we".' },
  { key: 'result', label: 'Result', hint: 'How it ended, with a number if you can, and what you learned.' },
];

/** Whether a question's answers are best told as a STAR story. */
export function offersStar(category: QuestionCategory): boolean {
  return STAR_CATEGORIES.includes(category);
}

/** The text a STAR answer is read out as: its parts in order, blank ones left out. */
export function starText(star: Star): string {
  return [star.situation, star.task, star.action, star.result]
    .map((p) => p.trim())
    .filter(Boolean)
    .join('\n\n');
}

/** "about 40 s", "about 1 min 5 s", "about 2 min". */
export function formatSpeaking(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s === 0) return 'under a second';
  const min = Math.floor(s / 60);
  const rest = s % 60;
  if (min === 0) return `about ${rest} s`;
  return rest === 0 ? `about ${min} min` : `about ${min} min ${rest} s`;
}

/** "142 words, about 1 min 6 s spoken" for a text. */
export function answerLength(text: string): string {
  const words = wordCount(text);
  if (words === 0) return 'No words yet';
  return `${words === 1 ? '1 word' : `${words} words`}, ${formatSpeaking(speakingSeconds(words))} spoken`;
}
