import { describe, expect, it } from 'vitest';
import { speakingSeconds, wordCount } from './practice.ts';

describe('word counts and speaking time', () => {
  it('counts words as a reader does', () => {
    expect(wordCount('')).toBe(0);
    expect(wordCount('   \n\t ')).toBe(0);
    expect(wordCount('I re-planned the rota.')).toBe(4);
    expect(wordCount("We didn't miss one — not one order.")).toBe(7);
    expect(wordCount('Sales rose 12% to 3,400 units')).toBe(6);
    expect(wordCount('Café résumé naïve')).toBe(3);
    expect(wordCount('line one\n\nline two')).toBe(4);
    expect(wordCount('https://example.test/a-page')).toBe(4);
  });

  it('estimates speaking time at a calm interview pace', () => {
    expect(speakingSeconds(0)).toBe(0);
    expect(speakingSeconds(130)).toBe(60);
    expect(speakingSeconds(260)).toBe(120);
    expect(speakingSeconds(65)).toBe(30);
  });
});
