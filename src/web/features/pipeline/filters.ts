import { APPLICATION_SORTS } from '../../../shared/pipeline.ts';
import { pageParam } from '../../ui/paging.ts';

// The board's and the list's filters as the URL holds them, so a filtered view can be
// bookmarked, shared and reloaded. Pure: no React, no fetch.

export type SortKey = (typeof APPLICATION_SORTS)[number];
export type SortDir = 'asc' | 'desc';

export interface PipelineFilter {
  openingId: string;
  companyId: string;
  ownerId: string;
  q: string;
  closed: boolean;
}

export interface ListFilter extends PipelineFilter {
  stageId: string;
  sort: SortKey;
  dir: SortDir;
  page: number;
}

const ID_KEYS = ['openingId', 'companyId'] as const;

/** A positive integer id as text, or '' for anything else (a hand-edited URL must not 400). */
const idParam = (v: string | null) => (v && /^[1-9]\d{0,9}$/.test(v) ? v : '');

export function readPipelineFilter(params: URLSearchParams): PipelineFilter {
  return {
    openingId: idParam(params.get('openingId')),
    companyId: idParam(params.get('companyId')),
    ownerId: (params.get('ownerId') ?? '').slice(0, 100),
    q: (params.get('q') ?? '').slice(0, 200),
    closed: params.get('closed') === 'true',
  };
}

export function readListFilter(params: URLSearchParams): ListFilter {
  const sort = params.get('sort') ?? '';
  return {
    ...readPipelineFilter(params),
    stageId: idParam(params.get('stageId')),
    sort: (APPLICATION_SORTS as readonly string[]).includes(sort) ? (sort as SortKey) : 'entered',
    dir: params.get('dir') === 'asc' ? 'asc' : 'desc',
    page: pageParam(params, 10_000),
  };
}

/** The filter as URL parameters, leaving out defaults so URLs stay short. */
export function filterParams(f: PipelineFilter | ListFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ID_KEYS) if (f[key]) params.set(key, f[key]);
  if (f.ownerId) params.set('ownerId', f.ownerId);
  if (f.q.trim()) params.set('q', f.q.trim());
  if (f.closed) params.set('closed', 'true');
  if ('stageId' in f) {
    if (f.stageId) params.set('stageId', f.stageId);
    if (f.sort !== 'entered') params.set('sort', f.sort);
    if (f.dir !== 'desc') params.set('dir', f.dir);
    if (f.page > 1) params.set('page', String(f.page));
  }
  return params;
}

/** Whether anything narrows the view (the empty-state text differs). */
export function isFiltered(f: PipelineFilter): boolean {
  return Boolean(f.openingId || f.companyId || f.ownerId || f.q.trim());
}

/**
 * The next sort after a click on a column's sort button: the same column flips direction;
 * another column starts A–Z for names and newest first for dates.
 */
export function nextSort(current: { sort: SortKey; dir: SortDir }, clicked: SortKey) {
  if (current.sort === clicked)
    return { sort: clicked, dir: current.dir === 'asc' ? 'desc' : 'asc' } as const;
  const dates: SortKey[] = ['entered', 'created'];
  return { sort: clicked, dir: dates.includes(clicked) ? 'desc' : 'asc' } as const;
}
