import { DIFFICULTIES, QUESTION_CATEGORIES } from '../../../../shared/practice.ts';
import { FIELDS } from '../../../../shared/vocabulary.ts';
import { pageParam } from '../../../ui/paging.ts';

// The question bank's search, kept in the URL so a reload or the back button brings it back.
// The URL uses the API's own parameter names, so the same query string serves both.

export interface BankFilter {
  q: string;
  category: string;
  field: string;
  /** A company id as text; '' for any. */
  companyId: string;
  difficulty: string;
  retired: boolean;
  page: number;
}

const TEXT_KEYS = ['q', 'category', 'field', 'companyId', 'difficulty'] as const;

const oneOf = (list: readonly string[], value: string | null) =>
  value !== null && list.includes(value) ? value : '';

/** The filter a URL asks for; anything unknown or malformed reads as "any". */
export function readFilter(params: URLSearchParams): BankFilter {
  const companyId = params.get('companyId') ?? '';
  return {
    q: (params.get('q') ?? '').slice(0, 200),
    category: oneOf(QUESTION_CATEGORIES, params.get('category')),
    field: oneOf(FIELDS, params.get('field')),
    companyId: /^[1-9]\d{0,8}$/.test(companyId) ? companyId : '',
    difficulty: oneOf(DIFFICULTIES, params.get('difficulty')),
    retired: params.get('retired') === 'true',
    page: pageParam(params, 10_000),
  };
}

/** The filter as a query string's parameters, leaving out everything at its default. */
export function toParams(filter: BankFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of TEXT_KEYS) if (filter[key]) params.set(key, filter[key]);
  if (filter.retired) params.set('retired', 'true');
  if (filter.page > 1) params.set('page', String(filter.page));
  return params;
}

/** Whether anything narrows the list (showing retired questions widens it, so it does not count). */
export function isFiltered(filter: BankFilter): boolean {
  return TEXT_KEYS.some((key) => filter[key] !== '');
}

/**
 * The page numbers to offer: all of them when there are few, otherwise the first, the last and
 * two either side of the current one, with null where a run is left out.
 */
export function pageNumbers(page: number, pages: number): (number | null)[] {
  if (pages <= 9) return Array.from({ length: pages }, (_, i) => i + 1);
  const shown = new Set([1, pages]);
  for (let n = page - 2; n <= page + 2; n++) if (n >= 1 && n <= pages) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const [i, n] of sorted.entries()) {
    const previous = sorted[i - 1];
    if (previous !== undefined && n - previous > 1) out.push(null);
    out.push(n);
  }
  return out;
}
