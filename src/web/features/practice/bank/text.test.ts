import { describe, expect, it } from 'vitest';
import { answerLength, formatSpeaking, offersStar, starText } from './text.ts';

describe('answer text', () => {
  it('joins the STAR parts in order, leaving blank ones out', () => {
    expect(starText({ situation: ' At the shop. ', task: '', action: 'I called.', result: 'Fixed.' })).toBe(
      'At the shop.\n\nI called.\n\nFixed.',
    );
    expect(starText({ situation: '', task: ' ', action: '', result: '' })).toBe('');
  });

  it('says how long an answer takes to speak', () => {
    expect(formatSpeaking(0)).toBe('under a second');
    expect(formatSpeaking(40)).toBe('about 40 s');
    expect(formatSpeaking(65)).toBe('about 1 min 5 s');
    expect(formatSpeaking(120)).toBe('about 2 min');
    expect(formatSpeaking(-3)).toBe('under a second');
  });

  it('counts words and speaking time at 130 words a minute', () => {
    expect(answerLength('')).toBe('No words yet');
    expect(answerLength('Hello')).toBe('1 word, under a second spoken');
    expect(answerLength(Array(142).fill('word').join(' '))).toBe('142 words, about 1 min 6 s spoken');
    expect(answerLength(Array(130).fill("don't").join(' '))).toBe('130 words, about 1 min spoken');
  });

  it('offers STAR for behavioural and situational questions only', () => {
    expect(offersStar('behavioural')).toBe(true);
    expect(offersStar('situational')).toBe(true);
    expect(offersStar('motivation-fit')).toBe(false);
  });
});
