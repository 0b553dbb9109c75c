import { describe, expect, it } from 'vitest';
import { countdown, zonedClock, zonedDateTime } from './time.ts';

describe('interview times for the reader', () => {
  it('names the zone and follows its clock changes', () => {
    // Halifax moves to daylight time on 2026-03-08.
    expect(zonedDateTime('2026-03-07T18:00:00Z', 'America/Halifax')).toBe(
      'Saturday, March 7, 2026 at 2:00 PM AST (America/Halifax)',
    );
    expect(zonedDateTime('2026-03-09T18:00:00Z', 'America/Halifax')).toBe(
      'Monday, March 9, 2026 at 3:00 PM ADT (America/Halifax)',
    );
    // A half-hour zone, and the southern hemisphere leaving daylight time on 2026-04-05.
    expect(zonedClock('2026-03-07T18:00:00Z', 'Asia/Kolkata')).toBe('11:30 PM');
    expect(zonedClock('2026-04-04T03:00:00Z', 'Australia/Sydney')).toBe('2:00 PM');
    expect(zonedClock('2026-04-06T03:00:00Z', 'Australia/Sydney')).toBe('1:00 PM');
  });

  it('counts down in the two largest units', () => {
    const now = Date.parse('2026-03-07T12:00:00Z');
    expect(countdown('2026-03-09T15:30:00Z', now)).toBe('in 2 days and 3 hours');
    expect(countdown('2026-03-08T12:00:00Z', now)).toBe('in 1 day');
    expect(countdown('2026-03-07T13:45:00Z', now)).toBe('in 1 hour and 45 minutes');
    expect(countdown('2026-03-07T14:00:00Z', now)).toBe('in 2 hours');
    expect(countdown('2026-03-07T12:05:00Z', now)).toBe('in 5 minutes');
    expect(countdown('2026-03-07T12:00:30Z', now)).toBe('starting now');
    expect(countdown('2026-03-07T11:00:00Z', now)).toBe('started');
  });
});
