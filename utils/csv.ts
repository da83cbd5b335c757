// The one CSV writer: the receiver's export and the extension's saved list both write with it.
export type CsvValue = string | number | boolean | null | undefined;

/**
 * Spreadsheets run a cell that starts with one of these as a formula (CSV injection): = + - @ and
 * their fullwidth forms (which some spreadsheets fold to the plain ones), tab and CR, also after
 * leading spaces or invisible characters (no-break, zero-width, byte-order mark), which a
 * spreadsheet may trim before it reads the formula.
 */
const FORMULA_START = /^[\s\u00a0\u200b-\u200d\u2060\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20\t\r]/;
/** `;` too: Danish Excel splits on it, and an unquoted one would start a new (unguarded) cell. */
const NEEDS_QUOTES = /[",;\r\n]/;

/**
 * One cell, RFC 4180: quoted when it holds a comma, semicolon, quote or line break, quotes doubled.
 * A cell that a spreadsheet would evaluate gets a leading apostrophe, which Excel and LibreOffice
 * show as text.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export interface CsvOptions {
  /**
   * A byte-order mark first (default): without it Excel reads UTF-8 as Windows-1252 and mangles
   * æ, ø, å.
   */
  readonly bom?: boolean;
}

/** The byte-order mark a file starts with (see CsvOptions.bom). */
export const CSV_BOM = '\uFEFF';

/** One line of a file, its CRLF included: for writers that stream rows rather than build a file. */
export const csvRow = (row: readonly CsvValue[]): string => `${row.map(csvCell).join(',')}\r\n`;

/** A whole file: CRLF line ends, as RFC 4180 says, the first row being the header. */
export function toCsv(rows: readonly (readonly CsvValue[])[], options: CsvOptions = {}): string {
  const body = rows.map(csvRow).join('');
  return options.bom === false ? body : `${CSV_BOM}${body}`;
}
