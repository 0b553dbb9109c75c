import { describe, expect, it } from 'vitest';
import { parseSearchTerms, toFts5, toWebsearch } from './search-terms.ts';

describe('parseSearchTerms', () => {
  it('splits words, phrases and exclusions', () => {
    expect(parseSearchTerms('Senior "data analyst" -remote SQL')).toEqual({
      words: ['senior', 'sql'],
      phrases: [['data', 'analyst']],
      excluded: ['remote'],
    });
  });

  it('keeps only letters and digits, in any script', () => {
    expect(parseSearchTerms('C++ node.js 工程师 Ingénieur').words).toEqual([
      'c',
      'node',
      'js',
      '工程师',
      'ingénieur',
    ]);
  });

  it('reads operators and punctuation as nothing', () => {
    const t = parseSearchTerms('NEAR( * ) ^ \' OR 1=1 -- "');
    expect(t.phrases).toEqual([]);
    expect(t.excluded).toEqual([]);
    expect(t.words).toEqual(['near', 'or', '1']);
  });

  it('treats an unbalanced quote as a phrase to the end', () => {
    expect(parseSearchTerms('nurse "night shift').phrases).toEqual([['night', 'shift']]);
  });

  it('bounds the number of terms', () => {
    expect(parseSearchTerms(Array.from({ length: 50 }, (_, i) => `w${i}`).join(' ')).words).toHaveLength(16);
  });
});

describe('query compilers', () => {
  it('quotes every FTS5 term and applies exclusions with NOT', () => {
    expect(toFts5(parseSearchTerms('data "project lead" -intern'))).toBe(
      '("data" AND "project lead") NOT "intern"',
    );
  });

  it('returns null when nothing positive was typed, so all jobs are listed', () => {
    expect(toFts5(parseSearchTerms('-intern ""'))).toBeNull();
    expect(toWebsearch(parseSearchTerms('   '))).toBeNull();
  });

  it('rebuilds websearch input from parsed terms only', () => {
    expect(toWebsearch(parseSearchTerms('data "project lead" -intern (x'))).toBe(
      'data x "project lead" -intern',
    );
  });
});
