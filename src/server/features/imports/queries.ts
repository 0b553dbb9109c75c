import type { Kysely, Selectable } from 'kysely';
import type { ColumnMapping, ImportKind, ImportStatus } from '../../../shared/imports.ts';
import { type ImportBatchTable, iso, type Tables } from '../../db/tables.ts';
import type { StaffMember } from './convert.ts';
import type { CsvRow } from './csv-file.ts';
import type { StoredRow } from './rows.ts';

// The only place imports touch the database: batches, their rows, progress and outcomes.

export interface BatchRecord {
  id: number;
  kind: ImportKind;
  status: ImportStatus;
  createdBy: string;
  fileName: string;
  headers: string[];
  mapping: ColumnMapping;
  createMissingCompanies: boolean;
  total: number;
  checked: number;
  processed: number;
  imported: number;
  error: string;
  createdAt: string;
  updatedAt: string;
  finishedAt: string | null;
}

function toBatch(r: Selectable<ImportBatchTable>): BatchRecord {
  return {
    id: r.id,
    kind: r.kind as ImportKind,
    status: r.status as ImportStatus,
    createdBy: r.created_by,
    fileName: r.file_name,
    headers: JSON.parse(r.headers),
    mapping: JSON.parse(r.mapping),
    createMissingCompanies: Boolean(r.create_companies),
    total: r.total,
    checked: r.checked,
    processed: r.processed,
    imported: r.imported,
    error: r.error,
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
    finishedAt: iso(r.finished_at),
  };
}

const now = () => new Date().toISOString();
/** Rows per INSERT: well under either database's limit on bound parameters. */
const CHUNK = 500;

/** How long an upload (a copy of people's details) is kept after it was made. */
export const BATCH_RETENTION_DAYS = 30;

