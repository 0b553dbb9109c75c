import { describe, expect, it } from 'vitest';
import { isFiltered, pageNumbers, readFilter, toParams } from './filter.ts';
import { askedWords, questionCount } from './words.ts';

describe('the question bank filter in the URL', () => {
  it('reads what it knows and ignores the rest', () => {
    const f = readFilter(
      new URLSearchParams(
        'q=salary&category=salary-notice&field=Sales&companyId=12&difficulty=hard&retired=true&page=3',
      ),
    );
    expect(f).toEqual({
      q: 'salary',
      category: 'salary-notice',
      field: 'Sales',
      companyId: '12',
      difficulty: 'hard',
      retired: true,
      page: 3,
    });
    expect(isFiltered(f)).toBe(true);
  });

  it('treats hostile or malformed values as "any"', () => {
    const f = readFilter(
      new URLSearchParams(
        'category=<script>&field=Astrology&companyId=1%20OR%201=1&difficulty=&retired=yes&page=-4',
      ),
    );
    expect(f).toEqual({
      q: '',
      category: '',
      field: '',
      companyId: '',
      difficulty: '',
      retired: false,
      page: 1,
    });
    expect(isFiltered(f)).toBe(false);
    expect(readFilter(new URLSearchParams('companyId=0')).companyId).toBe('');
    expect(readFilter(new URLSearchParams('page=99999999')).page).toBe(10_000);
  });

  it('writes only what differs from the default, and round-trips', () => {
    const f = readFilter(new URLSearchParams('field=Software&retired=true&page=2'));
    expect(toParams(f).toString()).toBe('field=Software&retired=true&page=2');
    expect(readFilter(toParams(f))).toEqual(f);
    expect(toParams(readFilter(new URLSearchParams())).toString()).toBe('');
  });
});

describe('page numbers', () => {
  it('lists every page when there are few', () => {
    expect(pageNumbers(1, 1)).toEqual([1]);
    expect(pageNumbers(3, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('keeps the ends and the neighbourhood of the current page when there are many', () => {
    expect(pageNumbers(1, 20)).toEqual([1, 2, 3, null, 20]);
    expect(pageNumbers(10, 20)).toEqual([1, null, 8, 9, 10, 11, 12, null, 20]);
    expect(pageNumbers(19, 20)).toEqual([1, null, 17, 18, 19, 20]);
    expect(pageNumbers(4, 20)).toEqual([1, 2, 3, 4, 5, 6, null, 20]);
  });
});

describe('words', () => {
  it('counts questions and asks', () => {
    expect(questionCount(1)).toBe('1 question');
    expect(questionCount(1214)).toBe('1,214 questions');
    expect(askedWords(0)).toBe('');
    expect(askedWords(1)).toBe('asked once');
    expect(askedWords(7)).toBe('asked 7 times');
  });
});
