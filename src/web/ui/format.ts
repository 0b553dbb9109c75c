/** The viewer's IANA time zone, as the browser knows it; UTC where the browser will not say. */
export function viewerZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** A date in the viewer's own time zone, e.g. "March 4, 2026". */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  return new Date(iso).toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric' });
}

/** A date and time in the viewer's own time zone. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  return new Date(iso).toLocaleString('en-US', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  });
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${Math.round(n / 1024)} KB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

const DAY = 86_400_000;

/**
 * How long ago an instant was, in rough words ("less than a day", "3 days", "2 weeks",
 * "5 months", "1 year"): enough to tell a fresh application from a stale one at a glance.
 */
export function durationSince(iso: string, now: number = Date.now()): string {
  const days = Math.floor(Math.max(0, now - new Date(iso).getTime()) / DAY);
  const unit = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (days < 1) return 'less than a day';
  if (days < 14) return unit(days, 'day');
  if (days < 61) return unit(Math.floor(days / 7), 'week');
  if (days < 365) return unit(Math.floor(days / 30.44), 'month');
  return unit(Math.max(1, Math.floor(days / 365.25)), 'year');
}

/** "today" or "3 days ago". */
export function timeAgo(iso: string, now: number = Date.now()): string {
  const d = durationSince(iso, now);
  return d === 'less than a day' ? 'today' : `${d} ago`;
}
