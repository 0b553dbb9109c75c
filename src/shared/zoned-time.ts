// One way to write an instant for a reader on every screen and in every mail: in a named zone,
// with the zone's short name and its IANA name, so there is never doubt which clock is meant.

/** "Tuesday, March 10, 2026 at 2:00 PM ADT (America/Halifax)". */
export function zonedText(instant: string, zone: string): string {
  const text = new Date(instant).toLocaleString('en-US', {
    timeZone: zone,
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  });
  return `${text} (${zone})`;
}
