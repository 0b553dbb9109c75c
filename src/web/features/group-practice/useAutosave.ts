import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../api.ts';

// Text saved as it is typed: a pause in typing saves it, one save at a time, and whatever was
// typed during a save goes in the next one. A failed save says why and offers a retry; nothing
// typed is thrown away.

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'error'; message: string };

export function useAutosave(initial: string, save: (text: string) => Promise<unknown>, delay = 800) {
  const [value, setShown] = useState(initial);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const latest = useRef(initial);
  const saved = useRef(initial);
  const busy = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saveRef = useRef(save);
  saveRef.current = save;

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    // A save under way picks up the newest text when it ends (the loop below).
    if (busy.current) return;
    busy.current = true;
    try {
      while (latest.current !== saved.current) {
        const text = latest.current;
        setStatus({ kind: 'saving' });
        await saveRef.current(text);
        saved.current = text;
      }
      setStatus((s) => (s.kind === 'idle' ? s : { kind: 'saved' }));
    } catch (err) {
      setStatus({ kind: 'error', message: errorMessage(err) });
    } finally {
      busy.current = false;
    }
  }, []);

  const setValue = useCallback(
    (text: string) => {
      latest.current = text;
      setShown(text);
      setStatus({ kind: 'pending' });
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delay);
    },
    [delay, flush],
  );

  // Leaving the page within the pause still saves what was typed.
  useEffect(
    () => () => {
      clearTimeout(timer.current);
      if (latest.current !== saved.current) void saveRef.current(latest.current).catch(() => undefined);
    },
    [],
  );

  return { value, setValue, status, flush };
}

/** What the status line says. */
export function statusText(s: SaveStatus): string {
  switch (s.kind) {
    case 'pending':
      return '';
    case 'saving':
      return 'Saving…';
    case 'saved':
      return 'Saved';
    case 'error':
      return `Not saved: ${s.message}`;
    default:
      return '';
  }
}
