import { describe, expect, it } from 'vitest';
import { guardCell, unguardCell } from './formula-guard.ts';

describe('CSV formula injection guard', () => {
  it('prefixes text a spreadsheet would run as a formula', () => {
    for (const v of [
      '=1+1',
      '+1 709 555 0100',
      '-2',
      '@SUM(A1:A2)',
      '\t=cmd',
      '\r=cmd',
      '=HYPERLINK("http://x")',
    ])
      expect(guardCell(v), JSON.stringify(v)).toBe(`'${v}`);
  });
  it('leaves ordinary text alone', () => {
    for (const v of ['Ada Lovelace', 'ada@example.com', '', "'quoted", 'a=b', ' =x', '1-2'])
      expect(guardCell(v), JSON.stringify(v)).toBe(v);
  });
  it('takes the guard off on import, so an export imports back unchanged', () => {
    for (const v of ['=1+1', '+1 709 555 0100', '@x', '-5', 'plain', "'already quoted"])
      expect(unguardCell(guardCell(v))).toBe(v);
    expect(unguardCell("'hello")).toBe("'hello");
  });
});
