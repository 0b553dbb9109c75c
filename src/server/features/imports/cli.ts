import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { IGNORE, IMPORT_KINDS, type ImportKind, type SkippedRow } from '../../../shared/imports.ts';
import type { Role } from '../../../shared/vocabulary.ts';
import { buildApp } from '../../app.ts';
import { type Config, ConfigError } from '../../config.ts';
import type { AppContext } from '../../platform/context.ts';
import { HttpError } from '../../platform/errors.ts';
import { scopeOf } from '../access/index.ts';
import { CsvFileError, readCsv } from './csv-file.ts';
import { mappingProblems, suggestMapping } from './mapping.ts';
import { checkBatch } from './preview.ts';
import {
  type BatchRecord,
  createBatch,
  findBatch,
  firstAdmin,
  saveMapping,
  skippedRows,
  staffByEmail,
} from './queries.ts';
import { errorText, ImportRunner, type RunProgress } from './runner.ts';

// `followthrough import candidates|openings FILE.csv`: the same steps as the import wizard,
// with the suggested mapping (adjusted by --map) and progress on stderr.

/** A problem with the file or its rows: reported in one message, exit code 1. */
export class ImportCliError extends Error {}

export interface ImportFileOptions {
  kind: ImportKind;
  path: string;
  /** "Header=field" pairs that change the suggested mapping ("Notes=ignore" leaves a column out). */
  map?: string[];
  skipInvalid?: boolean;
  skipDuplicates?: boolean;
  createMissingCompanies?: boolean;
  /** The staff member the records are made by. */
  user: { id: string; role: Role };
  onProgress?: (p: RunProgress) => void;
}

export interface ImportSummary {
  batchId: number;
  status: 'done' | 'failed';
  total: number;
  imported: number;
  skipped: SkippedRow[];
  error: string;
  mapping: Record<string, string>;
}

/** The suggested mapping with the --map choices over it. */
export function applyMapOptions(
  suggested: Record<string, string>,
  pairs: readonly string[],
): Record<string, string> {
  const mapping = { ...suggested };
  for (const pair of pairs) {
    const at = pair.lastIndexOf('=');
    if (at <= 0) throw new ImportCliError(`--map ${pair}: write it as "Column header=field"`);
    const header = pair.slice(0, at).trim();
    if (!(header in mapping)) throw new ImportCliError(`--map ${pair}: the file has no column “${header}”`);
    const target = pair.slice(at + 1).trim() || IGNORE;
    // A field taken from another column moves here.
    for (const [h, t] of Object.entries(mapping)) if (t === target && target !== IGNORE) mapping[h] = IGNORE;
    mapping[header] = target;
  }
  return mapping;
}

/** Why the run did not start, with the first rows in error. */
async function explainRefusal(
  ctx: Pick<AppContext, 'db'>,
  batch: BatchRecord,
  err: HttpError,
): Promise<string> {
  const { results } = await checkBatch(ctx.db, batch);
  const lines = results
    .filter((r) => r.input === null)
    .slice(0, 10)
    .map((r) => `  row ${r.row}: ${errorText(batch, r.errors)}`);
  return [`${err.message.replace('in the preview', 'in the file')} (--skip-invalid)`, ...lines].join('\n');
}

/** The import the command line runs, start to end; the returned summary says what happened. */
export async function importFile(
  ctx: Pick<AppContext, 'db' | 'dialect'>,
  o: ImportFileOptions,
): Promise<ImportSummary> {
  const csv = await readCsv(await readFile(o.path)).catch((err) => {
    throw err instanceof CsvFileError ? new ImportCliError(err.message) : err;
  });
  const mapping = applyMapOptions(suggestMapping(o.kind, csv.headers), o.map ?? []);
  const problems = mappingProblems(o.kind, csv.headers, mapping);
  if (Object.keys(problems).length)
    throw new ImportCliError(
      `The columns cannot be imported like that:\n${Object.entries(problems)
        .map(([k, m]) => `  ${k === 'mapping' ? '' : `${k}: `}${m}`)
        .join('\n')}\nUse --map "Column header=field" to choose.`,
    );
  const fileName = basename(o.path);
  const id = await createBatch(ctx.db, { kind: o.kind, createdBy: o.user.id, fileName, ...csv, mapping });
  await saveMapping(ctx.db, id, mapping, o.createMissingCompanies ?? false);
  const batch = await findBatch(ctx.db, id);
  if (!batch) throw new Error(`import ${id} vanished`);
  const runner = new ImportRunner({ db: ctx.db, dialect: ctx.dialect });
  const opts = { skipInvalid: o.skipInvalid ?? false, skipDuplicates: o.skipDuplicates ?? false };
  const run = await runner
    .begin(batch, opts, await scopeOf(ctx.db, o.user), o.onProgress)
    .catch(async (err) => {
      throw err instanceof HttpError ? new ImportCliError(await explainRefusal(ctx, batch, err)) : err;
    });
  const result = await run.start();
  const skipped = (await skippedRows(ctx.db, id)).map(({ row, reason }) => ({ row, reason }));
  return {
    batchId: id,
    status: result.status,
    total: csv.rows.length,
    imported: result.imported,
    skipped,
    error: result.error,
    mapping,
  };
}

