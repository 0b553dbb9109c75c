import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api.ts';
import { writeDraft } from './draft.ts';
import { saveAttempt } from './queries.ts';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'offline' }
  | { kind: 'closed'; message: string };

const DEBOUNCE_MS = 1200;
const RETRY_MS = 5000;

/**
 * Keeps the text safe: in this browser at once, on the server a moment after the last key.
 * When the server cannot be reached it says so and keeps retrying (and retries as soon as the
 * browser is back online); the text is never lost meanwhile.
 */
export function useAutosave(attemptId: number, initialUnsent: boolean, onClosed: () => void) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const latest = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef(false);

  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const body = latest.current;
    if (body === null || inFlight.current) return;
    inFlight.current = true;
    setState({ kind: 'saving' });
    try {
      const saved = await saveAttempt(attemptId, body, false);
      if (latest.current === body) latest.current = null;
      setState({ kind: 'saved', at: saved.savedAt ?? new Date().toISOString() });
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) {
        latest.current = null;
        setState({ kind: 'closed', message: err.message });
        onClosed();
      } else {
        setState({ kind: 'offline' });
        timer.current = setTimeout(() => void flush(), RETRY_MS);
      }
    } finally {
      inFlight.current = false;
    }
    if (latest.current !== null && !timer.current)
      timer.current = setTimeout(() => void flush(), DEBOUNCE_MS);
  }, [attemptId, onClosed]);

  const change = useCallback(
    (body: string) => {
      writeDraft(attemptId, body);
      latest.current = body;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), DEBOUNCE_MS);
    },
    [attemptId, flush],
  );

  useEffect(() => {
    const online = () => void flush();
    window.addEventListener('online', online);
    return () => {
      window.removeEventListener('online', online);
      if (timer.current) clearTimeout(timer.current);
    };
  }, [flush]);

  // Text from this browser that the server has not seen yet goes up as soon as the page opens.
  const sentInitial = useRef(false);
  const sendInitial = useCallback(
    (body: string) => {
      if (sentInitial.current || !initialUnsent) return;
      sentInitial.current = true;
      latest.current = body;
      void flush();
    },
    [flush, initialUnsent],
  );

  /** Stops autosaving (before handing in) and says whether anything was still unsent. */
  const stop = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    latest.current = null;
  }, []);

  return { state, change, sendInitial, stop };
}
