import { describe, expect, it } from 'vitest';
import { durationSince, timeAgo } from './format.ts';

describe('durationSince', () => {
  const now = Date.parse('2026-03-10T12:00:00Z');
  const earlier = (ms: number) => new Date(now - ms).toISOString();
  const day = 86_400_000;

  it('rounds down to the largest sensible unit', () => {
    expect(durationSince(earlier(5 * 60_000), now)).toBe('less than a day');
    expect(durationSince(earlier(day), now)).toBe('1 day');
    expect(durationSince(earlier(13 * day), now)).toBe('13 days');
    expect(durationSince(earlier(14 * day), now)).toBe('2 weeks');
    expect(durationSince(earlier(60 * day), now)).toBe('8 weeks');
    expect(durationSince(earlier(61 * day), now)).toBe('2 months');
    expect(durationSince(earlier(364 * day), now)).toBe('11 months');
    expect(durationSince(earlier(365 * day), now)).toBe('1 year');
    expect(durationSince(earlier(800 * day), now)).toBe('2 years');
  });

  it('treats a time in the future (a skewed clock) as just now', () => {
    expect(durationSince(new Date(now + day).toISOString(), now)).toBe('less than a day');
    expect(timeAgo(new Date(now + day).toISOString(), now)).toBe('today');
  });

  it('says "ago" only for whole days', () => {
    expect(timeAgo(earlier(3 * 60 * 60_000), now)).toBe('today');
    expect(timeAgo(earlier(3 * day), now)).toBe('3 days ago');
  });
});
