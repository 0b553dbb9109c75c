import { describe, expect, it } from 'vitest';
import { instantToLocal, localToInstant } from './localTime.ts';

describe('schedule times in the viewer zone', () => {
  it('round-trips a wall time through an instant', () => {
    const instant = localToInstant('2026-07-01T09:30');
    expect(instant).toMatch(/Z$/);
    expect(instantToLocal(instant as string)).toBe('2026-07-01T09:30');
  });
  it('gives null for an incomplete or invalid value', () => {
    expect(localToInstant('')).toBeNull();
    expect(localToInstant('2026-07-01')).toBeNull();
    expect(localToInstant('2026-13-45T99:99')).toBeNull();
  });
});
