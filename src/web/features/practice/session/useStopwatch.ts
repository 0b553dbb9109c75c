import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Seconds since start, ticking once a second while running. Time is measured from the clock,
 * not by counting ticks, so a busy or backgrounded tab does not slow it down.
 */
export function useStopwatch() {
  const started = useRef<number | null>(null);
  const [seconds, setSeconds] = useState(0);
  const [running, setRunning] = useState(false);
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => {
      if (started.current !== null) setSeconds(Math.floor((Date.now() - started.current) / 1000));
    }, 250);
    return () => clearInterval(timer);
  }, [running]);
  const start = useCallback(() => {
    started.current = Date.now();
    setSeconds(0);
    setRunning(true);
  }, []);
  const stop = useCallback(() => {
    if (started.current !== null) setSeconds(Math.floor((Date.now() - started.current) / 1000));
    setRunning(false);
  }, []);
  return { seconds, running, start, stop };
}
