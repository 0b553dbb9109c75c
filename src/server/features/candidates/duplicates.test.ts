import { describe, expect, it } from 'vitest';
import { duplicateReasons, nameKey, phoneKey, similarEmails } from './duplicates.ts';

describe('duplicate detection', () => {
  it('compares phones by their digits, ignoring a country prefix', () => {
    expect(phoneKey('+1 (709) 555-0100')).toBe(phoneKey('709.555.0100'));
    expect(phoneKey('12')).toBe('');
  });

  it('folds names', () => {
    expect(nameKey('  José   Núñez ')).toBe('jose nunez');
  });

  it('finds similar emails without matching strangers', () => {
    expect(similarEmails('jo.ann+jobs@gmail.com', 'joann@outlook.com')).toBe(true);
    expect(similarEmails('priya.sharma@x.example', 'priya.shrma@x.example')).toBe(true);
    expect(similarEmails('al@x.example', 'ali@x.example')).toBe(false);
    expect(similarEmails('sam@x.example', '')).toBe(false);
  });

  it('explains why two records may be one person', () => {
    const a = { name: 'Priya Sharma', email: 'priya.sharma@mail.example', phone: '709-555-0100' };
    expect(duplicateReasons(a, { name: 'P. S.', email: 'PRIYA.SHARMA@mail.example', phone: '' })).toEqual([
      'same-email',
    ]);
    expect(duplicateReasons(a, { name: 'Other', email: 'o@x.example', phone: '+1 709 555 0100' })).toEqual([
      'same-phone',
    ]);
    expect(
      duplicateReasons(a, { name: 'priya  sharma', email: 'priyasharma+cv@gmail.example', phone: '' }),
    ).toEqual(['same-name-similar-email']);
    expect(
      duplicateReasons(a, { name: 'Priya Sharma', email: 'someone.else@mail.example', phone: '' }),
    ).toEqual([]);
  });
});
