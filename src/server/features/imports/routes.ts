import type { MultipartFile } from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import {
  IMPORT_KINDS,
  type ImportBatch,
  importBatch,
  MAX_IMPORT_BYTES,
  mappingInput,
  preview,
  previewQuery,
  previewRow,
  rowEdit,
  rowParams,
  runInput,
  SKIPPED_SHOWN,
  uploadResult,
} from '../../../shared/imports.ts';
import type { Tables } from '../../db/tables.ts';
import { mustUser, requireRole, type SessionUser } from '../../platform/auth.ts';
import type { AppContext } from '../../platform/context.ts';
import { conflict, HttpError, invalid, notFound, orNotFound } from '../../platform/errors.ts';
import { idParams } from '../../platform/params.ts';
import { scopeOf } from '../access/index.ts';
import { CsvFileError, readCsv } from './csv-file.ts';
import { csvStream, sendCsv } from './csv-out.ts';
import { mappingProblems, suggestMapping } from './mapping.ts';
import { buildPreview, checkBatch, toPreviewRow } from './preview.ts';
import {
  type BatchRecord,
  countSkipped,
  createBatch,
  failIfStale,
  findBatch,
  findRow,
  saveEdits,
  saveMapping,
  skippedRows,
} from './queries.ts';
import { editableTargets, mappedValues } from './rows.ts';
import { ImportRunner } from './runner.ts';

/** A run nobody has advanced for this long lost its server; it is reported as failed. */
const STALE_MS = 2 * 60_000;

/** The file and the kind from a multipart upload. */
async function readUpload(req: FastifyRequest) {
  if (!req.isMultipart()) throw invalid('Choose a CSV file to upload.', { file: 'Choose a CSV file' });
  let kind: unknown;
  let file: { data: Buffer; name: string } | null = null;
  try {
    for await (const part of req.parts({ limits: { fileSize: MAX_IMPORT_BYTES } })) {
      if (part.type === 'file') {
        const data = await (part as MultipartFile).toBuffer();
        if (part.fieldname === 'file' && !file)
          file = { data, name: (part.filename || 'import.csv').slice(0, 200) };
      } else if (part.fieldname === 'kind') kind = part.value;
    }
  } catch (err) {
    if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      throw new HttpError(
        413,
        'too_large',
        'The file is larger than 10 MB. Split it and import the parts in turn.',
      );
    throw err;
  }
  const parsedKind = z.enum(IMPORT_KINDS).safeParse(kind);
  if (!parsedKind.success)
    throw invalid('Choose what the file holds: candidates or openings.', {
      kind: 'Choose candidates or openings',
    });
  if (!file) throw invalid('Choose a CSV file to upload.', { file: 'Choose a CSV file' });
  return { kind: parsedKind.data, file };
}

/** The batch, if this person may see it: its creator, or an admin. 404 otherwise. */
async function visibleBatch(db: Kysely<Tables>, user: SessionUser, id: number): Promise<BatchRecord> {
  const batch = await findBatch(db, id);
  if (!batch || (batch.createdBy !== user.id && user.role !== 'admin')) throw notFound('That import');
  return batch;
}

function assertOpen(batch: BatchRecord): void {
  if (batch.status === 'running')
    throw conflict('import_running', 'This import is running; wait for it to end.');
  if (batch.status === 'done') throw conflict('import_done', 'This import has already run.');
}

