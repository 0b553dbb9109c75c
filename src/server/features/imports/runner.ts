import type { Kysely } from 'kysely';
import type { CandidateInput } from '../../../shared/candidates.ts';
import { companyInput } from '../../../shared/companies.ts';
import { IMPORT_TARGETS, type RunInput } from '../../../shared/imports.ts';
import type { OpeningInput } from '../../../shared/openings.ts';
import type { DialectName } from '../../db/connect.ts';
import type { Tables } from '../../db/tables.ts';
import { conflict, invalid } from '../../platform/errors.ts';
import type { Scope } from '../access/index.ts';
import { recordActivity } from '../activity/index.ts';
import { insertCandidate } from '../candidates/index.ts';
import { insertCompany } from '../companies/index.ts';
import { insertOpening } from '../openings/index.ts';
import { checkBatch, visibleDuplicates } from './preview.ts';
import { type BatchRecord, claimRun, failBatch, finishBatch, saveOutcome, saveProgress } from './queries.ts';
import type { BatchSummary, RowResult } from './rows.ts';

// Running a batch: every row is inserted through the same functions the forms use, all in one
// transaction, so a failure on row 9,000 leaves nothing behind. Progress is written to the
// batch row outside that transaction, on another pooled connection, where others read it.
// SQLite has one connection, which the transaction holds until it commits: there, requests
// that need the database (polling included) wait for the commit, about a second per 1,500
// rows, and the count advances only for the command line; the duplicate checks that come
// before the transaction report progress on both databases.

export interface RunDeps {
  db: Kysely<Tables>;
  dialect: DialectName;
  log?: { error(obj: unknown, msg: string): void };
}

export interface RunProgress {
  phase: 'checking' | 'importing';
  done: number;
  total: number;
}

export interface RunResult {
  status: 'done' | 'failed';
  imported: number;
  skipped: number;
  error: string;
}

const PROGRESS_EVERY = 200;
const BREATHE_EVERY = 25;

/**
 * Lets the event loop run. better-sqlite3 answers synchronously, so a loop of awaited queries
 * never leaves the microtask queue: without this, no response (not even the run's own 202)
 * would go out until the import ended.
 */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

const REASON_WORDS: Record<string, string> = {
  'same-email': 'same email',
  'same-phone': 'same phone',
  'same-name-similar-email': 'same name, similar email',
};
const reasonText = (reasons: readonly string[]) => reasons.map((r) => REASON_WORDS[r] ?? r).join(', ');

/** The row's errors in a sentence: "Email: Enter a valid email address; Field: …". */
export function errorText(batch: BatchRecord, errors: Record<string, string>): string {
  const labels = new Map(IMPORT_TARGETS[batch.kind].map((t) => [t.key as string, t.label]));
  return Object.entries(errors)
    .map(([field, message]) => `${labels.get(field) ?? field}: ${message}`)
    .join('; ');
}

/** Refuses to start while rows have errors, unless the person chose to skip them. */
export function assertRunnable(summary: BatchSummary, opts: RunInput): void {
  if (summary.invalid > 0 && !opts.skipInvalid) {
    const rows = summary.invalid === 1 ? '1 row has errors' : `${summary.invalid} rows have errors`;
    throw invalid(`${rows}. Fix them in the preview, or choose to skip rows with errors.`, {
      skipInvalid: rows,
    });
  }
}

