import { describe, expect, it } from 'vitest';
import { msLeft, startingText, timeLeft } from './draft.ts';

describe('writing drafts and the clock', () => {
  it('starts from this browser’s draft only when it is newer and different', () => {
    const server = { body: 'server text', savedAt: '2026-03-07T12:00:00Z' };
    const at = Date.parse('2026-03-07T12:00:05Z');
    expect(startingText(server, { body: 'typed offline', at })).toEqual({
      body: 'typed offline',
      unsent: true,
    });
    expect(startingText(server, { body: 'older', at: at - 10_000 })).toEqual({
      body: 'server text',
      unsent: false,
    });
    expect(startingText(server, { body: 'server text', at })).toEqual({ body: 'server text', unsent: false });
    expect(startingText({ body: '', savedAt: null }, { body: 'never saved', at })).toEqual({
      body: 'never saved',
      unsent: true,
    });
    expect(startingText(server, null)).toEqual({ body: 'server text', unsent: false });
  });

  it('counts down by the server’s clock', () => {
    const now = Date.parse('2026-03-07T12:00:00Z');
    // This browser runs 30 s slow: the server says it is already 12:00:30.
    expect(msLeft('2026-03-07T12:10:00Z', 30_000, now)).toBe(570_000);
    expect(msLeft('2026-03-07T11:59:00Z', 0, now)).toBe(0);
  });

  it('writes the time left as minutes and seconds, rounding up', () => {
    expect(timeLeft(570_000)).toBe('9:30');
    expect(timeLeft(1)).toBe('0:01');
    expect(timeLeft(0)).toBe('0:00');
    expect(timeLeft(3_725_000)).toBe('1:02:05');
  });
});
