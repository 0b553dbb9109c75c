import { describe, expect, it } from 'vitest';
import { CsvFileError, decodeText, detectDelimiter, readCsv, uniqueHeaders } from './csv-file.ts';

const buf = (s: string) => Buffer.from(s, 'utf8');

describe('reading an uploaded CSV', () => {
  it('detects comma, semicolon and tab, ignoring delimiters inside quotes', () => {
    expect(detectDelimiter('name,email\nAda,ada@x\n')).toBe(',');
    expect(detectDelimiter('name;email;note\n"Lovelace, Ada";ada@x;"a, b, c"\n')).toBe(';');
    expect(detectDelimiter('name\temail\nAda\tada@x\n')).toBe('\t');
    expect(detectDelimiter('name\nAda\n')).toBe(',');
  });

  it('strips a byte order mark and reads UTF-16 and Windows-1252 text', () => {
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), buf('name')]))).toBe('name');
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('José', 'utf16le')]))).toBe(
      'José',
    );
    expect(decodeText(Buffer.from([0x4a, 0x6f, 0x73, 0xe9]))).toBe('José');
  });

  it('splits a file into headers and numbered rows, keeping spreadsheet row numbers', async () => {
    const csv = await readCsv(
      buf('\uFEFFName;E-mail;\n"Lovelace; Ada" ; ada@x.test ;x\n;;\n  Grace ;\'=cmd;\n'),
    );
    expect(csv.delimiter).toBe(';');
    expect(csv.headers).toEqual(['Name', 'E-mail', 'Column 3']);
    expect(csv.rows).toEqual([
      { n: 2, cells: ['Lovelace; Ada', 'ada@x.test', 'x'] },
      { n: 4, cells: ['Grace', '=cmd', ''] },
    ]);
  });

  it('names blank and repeated headers apart', () => {
    expect(uniqueHeaders(['Email', '', 'email', 'Email'], 5)).toEqual([
      'Email',
      'Column 2',
      'email (2)',
      'Email (3)',
      'Column 5',
    ]);
  });

  it('rejects what is not CSV text, with a message that says why', async () => {
    const cases: [Buffer, RegExp][] = [
      [Buffer.alloc(0), /empty/],
      [
        Buffer.from('PK\u0003\u0004\u0014\u0000\u0006\u0000\u0000\u0000!\u0000', 'binary'),
        /spreadsheet file/,
      ],
      [Buffer.from('%PDF-1.4\n\u0000\u0001\u0002\u0003binary', 'binary'), /not CSV text/],
      [buf('name,email\n'), /no data rows/],
      [buf(',,\n,,\n'), /no header row/],
      [buf('name,email\n"Ada,ada@x\n'), /not valid CSV.*line/],
    ];
    for (const [data, message] of cases) {
      await expect(readCsv(data)).rejects.toThrow(CsvFileError);
      await expect(readCsv(data)).rejects.toThrow(message);
    }
  });

  it('refuses more rows or columns than an import takes', async () => {
    const many = `name\n${'x\n'.repeat(20_001)}`;
    await expect(readCsv(buf(many))).rejects.toThrow('import at most 20,000 at a time');
    const wide = `${Array.from({ length: 101 }, (_, i) => `c${i}`).join(',')}\n1\n`;
    await expect(readCsv(buf(wide))).rejects.toThrow('at most 100');
  });
});
