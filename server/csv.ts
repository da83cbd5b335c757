export type CsvValue = string | number | boolean | null | undefined;

/** Spreadsheets run a cell that starts with one of these as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One cell, RFC 4180: quoted when it holds a comma, quote or line break, quotes doubled. A cell that
 * a spreadsheet would evaluate gets a leading apostrophe, which Excel and LibreOffice show as text.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A whole file: a byte-order mark (without it Excel reads UTF-8 as Windows-1252 and mangles
 * æ, ø, å) and CRLF line ends, as RFC 4180 says.
 */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return `\uFEFF${rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('')}`;
}