export function registerImports(fastify: FastifyInstance, ctx: AppContext): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const staff = { preHandler: requireRole('recruiter', 'admin') };
  const tags = ['imports'];
  const runner = new ImportRunner({ db: ctx.db, dialect: ctx.dialect, log: fastify.log });

  /** The batch as the API shows it; a run whose server went away is failed first. */
  async function status(batch: BatchRecord): Promise<ImportBatch> {
    const staleBefore = new Date(Date.now() - STALE_MS).toISOString();
    if (batch.status === 'running' && !runner.isRunning(batch.id) && batch.updatedAt < staleBefore) {
      const reason = 'The server stopped during the import. Nothing was imported; run it again.';
      if (await failIfStale(ctx.db, batch.id, staleBefore, reason))
        batch = { ...batch, status: 'failed', error: reason };
    }
    const [skippedCount, skipped] = await Promise.all([
      countSkipped(ctx.db, batch.id),
      skippedRows(ctx.db, batch.id, SKIPPED_SHOWN),
    ]);
    return { ...batch, skippedCount, skipped: skipped.map(({ row, reason }) => ({ row, reason })) };
  }

  app.post(
    '/api/v1/imports',
    {
      ...staff,
      schema: {
        tags,
        description: 'multipart/form-data: `kind` (candidates or openings) and `file`, a CSV of up to 10 MB.',
        response: { 201: uploadResult },
      },
    },
    async (req, reply) => {
      const user = await mustUser(req);
      const { kind, file } = await readUpload(req);
      const csv = await readCsv(file.data).catch((err) => {
        throw err instanceof CsvFileError ? invalid(err.message, { file: err.message }) : err;
      });
      const suggestedMapping = suggestMapping(kind, csv.headers);
      const id = await createBatch(ctx.db, {
        kind,
        createdBy: user.id,
        fileName: file.name,
        ...csv,
        mapping: suggestedMapping,
      });
      return reply.status(201).send({
        id,
        kind,
        fileName: file.name,
        headers: csv.headers,
        sampleRows: csv.rows.slice(0, 5).map((r) => r.cells),
        suggestedMapping,
        total: csv.rows.length,
      });
    },
  );

  app.get(
    '/api/v1/imports/:id',
    { ...staff, schema: { tags, params: idParams, response: { 200: importBatch } } },
    async (req) => status(await visibleBatch(ctx.db, await mustUser(req), req.params.id)),
  );

  app.put(
    '/api/v1/imports/:id/mapping',
    { ...staff, schema: { tags, params: idParams, body: mappingInput, response: { 200: importBatch } } },
    async (req) => {
      const batch = await visibleBatch(ctx.db, await mustUser(req), req.params.id);
      assertOpen(batch);
      const problems = mappingProblems(batch.kind, batch.headers, req.body.mapping);
      if (Object.keys(problems).length)
        throw invalid(problems.mapping ?? 'Some columns cannot be mapped that way.', problems);
      // Columns the person did not mention are not imported.
      const mapping = Object.fromEntries(batch.headers.map((h) => [h, req.body.mapping[h] ?? 'ignore']));
      if (!(await saveMapping(ctx.db, batch.id, mapping, req.body.createMissingCompanies)))
        throw conflict('import_done', 'This import has already run.');
      return status({ ...batch, mapping, createMissingCompanies: req.body.createMissingCompanies });
    },
  );

  app.get(
    '/api/v1/imports/:id/preview',
    { ...staff, schema: { tags, params: idParams, querystring: previewQuery, response: { 200: preview } } },
    async (req) => {
      const user = await mustUser(req);
      const batch = await visibleBatch(ctx.db, user, req.params.id);
      return buildPreview(ctx.db, batch, req.query, await scopeOf(ctx.db, user));
    },
  );

  app.put(
    '/api/v1/imports/:id/rows/:n',
    { ...staff, schema: { tags, params: rowParams, body: rowEdit, response: { 200: previewRow } } },
    async (req) => {
      const user = await mustUser(req);
      const batch = await visibleBatch(ctx.db, user, req.params.id);
      assertOpen(batch);
      const row = await findRow(ctx.db, batch.id, req.params.n);
      if (!row) throw notFound(`Row ${req.params.n}`);
      const allowed = editableTargets(batch.kind);
      const unknown = Object.keys(req.body.values).filter((k) => !allowed.includes(k));
      if (unknown.length)
        throw invalid(
          'Some of those are not fields of this import.',
          Object.fromEntries(unknown.map((k) => [k, 'Not a field'])),
        );
      // A value put back to what the file says is no longer a fix.
      const fromFile = mappedValues(batch, { ...row, edits: {} });
      const edits = { ...row.edits, ...req.body.values };
      for (const [k, v] of Object.entries(req.body.values)) if ((fromFile[k] ?? '') === v) delete edits[k];
      await saveEdits(ctx.db, batch.id, row.n, edits);
      const { results } = await checkBatch(ctx.db, batch);
      const checked = results.find((r) => r.row === row.n);
      if (!checked) throw notFound(`Row ${row.n}`);
      return toPreviewRow(ctx.db, batch, checked, await scopeOf(ctx.db, user));
    },
  );

  app.post(
    '/api/v1/imports/:id/run',
    { ...staff, schema: { tags, params: idParams, body: runInput, response: { 202: importBatch } } },
    async (req, reply) => {
      const user = await mustUser(req);
      const batch = await visibleBatch(ctx.db, user, req.params.id);
      assertOpen(batch);
      if (Object.values(batch.mapping).every((t) => t === 'ignore'))
        throw invalid('Choose which columns to import first.', { mapping: 'No column is mapped' });
      // The run goes on after this answer; the batch's status reports its progress.
      const run = await runner.begin(batch, req.body, await scopeOf(ctx.db, user));
      try {
        return reply
          .status(202)
          .send(await status(orNotFound(await findBatch(ctx.db, batch.id), 'That import')));
      } finally {
        void run.start();
      }
    },
  );

  app.get(
    '/api/v1/imports/:id/skipped.csv',
    { ...staff, schema: { tags, params: idParams, description: 'The rows left out, with the reason.' } },
    async (req, reply) => {
      const batch = await visibleBatch(ctx.db, await mustUser(req), req.params.id);
      const rows = await skippedRows(ctx.db, batch.id);
      const base = batch.fileName.replace(/\.csv$/i, '') || 'import';
      return sendCsv(
        reply,
        `${base}-skipped.csv`,
        csvStream(
          [...batch.headers, 'Row', 'Reason'],
          rows.map((r) => [...r.cells, r.row, r.reason]),
        ),
      );
    },
  );
}
