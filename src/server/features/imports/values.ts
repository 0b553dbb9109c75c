import { label, ZERO_DECIMAL_CURRENCIES } from '../../../shared/vocabulary.ts';

// Turning the text of one CSV cell into what the form would have sent. Pure. A value that
// cannot be read becomes a Problem with a message; the caller reports it against the field.

export class Problem {
  constructor(readonly message: string) {}
}

/** Lower case letters and digits only: "Full time" and "full-time" compare equal. */
const squash = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

const PERIOD_WORDS: Record<string, string> = {
  hourly: 'hour',
  hr: 'hour',
  daily: 'day',
  weekly: 'week',
  monthly: 'month',
  mo: 'month',
  yearly: 'year',
  annual: 'year',
  annually: 'year',
  annum: 'year',
  pa: 'year',
  yr: 'year',
};

/**
 * One of a closed list, matched loosely: by value, by its label, ignoring case and
 * punctuation, "per year" as "year". Blank gives null; anything else a Problem naming the choices.
 */
export function oneOf<T extends string>(
  text: string,
  options: readonly T[],
  what: string,
  synonyms: Record<string, T> = {},
): T | null | Problem {
  if (text === '') return null;
  const key = squash(text.replace(/^per\s+/i, ''));
  const found =
    options.find((o) => squash(o) === key || squash(label(o)) === key) ??
    synonyms[key] ??
    (PERIOD_WORDS[key] as T | undefined);
  if (found && options.includes(found)) return found;
  return new Problem(`“${text}” is not ${what}: use ${options.map((o) => label(o)).join(', ')}`);
}

/** A list in one cell, split on semicolons, commas or line breaks. */
export function splitList(text: string): string[] {
  return text
    .split(/[;,\n|]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Several values of a closed list in one cell; the first unknown one is the Problem. */
export function manyOf<T extends string>(text: string, options: readonly T[], what: string): T[] | Problem {
  const out: T[] = [];
  for (const part of splitList(text)) {
    const one = oneOf(part, options, what);
    if (one instanceof Problem) return one;
    if (one && !out.includes(one)) out.push(one);
  }
  return out;
}

/** A count such as "5", "5 years" or "10+". */
export function count(text: string, example: string): number | null | Problem {
  if (text === '') return null;
  const m = /^(\d+(?:\.\d+)?)\s*\+?\s*[a-z ]*$/i.exec(text);
  return m ? Number(m[1]) : new Problem(`Enter a number, such as ${example}`);
}

/**
 * A money amount in whole currency units as people type it ("55,000", "$55 000", "12.50",
 * "55k"), in minor units of the currency (cents; yen have none).
 */
export function money(text: string, currency: string): number | null | Problem {
  if (text === '') return null;
  let s = text.replace(/[\s\u00a0]|[^\d.,kK-]/g, '');
  const thousands = /k$/i.test(s) ? 1000 : 1;
  s = s.replace(/k$/i, '');
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  // "1.234,50": the last separator is the decimal one; a lone comma before three digits groups thousands.
  if (lastComma > lastDot && (lastDot >= 0 || s.length - lastComma - 1 !== 3))
    s = s.replace(/\./g, '').replace(',', '.');
  else s = s.replace(/,/g, '');
  if (!/^\d+(\.\d+)?$/.test(s)) return new Problem('Enter an amount, such as 55,000');
  const perMajor = ZERO_DECIMAL_CURRENCIES.includes(currency.toUpperCase()) ? 1 : 100;
  return Math.round(Number(s) * thousands * perMajor);
}

/**
 * A calendar date. ISO dates (and the date part of an ISO date-time) are accepted; anything
 * else is passed on as typed, so the form's own message ("Use a date such as …") explains it.
 */
export function isoDate(text: string): string | null {
  if (text === '') return null;
  const m = /^(\d{4})[-/](\d{2})[-/](\d{2})(?:[T ].*)?$/.exec(text);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : text;
}

/** An instant: an ISO date alone means midnight UTC; other text goes on to the schema as typed. */
export function isoInstant(text: string): string | null {
  if (text === '') return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return `${text}T00:00:00Z`;
  return text;
}
