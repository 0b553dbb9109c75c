import { describe, expect, it } from 'vitest';
import { filterParams, nextSort, readListFilter, readPipelineFilter } from './filters.ts';

describe('pipeline filters in the URL', () => {
  it('reads what it wrote, leaving defaults out', () => {
    const f = readListFilter(
      new URLSearchParams('openingId=4&ownerId=u1&q=ada&closed=true&stageId=7&sort=candidate&dir=asc&page=3'),
    );
    expect(f).toEqual({
      openingId: '4',
      companyId: '',
      ownerId: 'u1',
      q: 'ada',
      closed: true,
      stageId: '7',
      sort: 'candidate',
      dir: 'asc',
      page: 3,
    });
    expect(filterParams(f).toString()).toBe(
      'openingId=4&ownerId=u1&q=ada&closed=true&stageId=7&sort=candidate&dir=asc&page=3',
    );
    expect(filterParams(readListFilter(new URLSearchParams())).toString()).toBe('');
  });

  it('drops hand-edited nonsense instead of sending it to the API', () => {
    const f = readListFilter(new URLSearchParams('openingId=abc&companyId=-1&sort=salary&dir=up&page=-4'));
    expect(f).toMatchObject({ openingId: '', companyId: '', sort: 'entered', dir: 'desc', page: 1 });
    expect(readPipelineFilter(new URLSearchParams('closed=yes')).closed).toBe(false);
  });

  it('flips the direction on the same column and starts a new one sensibly', () => {
    expect(nextSort({ sort: 'candidate', dir: 'asc' }, 'candidate')).toEqual({
      sort: 'candidate',
      dir: 'desc',
    });
    expect(nextSort({ sort: 'entered', dir: 'desc' }, 'candidate')).toEqual({
      sort: 'candidate',
      dir: 'asc',
    });
    expect(nextSort({ sort: 'candidate', dir: 'asc' }, 'created')).toEqual({ sort: 'created', dir: 'desc' });
  });
});
