// The shared countdown of a group exercise. Every member's browser counts to the same server
// instant (ends_at); each corrects its own clock by the offset it measured against the server's
// `now`, so a laptop five minutes fast still ends with everyone else.

/**
 * How far the server's clock is ahead of this browser's (ms), from one request: the server's
 * `now` is taken to be the middle of the round trip.
 */
export function clockOffset(serverNow: string, sentAt: number, receivedAt: number): number {
  return Date.parse(serverNow) - (sentAt + receivedAt) / 2;
}

/** Milliseconds left until `endsAt` on the server's clock, never below zero. */
export function remainingMs(endsAt: string, offset: number, browserNow: number): number {
  return Math.max(0, Date.parse(endsAt) - (browserNow + offset));
}

/** "24:59", or "1:02:05" past an hour; seconds round up so 0:00 shows only when time is up. */
export function formatClock(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** The words a screen reader hears for the time left, in whole minutes (a live region per second would be noise). */
export function spokenRemaining(ms: number): string {
  if (ms <= 0) return 'Time is up';
  const minutes = Math.ceil(ms / 60_000);
  return minutes === 1 ? 'Less than a minute left' : `${minutes} minutes left`;
}

/** Announcements worth interrupting for: five minutes, one minute, and the end. */
export function milestone(ms: number): string {
  if (ms <= 0) return 'Time is up.';
  if (ms <= 60_000) return 'One minute left.';
  if (ms <= 5 * 60_000) return 'Five minutes left.';
  return '';
}
