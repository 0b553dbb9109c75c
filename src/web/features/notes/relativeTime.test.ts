import { expect, it } from 'vitest';
import { relativeTime } from './relativeTime.ts';

const now = Date.parse('2026-03-08T12:00:00Z');
const ago = (ms: number) => new Date(now - ms).toISOString();

it('says how long ago or how soon, in the largest whole unit', () => {
  expect(relativeTime(ago(20_000), now)).toBe('just now');
  expect(relativeTime(ago(5 * 60_000), now)).toBe('5 minutes ago');
  expect(relativeTime(ago(3 * 3_600_000 + 59 * 60_000), now)).toBe('3 hours ago');
  expect(relativeTime(ago(26 * 3_600_000), now)).toBe('yesterday');
  expect(relativeTime(ago(10 * 86_400_000), now)).toBe('last week');
  expect(relativeTime(ago(400 * 86_400_000), now)).toBe('last year');
  expect(relativeTime(ago(-2 * 3_600_000), now)).toBe('in 2 hours');
  expect(relativeTime(ago(-3 * 86_400_000), now)).toBe('in 3 days');
});
