// Turns whatever a visitor typed into a small, safe structure. Nothing typed here ever reaches
// a full-text engine as syntax: words are runs of letters and digits, so quotes, *, -, NEAR,
// parentheses and SQL quotes can only mean what we decide they mean.

export interface SearchTerms {
  /** Words that must all appear. */
  words: string[];
  /** Quoted phrases that must appear as written (each a list of words). */
  phrases: string[][];
  /** Words typed with a leading minus: results must not contain them. */
  excluded: string[];
}

const MAX_TERMS = 16;
const WORD = /[\p{L}\p{N}]+/gu;

/** The searchable words of a text, as the search engines' tokenizers see them. */
export function wordsOf(text: string): string[] {
  return (text.normalize('NFKC').toLowerCase().match(WORD) ?? []).map((w) => w.slice(0, 64));
}

export function parseSearchTerms(input: string): SearchTerms {
  const terms: SearchTerms = { words: [], phrases: [], excluded: [] };
  const text = input.slice(0, 500);
  // A quote opens a phrase up to the next quote (or the end when unbalanced).
  const pieces = text.split('"');
  pieces.forEach((piece, i) => {
    const quoted = i % 2 === 1;
    if (quoted) {
      const phrase = wordsOf(piece);
      if (phrase.length > 1) terms.phrases.push(phrase);
      else if (phrase.length === 1) terms.words.push(phrase[0] as string);
      return;
    }
    for (const token of piece.split(/\s+/)) {
      if (!token) continue;
      const negated = token.startsWith('-') && token.length > 1;
      const words = wordsOf(token);
      if (negated && words.length === 1) terms.excluded.push(words[0] as string);
      else terms.words.push(...words);
    }
  });
  terms.words = [...new Set(terms.words)].slice(0, MAX_TERMS);
  terms.phrases = terms.phrases.slice(0, 4).map((p) => p.slice(0, 8));
  terms.excluded = [...new Set(terms.excluded)].slice(0, 4);
  return terms;
}

export function hasPositiveTerms(t: SearchTerms): boolean {
  return t.words.length > 0 || t.phrases.length > 0;
}

/** An FTS5 MATCH expression: every term quoted, so none is read as an operator. */
export function toFts5(t: SearchTerms): string | null {
  if (!hasPositiveTerms(t)) return null;
  const positive = [...t.words.map((w) => `"${w}"`), ...t.phrases.map((p) => `"${p.join(' ')}"`)].join(
    ' AND ',
  );
  return t.excluded.reduce((expr, w) => `(${expr}) NOT "${w}"`, positive);
}

/** Input for PostgreSQL's websearch_to_tsquery, rebuilt from the parsed terms only. */
export function toWebsearch(t: SearchTerms): string | null {
  if (!hasPositiveTerms(t)) return null;
  return [...t.words, ...t.phrases.map((p) => `"${p.join(' ')}"`), ...t.excluded.map((w) => `-${w}`)].join(
    ' ',
  );
}

/**
 * A filter value as one index token ("Skilled trades" in field → "fskilledtrades"), so that
 * filters become full-text terms and intersect inside the index instead of row by row.
 * db/search.ts writes the same tokens with SQL; keep the two in step.
 */
export function facetToken(prefix: 'f' | 'w' | 't', value: string): string {
  return `${prefix}${value.toLowerCase().replace(/[ -]/g, '')}`;
}

export interface BoardFilters {
  field: string;
  workplace: string;
  type: string;
  location: string;
}

/**
 * One FTS5 expression for the words typed and the filters chosen; null when there is nothing
 * the full-text index can answer. Location words match the start of a city, region or country.
 */
export function toFts5WithFilters(t: SearchTerms, f: BoardFilters): string | null {
  const parts: string[] = [];
  const text = toFts5(t);
  if (text) parts.push(`(${text})`);
  if (f.field) parts.push(`facets : "${facetToken('f', f.field)}"`);
  if (f.workplace) parts.push(`facets : "${facetToken('w', f.workplace)}"`);
  if (f.type) parts.push(`facets : "${facetToken('t', f.type)}"`);
  for (const w of wordsOf(f.location).slice(0, 4)) parts.push(`place : "${w}"*`);
  return parts.length ? parts.join(' AND ') : null;
}
