// Spreadsheets run a cell that starts with = + - or @ as a formula, so a name such as
// "=HYPERLINK(…)" in an export could act when the file is opened. Exports prefix such cells
// with an apostrophe (which spreadsheets show as plain text); imports take it off again, so
// an exported file imports back unchanged.

const FORMULA_START = /^[=+\-@\t\r]/;
const GUARDED = /^'[=+\-@\t\r]/;

/** The cell as written to an exported CSV: text that would start a formula gets a leading '. */
export function guardCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The cell as read from an imported CSV: the apostrophe an export added is removed. */
export function unguardCell(value: string): string {
  return GUARDED.test(value) ? value.slice(1) : value;
}