/** "[########------------] 40% importing 800 of 2,000" */
export function progressLine(p: RunProgress, width = 20): string {
  const share = p.total ? p.done / p.total : 1;
  const filled = Math.round(share * width);
  const what = p.phase === 'checking' ? 'checking for duplicates' : 'importing';
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(Math.round(share * 100)).padStart(3)}% ${what} ${p.done.toLocaleString('en-US')} of ${p.total.toLocaleString('en-US')}`;
}

/** What the summary prints: counts, then each skipped row (the first 50) with its reason. */
export function summaryText(s: ImportSummary, kind: ImportKind): string {
  if (s.status === 'failed') return `Import failed: ${s.error}`;
  const lines = [`Imported ${s.imported} of ${s.total} ${kind}; skipped ${s.skipped.length}.`];
  for (const r of s.skipped.slice(0, 50)) lines.push(`  row ${r.row}: ${r.reason}`);
  if (s.skipped.length > 50)
    lines.push(`  … and ${s.skipped.length - 50} more (see import ${s.batchId} in the web app)`);
  return lines.join('\n');
}

async function importingUser(ctx: AppContext, email: string | undefined) {
  const user = email ? await staffByEmail(ctx.db, email) : await firstAdmin(ctx.db);
  if (user) return user;
  throw new ConfigError(
    email
      ? `--as ${email}: no recruiter or admin has that email`
      : 'Nobody to import as: create an admin first (followthrough user create --role admin …) or pass --as EMAIL',
  );
}

/** `followthrough import KIND FILE [--map H=field …] [--skip-invalid] [--skip-duplicates] [--as EMAIL]` */
export async function runImportCli(config: Config, args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      map: { type: 'string', multiple: true },
      'skip-invalid': { type: 'boolean' },
      'skip-duplicates': { type: 'boolean' },
      'create-companies': { type: 'boolean' },
      as: { type: 'string' },
    },
  });
  const [kind, path] = positionals;
  if (!IMPORT_KINDS.includes(kind as ImportKind) || !path || positionals.length > 2)
    throw new ConfigError(
      'Usage: followthrough import candidates|openings FILE.csv [--map "Header=field" …] [--skip-invalid]',
    );
  const { app, ctx } = await buildApp(
    { ...config, logLevel: 'silent' },
    { logger: false, dispatchInterval: null },
  );
  const tty = process.stderr.isTTY;
  try {
    const user = await importingUser(ctx, values.as);
    const summary = await importFile(ctx, {
      kind: kind as ImportKind,
      path,
      map: values.map,
      skipInvalid: values['skip-invalid'],
      skipDuplicates: values['skip-duplicates'],
      createMissingCompanies: values['create-companies'],
      user: { id: user.id, role: user.role as Role },
      onProgress: (p) => process.stderr.write(tty ? `\r${progressLine(p)}` : `${progressLine(p)}\n`),
    });
    if (tty) process.stderr.write('\n');
    console.log(summaryText(summary, kind as ImportKind));
    if (summary.status === 'failed' || summary.imported === 0) process.exitCode = 1;
  } catch (err) {
    if (!(err instanceof ImportCliError)) throw err;
    console.error(err.message);
    process.exitCode = 1;
  } finally {
    await app.close();
  }
}
