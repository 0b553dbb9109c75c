import { NOTE_PARTS } from './formState.ts';

// The server names a bad field by its path in the request body ("questions.2.text",
// "difficulty", "team.text"). The form shows each error beside one input, so several paths
// land on the same input; anything the form cannot place is shown above the Save button.

const PARTS: readonly string[] = [...NOTE_PARTS, 'formatNote'];
const WHOLE = ['difficulty', 'experience', 'interestBefore', 'interestAfter', 'skillsVisibility'];

/** The form input an error path belongs to, or null when no input matches it. */
export function placeError(path: string): string | null {
  const [head = '', second, third, fourth] = path.split('.');
  if (head === 'questions') {
    if (second === undefined) return 'questions';
    if (!/^\d+$/.test(second)) return 'questions';
    if (third === 'note')
      return `questions.${second}.note.${fourth === 'visibility' ? 'visibility' : 'text'}`;
    if (third === 'visibility') return 'questionsVisibility';
    return `questions.${second}.text`;
  }
  // "skills.3" or "surprises.0": the one chip input or checkbox group.
  if (head === 'skills' || head === 'surprises') return head;
  if (PARTS.includes(head)) return `${head}.${second === 'visibility' ? 'visibility' : 'text'}`;
  if (WHOLE.includes(head) && second === undefined) return head;
  return null;
}

/**
 * Server field errors keyed by the form input they belong to (first message wins), plus the
 * messages no input can show.
 */
export function placeErrors(fields: Record<string, string>): {
  byField: Record<string, string>;
  unplaced: string[];
} {
  const byField: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const [path, message] of Object.entries(fields)) {
    const key = placeError(path);
    if (key === null) unplaced.push(message);
    else byField[key] ??= message;
  }
  return { byField, unplaced };
}
