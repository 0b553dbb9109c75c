import { describe, expect, it } from 'vitest';
import { nulPath, withoutControls } from './input.ts';

describe('nulPath', () => {
  it('finds a NUL in nested values and keys', () => {
    expect(nulPath({ a: 'ok', b: [{ c: 'x\u0000' }] })).toBe('b.0.c');
    expect(nulPath({ 'k\u0000': 'v' })).toBe('k\u0000');
    expect(nulPath('\u0000')).toBe('_');
    expect(nulPath({ a: 'fine', n: 3, z: null })).toBeNull();
  });
});

describe('withoutControls', () => {
  it('keeps text, tabs and line breaks and drops other control characters', () => {
    expect(withoutControls('CV\u0000 2026\u0007.pdf')).toBe('CV 2026.pdf');
    expect(withoutControls('a\tb\nc')).toBe('a\tb\nc');
  });
});
