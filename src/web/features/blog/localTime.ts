// <input type="datetime-local"> holds a wall time with no zone; the browser's Date reads it in
// the viewer's own zone, which is the zone the person choosing the time means.

/** The instant (UTC ISO) a datetime-local value means in the viewer's zone, or null if incomplete. */
export function localToInstant(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** The datetime-local value (to the minute) of an instant in the viewer's zone. */
export function instantToLocal(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
