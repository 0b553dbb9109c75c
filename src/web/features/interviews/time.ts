import { zonedText } from '../../../shared/zoned-time.ts';
import { viewerZone } from '../../ui/format.ts';

// Interview times as a person reads them: in their own zone, with the zone named, and how long
// is left. Pure, so the words can be tested without a browser.

export { viewerZone };

/** "Tuesday, March 10, 2026 at 2:00 PM ADT (America/Halifax)", in the viewer's zone unless told. */
export function zonedDateTime(iso: string, zone: string = viewerZone()): string {
  return zonedText(iso, zone);
}

/** The end of a time, short: "2:45 PM". */
export function zonedClock(iso: string, zone: string = viewerZone()): string {
  return new Date(iso).toLocaleTimeString('en-US', { timeZone: zone, hour: 'numeric', minute: '2-digit' });
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const unit = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * How long until a start, in the two largest units: "in 2 days and 3 hours", "in 45 minutes",
 * "starting now" within a minute, and "started" once it has begun.
 */
export function countdown(startIso: string, now: number = Date.now()): string {
  const left = Date.parse(startIso) - now;
  if (left <= -MINUTE) return 'started';
  if (left < MINUTE) return 'starting now';
  const days = Math.floor(left / DAY);
  const hours = Math.floor((left % DAY) / HOUR);
  const minutes = Math.floor((left % HOUR) / MINUTE);
  if (days > 0)
    return hours > 0 ? `in ${unit(days, 'day')} and ${unit(hours, 'hour')}` : `in ${unit(days, 'day')}`;
  if (hours > 0)
    return minutes > 0
      ? `in ${unit(hours, 'hour')} and ${unit(minutes, 'minute')}`
      : `in ${unit(hours, 'hour')}`;
  return `in ${unit(minutes, 'minute')}`;
}
