import { describe, expect, it } from 'vitest';
import { isFiltered, readFilter, toParams } from './filters.ts';

describe('question bank filters in the URL', () => {
  it('reads known values and drops what the server would refuse', () => {
    const f = readFilter(
      new URLSearchParams(
        'q=conflict&category=behavioural&field=Software&difficulty=hard&companyId=12&page=3',
      ),
    );
    expect(f).toEqual({
      q: 'conflict',
      category: 'behavioural',
      field: 'Software',
      difficulty: 'hard',
      companyId: '12',
      page: 3,
    });
    const bad = readFilter(
      new URLSearchParams('category=gossip&field=Astrology&difficulty=x&companyId=-1&page=0'),
    );
    expect(bad).toEqual({ q: '', category: '', field: '', difficulty: '', companyId: '', page: 1 });
    expect(isFiltered(bad)).toBe(false);
    expect(readFilter(new URLSearchParams(`q=${'a'.repeat(300)}`)).q).toHaveLength(200);
  });

  it('writes only the filters in use, so the URL stays short', () => {
    const params = toParams({
      q: ' team ',
      category: '',
      field: 'Hospitality',
      difficulty: '',
      companyId: '',
      page: 1,
    });
    expect(params.toString()).toBe('q=team&field=Hospitality');
    expect(toParams({ ...readFilter(new URLSearchParams()), page: 2 }).toString()).toBe('page=2');
  });
});
