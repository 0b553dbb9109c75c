import type { CandidateInput } from '../../../shared/candidates.ts';
import { type ColumnMapping, IGNORE, IMPORT_TARGETS, type ImportKind } from '../../../shared/imports.ts';
import type { OpeningInput } from '../../../shared/openings.ts';
import { type Checked, checkCandidate, checkOpening, type Lookups } from './convert.ts';
import { duplicatesInFile, type RowDuplicate } from './file-duplicates.ts';

// Every row of a batch checked at once: its values after mapping and fixes, its errors, and
// the other rows of the file it may duplicate. Pure, and cheap enough to redo on each preview.

export interface BatchShape {
  kind: ImportKind;
  headers: readonly string[];
  mapping: ColumnMapping;
}

export interface StoredRow {
  n: number;
  cells: readonly string[];
  /** Target → value the person typed in the preview, over what the cells say. */
  edits: Readonly<Record<string, string>>;
}

export type RowInput = CandidateInput | OpeningInput;

export interface RowResult extends Checked<RowInput> {
  row: number;
  values: Record<string, string>;
  duplicateRows: RowDuplicate[];
  edited: boolean;
}

export interface BatchSummary {
  total: number;
  valid: number;
  invalid: number;
  duplicatesInFile: number;
  newCompanies: string[];
}

/** The values after mapping: first and last names join into the name; fixes win. */
export function mappedValues(batch: BatchShape, row: StoredRow): Record<string, string> {
  const values: Record<string, string> = {};
  batch.headers.forEach((header, i) => {
    const target = batch.mapping[header];
    if (target && target !== IGNORE) values[target] = row.cells[i] ?? '';
  });
  if (batch.kind === 'candidates' && ('firstName' in values || 'lastName' in values)) {
    const joined = [values.firstName, values.lastName].filter(Boolean).join(' ');
    values.name = values.name || joined;
    delete values.firstName;
    delete values.lastName;
  }
  return { ...values, ...row.edits };
}

/** The fields a preview shows as columns: those mapped or fixed, in the form's order. */
export function shownColumns(batch: BatchShape, rows: readonly StoredRow[] = []): string[] {
  const present = new Set(Object.values(batch.mapping).filter((t) => t !== IGNORE));
  for (const r of rows) for (const k of Object.keys(r.edits)) present.add(k);
  if (present.has('firstName') || present.has('lastName')) present.add('name');
  return IMPORT_TARGETS[batch.kind]
    .map((t) => t.key)
    .filter((k) => present.has(k) && k !== 'firstName' && k !== 'lastName');
}

/** The targets a fix may name for this kind of import (first and last names join into name). */
export function editableTargets(kind: ImportKind): string[] {
  return IMPORT_TARGETS[kind].map((t) => t.key).filter((k) => k !== 'firstName' && k !== 'lastName');
}

export function checkRows(
  batch: BatchShape,
  rows: readonly StoredRow[],
  lookups: Lookups,
): { results: RowResult[]; summary: BatchSummary } {
  const check = batch.kind === 'candidates' ? checkCandidate : checkOpening;
  const results: RowResult[] = rows.map((row) => {
    const values = mappedValues(batch, row);
    return {
      row: row.n,
      values,
      ...check(values, lookups),
      duplicateRows: [],
      edited: Object.keys(row.edits).length > 0,
    };
  });
  if (batch.kind === 'candidates') {
    const people = results.map((r) => ({
      row: r.row,
      name: r.values.name ?? '',
      email: r.values.email ?? '',
      phone: r.values.phone ?? '',
    }));
    const dups = duplicatesInFile(people);
    for (const r of results) r.duplicateRows = dups.get(r.row) ?? [];
  }
  const valid = results.filter((r) => r.input !== null).length;
  const newCompanies = new Map<string, string>();
  for (const r of results) if (r.newCompany) newCompanies.set(r.newCompany.toLowerCase(), r.newCompany);
  return {
    results,
    summary: {
      total: results.length,
      valid,
      invalid: results.length - valid,
      duplicatesInFile: results.filter((r) => r.duplicateRows.length > 0).length,
      newCompanies: [...newCompanies.values()].sort((a, b) => a.localeCompare(b)),
    },
  };
}