/** A row that failed to insert: the run stops and nothing of the batch is kept. */
class RowFailure extends Error {
  constructor(
    readonly row: number,
    error: unknown,
  ) {
    super(`Row ${row} could not be saved: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export class ImportRunner {
  /** Batches this process is running, so a 'running' batch that is not here can be found stale. */
  private readonly running = new Set<number>();
  constructor(private readonly deps: RunDeps) {}

  isRunning(batchId: number): boolean {
    return this.running.has(batchId);
  }

  /**
   * Checks the batch can run and claims it. `start` then runs it; its promise settles when the
   * run is done or failed and never rejects. (A caller answering a request reads what it needs
   * before starting: on SQLite the run holds the only connection until it commits.)
   */
  async begin(
    batch: BatchRecord,
    opts: RunInput,
    scope: Scope,
    onProgress: (p: RunProgress) => void = () => {},
  ): Promise<{ start: () => Promise<RunResult> }> {
    const plan = await checkBatch(this.deps.db, batch);
    assertRunnable(plan.summary, opts);
    if (!(await claimRun(this.deps.db, batch.id)))
      throw conflict('not_runnable', 'This import is running or has already run.');
    this.running.add(batch.id);
    const start = () =>
      this.run(batch, { ...plan, opts, scope }, onProgress).finally(() => this.running.delete(batch.id));
    return { start };
  }

  private async run(
    batch: BatchRecord,
    plan: { results: RowResult[]; summary: BatchSummary; opts: RunInput; scope: Scope },
    onProgress: (p: RunProgress) => void,
  ): Promise<RunResult> {
    const { results, summary, opts } = plan;
    try {
      const existing = opts.skipDuplicates
        ? await this.checkExisting(batch, results, plan.scope, onProgress)
        : new Map<number, string>();
      const counts = await this.deps.db
        .transaction()
        .execute((tx) => this.importRows(tx, batch, { results, summary, opts, existing }, onProgress));
      return { status: 'done', ...counts, error: '' };
    } catch (err) {
      const reason =
        err instanceof RowFailure
          ? `${err.message}. Nothing was imported.`
          : 'The import stopped on an unexpected error. Nothing was imported.';
      if (!(err instanceof RowFailure)) this.deps.log?.error({ err }, 'import failed');
      await failBatch(this.deps.db, batch.id, reason).catch((e) =>
        this.deps.log?.error({ err: e }, 'could not mark the import failed'),
      );
      return { status: 'failed', imported: 0, skipped: 0, error: reason };
    }
  }

  /** Rows that may be people already on record, with the reason, checked before the transaction. */
  private async checkExisting(
    batch: BatchRecord,
    results: RowResult[],
    scope: Scope,
    onProgress: (p: RunProgress) => void,
  ): Promise<Map<number, string>> {
    const found = new Map<number, string>();
    if (batch.kind !== 'candidates') return found;
    let done = 0;
    for (const r of results) {
      const input = r.input as CandidateInput | null;
      if (input) {
        const [first] = await visibleDuplicates(this.deps.db, input, scope);
        if (first)
          found.set(
            r.row,
            `Possible duplicate of ${first.name} (#${first.id}): ${reasonText(first.reasons)}`,
          );
      }
      if (++done % BREATHE_EVERY === 0) await breathe();
      if (done % PROGRESS_EVERY === 0 || done === results.length) {
        onProgress({ phase: 'checking', done, total: results.length });
        await saveProgress(this.deps.db, batch.id, { checked: done });
      }
    }
    return found;
  }

  private async importRows(
    tx: Kysely<Tables>,
    batch: BatchRecord,
    plan: { results: RowResult[]; summary: BatchSummary; opts: RunInput; existing: Map<number, string> },
    onProgress: (p: RunProgress) => void,
  ): Promise<{ imported: number; skipped: number }> {
    const companies = await this.createCompanies(tx, batch, plan.summary.newCompanies);
    const imported = new Set<number>();
    let processed = 0;
    for (const r of plan.results) {
      const reason = skipReason(batch, r, plan.opts, plan.existing, imported);
      if (reason) await saveOutcome(tx, batch.id, { n: r.row, skipReason: reason });
      else {
        const id = await this.insertRow(tx, batch, r, companies).catch((err) => {
          throw new RowFailure(r.row, err);
        });
        imported.add(r.row);
        await saveOutcome(tx, batch.id, { n: r.row, recordId: id });
      }
      if (++processed % BREATHE_EVERY === 0) await breathe();
      if (processed % PROGRESS_EVERY === 0)
        await this.progress(batch, processed, plan.results.length, onProgress);
    }
    await finishBatch(tx, batch.id, { processed, imported: imported.size });
    if (processed % PROGRESS_EVERY !== 0)
      onProgress({ phase: 'importing', done: processed, total: processed });
    return { imported: imported.size, skipped: processed - imported.size };
  }

  private async progress(
    batch: BatchRecord,
    done: number,
    total: number,
    onProgress: (p: RunProgress) => void,
  ) {
    onProgress({ phase: 'importing', done, total });
    // Another pooled connection; SQLite's only one is busy with the import (see the top).
    if (this.deps.dialect === 'postgres') await saveProgress(this.deps.db, batch.id, { processed: done });
  }

  /** Companies the file names but the agency does not have yet, created once each. */
  private async createCompanies(tx: Kysely<Tables>, batch: BatchRecord, names: string[]) {
    const ids = new Map<string, number>();
    for (const name of names)
      ids.set(name.toLowerCase(), await insertCompany(tx, companyInput.parse({ name }), batch.createdBy));
    return ids;
  }

  private async insertRow(
    tx: Kysely<Tables>,
    batch: BatchRecord,
    r: RowResult,
    companies: Map<string, number>,
  ): Promise<number> {
    const summary = `Imported from ${batch.fileName || 'a CSV file'}, row ${r.row}`;
    if (batch.kind === 'candidates') {
      const id = await insertCandidate(tx, r.input as CandidateInput, batch.createdBy);
      await recordActivity(tx, { candidateId: id, kind: 'import', summary, actorId: batch.createdBy });
      return id;
    }
    const input = r.input as OpeningInput;
    const companyId = r.newCompany ? (companies.get(r.newCompany.toLowerCase()) ?? 0) : input.companyId;
    const id = await insertOpening(tx, this.deps.dialect, { ...input, companyId }, batch.createdBy);
    await recordActivity(tx, { openingId: id, kind: 'import', summary, actorId: batch.createdBy });
    return id;
  }
}

/** Why a row is left out, or null to import it. */
function skipReason(
  batch: BatchRecord,
  r: RowResult,
  opts: RunInput,
  existing: Map<number, string>,
  imported: Set<number>,
): string | null {
  if (r.input === null) return `Errors: ${errorText(batch, r.errors)}`;
  if (!opts.skipDuplicates) return null;
  const earlier = r.duplicateRows.find((d) => d.row < r.row && imported.has(d.row));
  if (earlier) return `Possible duplicate of row ${earlier.row} of this file: ${reasonText(earlier.reasons)}`;
  return existing.get(r.row) ?? null;
}