export async function createBatch(
  db: Kysely<Tables>,
  b: {
    kind: ImportKind;
    createdBy: string;
    fileName: string;
    headers: string[];
    rows: CsvRow[];
    /** The mapping to start from: the one suggested from the header names. */
    mapping: ColumnMapping;
  },
): Promise<number> {
  return db.transaction().execute(async (tx) => {
    // Each upload clears out old ones, so copies of CSV files are not kept for ever; a run in
    // progress is never removed from under itself.
    const cutoff = new Date(Date.now() - BATCH_RETENTION_DAYS * 86_400_000).toISOString();
    await tx
      .deleteFrom('import_batch')
      .where('created_at', '<', cutoff)
      .where('status', '!=', 'running')
      .execute();
    const { id } = await tx
      .insertInto('import_batch')
      .values({
        kind: b.kind,
        created_by: b.createdBy,
        file_name: b.fileName,
        headers: JSON.stringify(b.headers),
        mapping: JSON.stringify(b.mapping),
        total: b.rows.length,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (let i = 0; i < b.rows.length; i += CHUNK) {
      await tx
        .insertInto('import_row')
        .values(
          b.rows.slice(i, i + CHUNK).map((r) => ({ batch_id: id, n: r.n, cells: JSON.stringify(r.cells) })),
        )
        .execute();
    }
    return id;
  });
}

export async function findBatch(db: Kysely<Tables>, id: number): Promise<BatchRecord | null> {
  const row = await db.selectFrom('import_batch').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toBatch(row) : null;
}

/** Statuses in which the mapping and rows may still change and the batch may (re)run. */
const OPEN: ImportStatus[] = ['uploaded', 'failed'];

/** Saves the mapping while the batch has not run; false when it has. */
export async function saveMapping(
  db: Kysely<Tables>,
  id: number,
  mapping: ColumnMapping,
  createCompanies: boolean,
): Promise<boolean> {
  const res = await db
    .updateTable('import_batch')
    .set({ mapping: JSON.stringify(mapping), create_companies: createCompanies ? 1 : 0, updated_at: now() })
    .where('id', '=', id)
    .where('status', 'in', OPEN)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

function toRow(r: { n: number; cells: string; edits: string }): StoredRow {
  return { n: r.n, cells: JSON.parse(r.cells), edits: JSON.parse(r.edits) };
}

/** Every row of a batch, in file order. */
export async function loadRows(db: Kysely<Tables>, batchId: number): Promise<StoredRow[]> {
  const rows = await db
    .selectFrom('import_row')
    .select(['n', 'cells', 'edits'])
    .where('batch_id', '=', batchId)
    .orderBy('n')
    .execute();
  return rows.map(toRow);
}

export async function findRow(db: Kysely<Tables>, batchId: number, n: number): Promise<StoredRow | null> {
  const row = await db
    .selectFrom('import_row')
    .select(['n', 'cells', 'edits'])
    .where('batch_id', '=', batchId)
    .where('n', '=', n)
    .executeTakeFirst();
  return row ? toRow(row) : null;
}

export async function saveEdits(
  db: Kysely<Tables>,
  batchId: number,
  n: number,
  edits: Record<string, string>,
): Promise<void> {
  await db
    .updateTable('import_row')
    .set({ edits: JSON.stringify(edits) })
    .where('batch_id', '=', batchId)
    .where('n', '=', n)
    .execute();
}

/** Marks the batch running, unless it already runs or ran: one run per batch at a time. */
export async function claimRun(db: Kysely<Tables>, id: number): Promise<boolean> {
  const res = await db
    .updateTable('import_batch')
    .set({ status: 'running', checked: 0, processed: 0, imported: 0, error: '', updated_at: now() })
    .where('id', '=', id)
    .where('status', 'in', OPEN)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

/** Progress, written outside the import's transaction so others see it while it runs. */
export async function saveProgress(
  db: Kysely<Tables>,
  id: number,
  p: { checked?: number; processed?: number },
): Promise<void> {
  await db
    .updateTable('import_batch')
    .set({ ...p, updated_at: now() })
    .where('id', '=', id)
    .where('status', '=', 'running')
    .execute();
}

/** What became of one row: the record made from it, or why it was skipped. */
export interface Outcome {
  n: number;
  recordId?: number;
  skipReason?: string;
}

export async function saveOutcome(db: Kysely<Tables>, batchId: number, o: Outcome): Promise<void> {
  await db
    .updateTable('import_row')
    .set({ record_id: o.recordId ?? null, skip_reason: o.skipReason ?? '' })
    .where('batch_id', '=', batchId)
    .where('n', '=', o.n)
    .execute();
}

/** Done, in the import's own transaction, so the counts commit with the records. */
export async function finishBatch(
  db: Kysely<Tables>,
  id: number,
  counts: { processed: number; imported: number },
): Promise<void> {
  const at = now();
  await db
    .updateTable('import_batch')
    .set({ status: 'done', ...counts, finished_at: at, updated_at: at })
    .where('id', '=', id)
    .execute();
}

export async function failBatch(db: Kysely<Tables>, id: number, reason: string): Promise<void> {
  const at = now();
  await db
    .updateTable('import_batch')
    .set({
      status: 'failed',
      error: reason.slice(0, 2000),
      processed: 0,
      imported: 0,
      finished_at: at,
      updated_at: at,
    })
    .where('id', '=', id)
    .execute();
}

/** Fails a run nobody has advanced since `before` (its server stopped); true when it did. */
export async function failIfStale(db: Kysely<Tables>, id: number, before: string, reason: string) {
  const res = await db
    .updateTable('import_batch')
    .set({ status: 'failed', error: reason, finished_at: now() })
    .where('id', '=', id)
    .where('status', '=', 'running')
    .where('updated_at', '<', before)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

/** Skipped rows with their reasons, in file order; `limit` for the status, none for the download. */
export async function skippedRows(db: Kysely<Tables>, batchId: number, limit?: number) {
  let q = db
    .selectFrom('import_row')
    .select(['n', 'cells', 'skip_reason'])
    .where('batch_id', '=', batchId)
    .where('skip_reason', '!=', '')
    .orderBy('n');
  if (limit !== undefined) q = q.limit(limit);
  const rows = await q.execute();
  return rows.map((r) => ({ row: r.n, cells: JSON.parse(r.cells) as string[], reason: r.skip_reason }));
}

export async function countSkipped(db: Kysely<Tables>, batchId: number): Promise<number> {
  const r = await db
    .selectFrom('import_row')
    .select((e) => e.fn.countAll().as('n'))
    .where('batch_id', '=', batchId)
    .where('skip_reason', '!=', '')
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

/** Recruiters and admins with their emails, for matching an owner column. */
export async function staffDirectory(db: Kysely<Tables>): Promise<StaffMember[]> {
  return db
    .selectFrom('user')
    .select(['id', 'name', 'email'])
    .where('role', 'in', ['recruiter', 'admin'])
    .execute();
}

/** The earliest admin, who runs imports from the command line unless one is named. */
export async function firstAdmin(db: Kysely<Tables>) {
  return db
    .selectFrom('user')
    .select(['id', 'name', 'email', 'role'])
    .where('role', '=', 'admin')
    .orderBy('createdAt')
    .executeTakeFirst();
}

export async function staffByEmail(db: Kysely<Tables>, email: string) {
  return db
    .selectFrom('user')
    .select(['id', 'name', 'email', 'role'])
    .where('email', '=', email.toLowerCase())
    .where('role', 'in', ['recruiter', 'admin'])
    .executeTakeFirst();
}
