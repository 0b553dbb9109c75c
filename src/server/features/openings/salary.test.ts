import { describe, expect, it } from 'vitest';
import { formatSalary, yearlyTop } from './salary.ts';
import { summarize } from './summary.ts';

describe('salary', () => {
  it('turns the top of a range into a yearly amount', () => {
    expect(yearlyTop({ min: 2500, max: 3000, currency: 'CAD', period: 'hour' })).toBe(3000 * 2080);
    expect(yearlyTop({ min: 5_000_000, max: null, currency: 'CAD', period: 'year' })).toBe(5_000_000);
    expect(yearlyTop(null)).toBeNull();
  });

  it('formats ranges in major units', () => {
    expect(formatSalary({ min: 5_500_000, max: 7_000_000, currency: 'USD', period: 'year' })).toBe(
      '$55,000 – $70,000 per year',
    );
    expect(formatSalary({ min: 2500, max: null, currency: 'GBP', period: 'hour' })).toBe('From £25 per hour');
    expect(formatSalary({ min: 1275, max: 1350, currency: 'GBP', period: 'hour' })).toBe(
      '£12.75 – £13.50 per hour',
    );
    expect(formatSalary({ min: null, max: 400_000, currency: 'JPY', period: 'month' })).toBe(
      'Up to ¥400,000 per month',
    );
  });
});

describe('summarize', () => {
  it('strips Markdown and cuts at a word', () => {
    expect(summarize('## About\n\nWe **build** [things](https://x.example).', 100)).toBe(
      'About We build things.',
    );
    expect(summarize('one two three four five six', 12)).toBe('one two…');
  });
});
