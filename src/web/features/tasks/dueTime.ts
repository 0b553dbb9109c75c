// The due date and time fields hold the viewer's local wall time; the API takes an instant.

const pad = (n: number) => String(n).padStart(2, '0');

/** Local "YYYY-MM-DD" and "HH:MM" of an instant, for date and time inputs. */
export function localParts(at: Date): { date: string; time: string } {
  return {
    date: `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`,
    time: `${pad(at.getHours())}:${pad(at.getMinutes())}`,
  };
}

/** A sensible default: the next whole hour. */
export function nextHour(now: Date = new Date()): { date: string; time: string } {
  const at = new Date(now.getTime() + 3_600_000);
  at.setMinutes(0, 0, 0);
  return localParts(at);
}

/**
 * The instant of a local date and time, or null when either is missing or not a real time.
 * A time skipped by a daylight-saving change moves forward, as the browser resolves it.
 */
export function toInstant(date: string, time: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return null;
  const at = new Date(`${date}T${time}`);
  return Number.isNaN(at.getTime()) ? null : at.toISOString();
}
