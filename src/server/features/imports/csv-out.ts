import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import type { FastifyReply } from 'fastify';
import { guardCell } from './formula-guard.ts';

// Writing CSV downloads: streamed row by row as the rows are read, with a byte order mark so
// Excel reads UTF-8, and every text cell guarded against running as a formula.

export type Cell = string | number | null;

/** A CSV stream of a header and rows produced as they are read. */
export function csvStream(
  header: readonly string[],
  rows: AsyncIterable<Cell[]> | Iterable<Cell[]>,
): Readable {
  const out = stringify({ bom: true, header: true, columns: [...header], cast: { string: guardCell } });
  // Errors end the download early (the status line is already sent); the server logs them.
  pipeline(Readable.from(rows), out).catch((err) => out.destroy(err));
  return out;
}

/** Sends a CSV download named `fileName`. */
export function sendCsv(reply: FastifyReply, fileName: string, stream: Readable) {
  return reply
    .header('content-type', 'text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${fileName.replace(/[^\w.-]/g, '_')}"`)
    .header('cache-control', 'no-store')
    .send(stream);
}

/** Today's date for a file name, e.g. "candidates-2026-05-01.csv". */
export function datedName(what: string, at = new Date()): string {
  return `${what}-${at.toISOString().slice(0, 10)}.csv`;
}
