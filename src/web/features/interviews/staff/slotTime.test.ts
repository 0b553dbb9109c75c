import { describe, expect, it } from 'vitest';
import { formatInstant, formatSlot, knownZones, shortZoneName } from './slotTime.ts';

// ICU puts a narrow no-break space before AM/PM; compare with plain spaces.
const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');

describe('slot times', () => {
  it('names the zone by its short name and its IANA name', () => {
    expect(plain(formatSlot('2026-12-01T12:00:00Z', '2026-12-01T12:45:00Z', 'America/St_Johns'))).toBe(
      'Tue, Dec 1, 2026, 8:30 AM – 9:15 AM GMT-3:30 (America/St_Johns)',
    );
    expect(plain(formatSlot('2026-07-01T17:00:00Z', '2026-07-01T18:00:00Z', 'America/Halifax'))).toBe(
      'Wed, Jul 1, 2026, 2:00 PM – 3:00 PM ADT (America/Halifax)',
    );
  });

  it('dates the end when it falls on another day (a written test’s window)', () => {
    expect(plain(formatSlot('2026-07-01T12:00:00Z', '2026-07-03T21:00:00Z', 'UTC'))).toBe(
      'Wed, Jul 1, 2026, 12:00 PM – Fri, Jul 3, 2026, 9:00 PM UTC (UTC)',
    );
  });

  it('follows daylight saving for the short name', () => {
    expect(shortZoneName('2026-01-15T12:00:00Z', 'America/Toronto')).toBe('EST');
    expect(shortZoneName('2026-07-15T12:00:00Z', 'America/Toronto')).toBe('EDT');
    expect(plain(formatInstant('2026-07-15T12:00:00Z', 'America/Toronto'))).toBe('Wed, Jul 15, 8:00 AM EDT');
  });

  it('lists zones including the ones asked for', () => {
    const zones = knownZones('America/Halifax');
    expect(zones).toContain('America/Halifax');
    expect(zones).toContain('UTC');
  });
});
