import { CsvError } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import { fileTypeFromBuffer } from 'file-type';
import { MAX_IMPORT_COLUMNS, MAX_IMPORT_ROWS } from '../../../shared/imports.ts';
import { unguardCell } from './formula-guard.ts';

// Reading an uploaded file as CSV: decide whether it is text at all, decode it, find the
// delimiter and split it into a header and data rows. No I/O: the caller has the bytes.

/** A file we cannot read as CSV; the message is written for the person who uploaded it. */
export class CsvFileError extends Error {}

export type Delimiter = ',' | ';' | '\t';
const DELIMITERS: readonly Delimiter[] = [',', ';', '\t'];

export interface CsvRow {
  /** The row number as a spreadsheet shows it: the header is row 1. */
  n: number;
  cells: string[];
}

export interface ParsedCsv {
  delimiter: Delimiter;
  headers: string[];
  rows: CsvRow[];
}

/** Control characters other than tab, line breaks and form feed: text files have almost none. */
function looksBinary(data: Buffer): boolean {
  const sample = data.subarray(0, 64 * 1024);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  }
  return control > sample.length / 100;
}

/**
 * The file's text. UTF-8 and UTF-16 (with its byte order mark) are read as such; anything
 * else that is text is read as Windows-1252, which is what Excel writes on Windows. The
 * byte order mark is removed.
 */
export function decodeText(data: Buffer): string {
  let text: string;
  if (data[0] === 0xff && data[1] === 0xfe) text = new TextDecoder('utf-16le').decode(data);
  else if (data[0] === 0xfe && data[1] === 0xff) text = new TextDecoder('utf-16be').decode(data);
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(data);
    } catch {
      text = new TextDecoder('windows-1252').decode(data);
    }
  }
  return text.replace(/^\uFEFF/, '');
}

/** How often `ch` occurs outside quotes in each of the first `records` records. */
function countPerRecord(text: string, ch: string, records: number): number[] {
  const counts: number[] = [0];
  let quoted = false;
  for (let i = 0; i < text.length && counts.length <= records; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === ch) counts[counts.length - 1] = (counts.at(-1) ?? 0) + 1;
    else if (!quoted && c === '\n') counts.push(0);
  }
  // A trailing newline leaves an empty last record that says nothing.
  if (counts.length > 1 && counts.at(-1) === 0) counts.pop();
  return counts;
}

/**
 * The delimiter among comma, semicolon and tab: the one found in the header that splits the
 * most of the following records into as many cells. Comma when nothing decides.
 */
export function detectDelimiter(text: string): Delimiter {
  let best: Delimiter = ',';
  let bestScore = 0;
  for (const d of DELIMITERS) {
    const counts = countPerRecord(text, d, 20);
    const header = counts[0] ?? 0;
    if (header === 0) continue;
    const rest = counts.slice(1);
    const agreeing = rest.length ? rest.filter((n) => n === header).length / rest.length : 1;
    const score = agreeing * 1000 + header;
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

/** Trimmed header names, never blank or repeated, so each can be mapped on its own. */
export function uniqueHeaders(raw: string[], width: number): string[] {
  const seen = new Map<string, number>();
  return Array.from({ length: width }, (_, i) => {
    const base = (raw[i] ?? '').trim() || `Column ${i + 1}`;
    const times = (seen.get(base.toLowerCase()) ?? 0) + 1;
    seen.set(base.toLowerCase(), times);
    return times === 1 ? base : `${base} (${times})`;
  });
}

function parseRecords(text: string, delimiter: Delimiter): string[][] {
  try {
    return parse(text, { delimiter, relax_quotes: true, relax_column_count: true, bom: true, trim: true });
  } catch (err) {
    if (err instanceof CsvError) {
      const line = typeof err.lines === 'number' ? ` (near line ${err.lines})` : '';
      throw new CsvFileError(`The file is not valid CSV${line}: ${err.message.replace(/^[^:]*: /, '')}`);
    }
    throw err;
  }
}

/** Names a binary file we recognise, so the message can say what to do with it. */
async function binaryMessage(data: Buffer): Promise<string> {
  const type = await fileTypeFromBuffer(data);
  const what = type?.ext === 'xlsx' || type?.ext === 'xls' || type?.ext === 'cfb' ? 'a spreadsheet' : null;
  if (what || type?.ext === 'zip')
    return 'This is a spreadsheet file, not CSV text. In your spreadsheet, choose Save as → CSV, then upload that file.';
  return `This file is not CSV text${type ? ` (it looks like a .${type.ext} file)` : ''}. Upload a .csv file.`;
}

/** Reads an uploaded file as CSV: a header row and at least one data row. */
export async function readCsv(data: Buffer): Promise<ParsedCsv> {
  if (data.length === 0) throw new CsvFileError('The file is empty.');
  const utf16 = (data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff);
  if (!utf16 && looksBinary(data)) throw new CsvFileError(await binaryMessage(data));
  const text = decodeText(data);
  const delimiter = detectDelimiter(text);
  const records = parseRecords(text, delimiter);
  const [header, ...body] = records;
  if (!header || header.every((h) => h.trim() === ''))
    throw new CsvFileError('The file has no header row: the first row should name the columns.');
  const width = Math.max(header.length, ...body.slice(0, MAX_IMPORT_ROWS + 1).map((r) => r.length));
  if (width > MAX_IMPORT_COLUMNS)
    throw new CsvFileError(`The file has ${width} columns; an import takes at most ${MAX_IMPORT_COLUMNS}.`);
  // Rows with nothing in them (spreadsheets leave some at the end) are not data; the others
  // keep their spreadsheet row numbers so messages point at the right line.
  const rows = body
    .map((cells, i) => ({
      n: i + 2,
      cells: Array.from({ length: width }, (_, c) => unguardCell((cells[c] ?? '').trim())),
    }))
    .filter((r) => r.cells.some((c) => c !== ''));
  if (rows.length === 0) throw new CsvFileError('The file has a header row but no data rows.');
  if (rows.length > MAX_IMPORT_ROWS)
    throw new CsvFileError(
      `The file has ${rows.length.toLocaleString('en-US')} rows; import at most ${MAX_IMPORT_ROWS.toLocaleString('en-US')} at a time.`,
    );
  return { delimiter, headers: uniqueHeaders(header, width), rows };
}
