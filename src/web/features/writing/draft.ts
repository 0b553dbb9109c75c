// The writer's text survives a reload or a lost connection: every keystroke is kept in this
// browser straight away, and sent to the server shortly after. Pure helpers, plus the one
// place that touches localStorage.

export interface Draft {
  body: string;
  /** When it was typed, by this browser's clock (ms). */
  at: number;
}

const storageKey = (attemptId: number) => `followthrough.writing.${attemptId}`;

export function readDraft(attemptId: number): Draft | null {
  try {
    const raw = localStorage.getItem(storageKey(attemptId));
    if (!raw) return null;
    const d = JSON.parse(raw) as Partial<Draft>;
    return typeof d.body === 'string' && typeof d.at === 'number' ? { body: d.body, at: d.at } : null;
  } catch {
    return null;
  }
}

export function writeDraft(attemptId: number, body: string): void {
  try {
    localStorage.setItem(storageKey(attemptId), JSON.stringify({ body, at: Date.now() }));
  } catch {
    // Private mode or a full store: the server copy still saves every few seconds.
  }
}

export function clearDraft(attemptId: number): void {
  try {
    localStorage.removeItem(storageKey(attemptId));
  } catch {
    // Nothing to clear.
  }
}

/**
 * The text to start from: this browser's draft when it is newer than the server's copy and
 * differs from it (typed while offline, or just before a reload), else the server's.
 */
export function startingText(server: { body: string; savedAt: string | null }, draft: Draft | null) {
  const savedAt = server.savedAt ? Date.parse(server.savedAt) : 0;
  if (draft && draft.body !== server.body && draft.at > savedAt) return { body: draft.body, unsent: true };
  return { body: server.body, unsent: false };
}

/** Milliseconds left, by the server's clock: `offset` is server time minus this browser's. */
export function msLeft(deadlineAt: string, offset: number, now: number = Date.now()): number {
  return Math.max(0, Date.parse(deadlineAt) - (now + offset));
}

/** "12:05" left; hours when a test is that long ("1:02:05"). */
export function timeLeft(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}
