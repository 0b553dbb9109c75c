import { describe, expect, it } from 'vitest';
import {
  basedOn,
  captionWords,
  daysWords,
  difficultyWords,
  percent,
  periodOfWeek,
  periodWords,
  practiceIds,
  roundsWords,
  splitShares,
} from './words.ts';

describe('insight words', () => {
  it('writes shares as whole percents, and a sliver as under one percent', () => {
    expect(percent(0)).toBe('0%');
    expect(percent(0.004)).toBe('<1%');
    expect(percent(0.005)).toBe('1%');
    expect(percent(0.425)).toBe('43%');
    expect(percent(1)).toBe('100%');
  });

  it('names the period by its calendar days, whatever the viewer’s zone', () => {
    // The suite runs in America/St_Johns: a day must not slip to the one before.
    expect(periodWords({ from: '2026-08-24', to: '2026-11-26' })).toBe(
      'Aug 24, 2026 to Nov 26, 2026 (last 13 weeks)',
    );
    expect(captionWords('Skills', { from: '2026-08-24', to: '2026-11-26' }, 1)).toBe(
      'Skills, Aug 24, 2026 to Nov 26, 2026, from 1 interview.',
    );
  });

  it('says who stands behind the figures, in the singular when it is one', () => {
    expect(basedOn(12, 7)).toBe('Based on 12 interviews by 7 people');
    expect(basedOn(1, 1)).toBe('Based on 1 interview by 1 person');
  });

  it('puts a week in this period or the one before by its Monday', () => {
    expect(periodOfWeek('2026-08-24', '2026-08-24')).toBe('This period');
    expect(periodOfWeek('2026-08-17', '2026-08-24')).toBe('Period before');
  });

  it('writes the process figures, with a dash when there is nothing to measure', () => {
    expect(roundsWords(null)).toBe('–');
    expect(roundsWords(1)).toBe('1 interview');
    expect(roundsWords(2.349)).toBe('2.3 interviews');
    expect(daysWords(null)).toBe('–');
    expect(daysWords(13.6)).toBe('14 days');
    expect(difficultyWords(3.44)).toBe('3.4 of 5');
    expect(difficultyWords(4)).toBe('4 of 5');
  });

  it('splits an experience count into shares, and an empty one into zeros', () => {
    expect(splitShares({ positive: 3, neutral: 1, negative: 0 })).toEqual({
      positive: 0.75,
      neutral: 0.25,
      negative: 0,
    });
    expect(splitShares({ positive: 0, neutral: 0, negative: 0 })).toEqual({
      positive: 0,
      neutral: 0,
      negative: 0,
    });
  });

  it('keeps a practice list to distinct ids, at most twenty', () => {
    expect(practiceIds([3, 1, 3, 2])).toEqual([3, 1, 2]);
    expect(practiceIds(Array.from({ length: 30 }, (_, i) => i + 1))).toHaveLength(20);
  });
});
