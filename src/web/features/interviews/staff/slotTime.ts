// How an interview's times read on staff screens: in the viewer's zone, with that zone named
// both ways ("EST" for the eye, "America/Toronto" so there is no doubt which one).

/** The zone's short name at that instant ("EST", "GMT-3:30", "GMT+1"; ICU has no abbreviation for some zones). */
export function shortZoneName(iso: string, zone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'short' }).formatToParts(
    new Date(iso),
  );
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? zone;
}

/** "Tue, Dec 1, 2026, 2:00 PM – 2:45 PM EST (America/Toronto)"; the end gets a date when it falls on another day. */
export function formatSlot(startsAt: string, endsAt: string, zone: string): string {
  const day = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    year: 'numeric',
  });
  const time = new Intl.DateTimeFormat('en-US', { timeZone: zone, hour: 'numeric', minute: '2-digit' });
  const s = new Date(startsAt);
  const e = new Date(endsAt);
  const end = day.format(s) === day.format(e) ? time.format(e) : `${day.format(e)}, ${time.format(e)}`;
  return `${day.format(s)}, ${time.format(s)} – ${end} ${shortZoneName(endsAt, zone)} (${zone})`;
}

/** One instant, for suggestion buttons and history: "Tue, Dec 1, 2:00 PM EST". */
export function formatInstant(iso: string, zone: string): string {
  const text = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  }).format(new Date(iso));
  return `${text} ${shortZoneName(iso, zone)}`;
}

/** Every IANA zone the browser knows, with the wanted ones present even if it lists none. */
export function knownZones(...wanted: string[]): string[] {
  const listed = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set([...listed, ...wanted, 'UTC'])].sort();
}
