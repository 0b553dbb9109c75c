import type { Kysely } from 'kysely';
import type { PossibleDuplicate } from '../../../shared/candidates.ts';
import type { Preview, PreviewRow } from '../../../shared/imports.ts';
import type { Tables } from '../../db/tables.ts';
import { hidesOthers, type Scope } from '../access/index.ts';
import { findPossibleDuplicates } from '../candidates/index.ts';
import { listCompanies } from '../companies/index.ts';
import type { Lookups } from './convert.ts';
import { type BatchRecord, loadRows, staffDirectory } from './queries.ts';
import { type BatchSummary, checkRows, type RowResult, type StoredRow, shownColumns } from './rows.ts';

// What a batch will do, row by row, before it runs: the preview the person fixes rows in, and
// the same checks the run starts from.

export const PREVIEW_PAGE = 50;

/** The staff and companies a batch's names are matched against, read now. */
export async function lookupsFor(db: Kysely<Tables>, batch: BatchRecord): Promise<Lookups> {
  const staff = await staffDirectory(db);
  const companies =
    batch.kind === 'openings'
      ? new Map((await listCompanies(db)).map((c) => [c.name.toLowerCase(), c.id]))
      : new Map<string, number>();
  return {
    staff,
    companies,
    createMissingCompanies: batch.createMissingCompanies,
    defaultOwnerId: staff.some((s) => s.id === batch.createdBy) ? batch.createdBy : null,
  };
}

/** Every row of the batch checked against the current records. */
export async function checkBatch(
  db: Kysely<Tables>,
  batch: BatchRecord,
): Promise<{ rows: StoredRow[]; results: RowResult[]; summary: BatchSummary; lookups: Lookups }> {
  const [rows, lookups] = await Promise.all([loadRows(db, batch.id), lookupsFor(db, batch)]);
  return { rows, ...checkRows(batch, rows, lookups), lookups };
}

/**
 * Candidates on record that may be this person, among those the importer may see: under
 * 'own-only' another recruiter's records are neither shown nor hinted at.
 */
export async function visibleDuplicates(
  db: Kysely<Tables>,
  person: { name: string; email: string; phone: string },
  scope: Scope,
): Promise<PossibleDuplicate[]> {
  return findPossibleDuplicates(db, person, hidesOthers(scope) ? scope.userId : undefined);
}

/** Candidates on record that may be the same person as this row. */
async function existingDuplicates(db: Kysely<Tables>, batch: BatchRecord, r: RowResult, scope: Scope) {
  if (batch.kind !== 'candidates') return [];
  const name = r.values.name ?? '';
  const email = (r.values.email ?? '').trim().toLowerCase();
  const phone = r.values.phone ?? '';
  if (!name && !email && !phone) return [];
  return visibleDuplicates(db, { name, email, phone }, scope);
}

export async function toPreviewRow(
  db: Kysely<Tables>,
  batch: BatchRecord,
  r: RowResult,
  scope: Scope,
): Promise<PreviewRow> {
  return {
    row: r.row,
    values: r.values,
    errors: r.errors,
    duplicates: await existingDuplicates(db, batch, r, scope),
    duplicateRows: r.duplicateRows.map((d) => d.row),
    newCompany: r.newCompany,
    edited: r.edited,
  };
}

/**
 * A page of the preview. Row checks and duplicates within the file cover every row; duplicates
 * of existing records are looked up for the rows shown (and for every row again by the run).
 */
export async function buildPreview(
  db: Kysely<Tables>,
  batch: BatchRecord,
  q: { page: number; show: 'all' | 'problems' },
  scope: Scope,
): Promise<Preview> {
  const { rows: stored, results, summary } = await checkBatch(db, batch);
  const matching =
    q.show === 'problems' ? results.filter((r) => r.input === null || r.duplicateRows.length > 0) : results;
  const page = matching.slice((q.page - 1) * PREVIEW_PAGE, q.page * PREVIEW_PAGE);
  const rows: PreviewRow[] = [];
  for (const r of page) rows.push(await toPreviewRow(db, batch, r, scope));
  return {
    summary,
    columns: shownColumns(batch, stored),
    page: q.page,
    pageSize: PREVIEW_PAGE,
    matching: matching.length,
    rows,
  };
}
