import { DIFFICULTIES, QUESTION_CATEGORIES } from '../../../../shared/practice.ts';
import { FIELDS } from '../../../../shared/vocabulary.ts';
import { pageParam } from '../../../ui/paging.ts';

// The question bank's search as the page URL keeps it, so a search can be bookmarked, shared
// and returned to with the back button. Anything the server would refuse is dropped here.

export interface QuestionFilter {
  q: string;
  category: string;
  field: string;
  difficulty: string;
  /** Only when the seeker arrived with ?companyId= (from an interview or an opening). */
  companyId: string;
  page: number;
}

export const FILTER_KEYS = ['q', 'category', 'field', 'difficulty', 'companyId'] as const;

const oneOf = (list: readonly string[], value: string | null) => (value && list.includes(value) ? value : '');

export function readFilter(params: URLSearchParams): QuestionFilter {
  const company = params.get('companyId') ?? '';
  return {
    q: (params.get('q') ?? '').slice(0, 200),
    category: oneOf(QUESTION_CATEGORIES, params.get('category')),
    field: oneOf(FIELDS, params.get('field')),
    difficulty: oneOf(DIFFICULTIES, params.get('difficulty')),
    companyId: /^[1-9]\d{0,8}$/.test(company) ? company : '',
    page: pageParam(params, 10_000),
  };
}

/** The filter as URL (and API) parameters: empty filters and page 1 left out. */
export function toParams(filter: QuestionFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filter[key].trim();
    if (value) params.set(key, value);
  }
  if (filter.page > 1) params.set('page', String(filter.page));
  return params;
}

/** Whether any filter narrows the bank. */
export const isFiltered = (filter: QuestionFilter) => FILTER_KEYS.some((k) => filter[k].trim() !== '');
