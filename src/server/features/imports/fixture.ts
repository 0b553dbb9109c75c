import { parse } from 'csv-parse/sync';
import { expect } from 'vitest';
import type { ImportBatch, UploadResult } from '../../../shared/imports.ts';
import { request, type TestApp, type TestUser } from '../../testing/harness.ts';

// Helpers shared by the import and export tests: uploads built byte by byte, and waiting for
// a run to end by reading its status as the web app does.

const BOUNDARY = '----followthrough-import-boundary';

/** A multipart body with an optional `kind` field and an optional file part. */
export function multipart(parts: {
  kind?: string;
  file?: { name: string; data: Buffer | string; field?: string };
}) {
  const chunks: Buffer[] = [];
  if (parts.kind !== undefined)
    chunks.push(
      Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="kind"\r\n\r\n${parts.kind}\r\n`),
    );
  if (parts.file) {
    const f = parts.file;
    chunks.push(
      Buffer.from(
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${f.field ?? 'file'}"; filename="${f.name}"\r\nContent-Type: text/csv\r\n\r\n`,
      ),
      Buffer.isBuffer(f.data) ? f.data : Buffer.from(f.data),
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${BOUNDARY}--\r\n`));
  return {
    payload: Buffer.concat(chunks),
    headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
  };
}

export function uploadRaw(t: TestApp, user: TestUser, body: ReturnType<typeof multipart>) {
  return request(t, { method: 'POST', url: '/api/v1/imports', cookie: user.cookie, ...body });
}

/** Uploads a CSV and returns what the server made of it. */
export async function upload(
  t: TestApp,
  user: TestUser,
  kind: string,
  csv: string,
  name = 'people.csv',
): Promise<UploadResult> {
  const res = await uploadRaw(t, user, multipart({ kind, file: { name, data: csv } }));
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

/** Saves a mapping (the suggested one unless given) and returns the batch. */
export async function map(
  t: TestApp,
  user: TestUser,
  up: UploadResult,
  mapping: Record<string, string> = up.suggestedMapping,
  createMissingCompanies = false,
): Promise<ImportBatch> {
  const res = await request(t, {
    method: 'PUT',
    url: `/api/v1/imports/${up.id}/mapping`,
    cookie: user.cookie,
    payload: { mapping, createMissingCompanies },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

export function startRun(t: TestApp, user: TestUser, id: number, opts: Record<string, unknown> = {}) {
  return request(t, { method: 'POST', url: `/api/v1/imports/${id}/run`, cookie: user.cookie, payload: opts });
}

/** Reads the batch until its run ends, as the web app polls it. */
export async function waitForRun(t: TestApp, user: TestUser, id: number): Promise<ImportBatch> {
  for (let i = 0; i < 500; i++) {
    const res = await request(t, { method: 'GET', url: `/api/v1/imports/${id}`, cookie: user.cookie });
    expect(res.statusCode, res.body).toBe(200);
    const batch: ImportBatch = res.json();
    if (batch.status !== 'running') return batch;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`import ${id} did not finish`);
}

/** Starts a run that must be accepted and waits for it to end. */
export async function runToEnd(t: TestApp, user: TestUser, id: number, opts: Record<string, unknown> = {}) {
  const res = await startRun(t, user, id, opts);
  expect(res.statusCode, res.body).toBe(202);
  return waitForRun(t, user, id);
}

/** A CSV download's rows of cells. */
export function parseCsvText(text: string): string[][] {
  return parse(text, { bom: true, relax_column_count: true });
}
