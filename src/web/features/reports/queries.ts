import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ReportGroup, ReportName } from '../../../shared/reports.ts';
import { REPORT_GROUPS } from '../../../shared/reports.ts';
import { api } from '../../api.ts';

/** The reports' filters, exactly as the URL and the API name them ('' when not set). */
export interface ReportFilter {
  from: string;
  to: string;
  companyId: string;
  openingId: string;
  groupBy: ReportGroup;
}

export const FILTER_KEYS = ['from', 'to', 'companyId', 'openingId', 'groupBy'] as const;

const isDate = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);
const isId = (v: string) => /^[1-9]\d{0,9}$/.test(v);

/** The filter a URL asks for, dropping values no report would accept. */
export function readFilter(params: URLSearchParams): ReportFilter {
  const value = (key: string, ok: (v: string) => boolean) => {
    const v = params.get(key) ?? '';
    return ok(v) ? v : '';
  };
  const groupBy = params.get('groupBy') ?? '';
  return {
    from: value('from', isDate),
    to: value('to', isDate),
    companyId: value('companyId', isId),
    openingId: value('openingId', isId),
    groupBy: (REPORT_GROUPS as readonly string[]).includes(groupBy) ? (groupBy as ReportGroup) : 'month',
  };
}

/** The filter as URL parameters, leaving out what is empty or the default. */
export function toParams(filter: ReportFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const v = filter[key];
    if (v && !(key === 'groupBy' && v === 'month')) params.set(key, v);
  }
  return params;
}

/** Where a report is read, as JSON or as a CSV download. */
export function reportUrl(name: ReportName, filter: ReportFilter, format: 'json' | 'csv' = 'json'): string {
  const params = toParams(filter);
  // The period does not apply to open positions; leave it out so the CSV's address says so.
  if (name === 'open-positions') for (const key of ['from', 'to', 'groupBy']) params.delete(key);
  else if (name !== 'funnel') params.delete('groupBy');
  const qs = params.toString();
  return `/api/v1/reports/${name}${format === 'csv' ? '.csv' : ''}${qs ? `?${qs}` : ''}`;
}

export function useReport<T>(name: ReportName, filter: ReportFilter) {
  const url = reportUrl(name, filter);
  return useQuery({
    queryKey: ['report', url],
    queryFn: () => api<T>(url),
    // Keep the last chart on screen while new figures load; the figure says it is updating.
    placeholderData: keepPreviousData,
  });
}
