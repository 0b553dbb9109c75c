import { useEffect, useState } from 'react';
import { formatClock, milestone, remainingMs, spokenRemaining } from './countdown.ts';

/** The time left now on the server's clock, re-read four times a second; calls onTimeUp once. */
export function useRemaining(endsAt: string | null, offset: number, onTimeUp?: () => void): number | null {
  // The clock is read at every render, not kept in state: a value kept from mount time (say,
  // while waiting for the start) would show more time than there is for the first tick.
  const [, setTick] = useState(0);
  const left = endsAt ? remainingMs(endsAt, offset, Date.now()) : null;
  useEffect(() => {
    if (!endsAt) return;
    const timer = setInterval(() => setTick((n) => n + 1), 250);
    return () => clearInterval(timer);
  }, [endsAt]);
  useEffect(() => {
    if (left === 0) onTimeUp?.();
  }, [left, onTimeUp]);
  return left;
}

/**
 * The shared countdown. The figure changes every second, so it is not a live region; a separate
 * status line speaks at five minutes, one minute and the end.
 */
export function RunClock({ remaining }: { remaining: number }) {
  return (
    <>
      <p className={remaining === 0 ? 'practice-timer over' : 'practice-timer'}>
        <span role="timer" aria-label={spokenRemaining(remaining)}>
          {formatClock(remaining)}
        </span>{' '}
        <span className="meta">{remaining === 0 ? 'time is up' : 'left'}</span>
      </p>
      <p className="visually-hidden" role="status">
        {milestone(remaining)}
      </p>
    </>
  );
}
