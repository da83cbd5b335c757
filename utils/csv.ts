// The one CSV writer: the receiver's export and the extension's saved list both write with it.
export type CsvValue = string | number | boolean | null | undefined;

// The formula guard (CSV injection). A spreadsheet runs a cell that starts with = + - @ as a
// formula, and cells do not start only where the writer put them: the file is written with `,`,
// but Danish Excel splits it on `;` (its list separator), and Excel honours a quote only at the
// very start of a field, so a `;` inside a quoted cell starts a field of its own, unquoted, and a
// line break inside one can start a row of its own. A leading `'` on the cell would sit in the
// field before. So the guard goes wherever a field can start: at a cell's start and right after
// every `,`, `;` and line break in it (CR LF counts once), a `'` is put in when what follows
// starts like a formula. Then no field starts with a formula whether the file is split on `,` or
// on `;`, with quotes honoured or not (tests/unit/utils/csv-excel.test.ts).
//
// "Starts like a formula": = + - @ or a look-alike some spreadsheet may fold into one (fullwidth,
// small, superscript and subscript forms, − and the heavy signs), or a tab, after any number of
// what a spreadsheet may skip first: spaces of any kind, invisible characters (zero-width,
// byte-order mark, U+180E …), control characters and quotes (a field `"=1"` or `""=1` is a
// formula too). At a cell's start a CR or LF counts as well; after a break it does not, as it is
// a break of its own. A `'` already there does not stop the guard (`'=1` becomes `''=1`), so a
// system can always undo it: remove one `'` where the rule would have put it (README, "Exports").

/** = + - @ and the look-alikes that fold to them (NFKC), with the signs that fold to none. */
const FORMULA =
  '=+\\-@\\u2212\\u207a-\\u207c\\u208a-\\u208c\\u2a75\\u2a76\\ufb29\\ufe62\\ufe63\\ufe66\\ufe6b\\uff0b\\uff0d\\uff1d\\uff20\\u02d6\\u02d7\\u2795\\u2796';
/** What a spreadsheet may skip before a formula, line breaks aside. */
const SKIPPED = `(?:(?![\\r\\n])[\\p{White_Space}\\p{Default_Ignorable_Code_Point}\\p{Cc}\\p{Cf}"])*`;
const GUARD_AT_START = new RegExp(`^'*${SKIPPED}[${FORMULA}\\t\\r\\n]`, 'u');
const GUARD_AFTER_BREAK = new RegExp(`'*${SKIPPED}[${FORMULA}\\t]`, 'uy');
/** Text without any of these needs no guard: the common case, found in one pass. */
const MAY_NEED_GUARD = new RegExp(`[${FORMULA}\\t\\r\\n]`, 'u');
const BREAK = /[,;]|\r\n?|\n/g;

/** Text with the formula guard put in at its start and after each separator and line break. */
export function guardFormulas(text: string): string {
  if (!MAY_NEED_GUARD.test(text)) return text;
  let out = GUARD_AT_START.test(text) ? "'" : '';
  let from = 0;
  for (const match of text.matchAll(BREAK)) {
    const end = match.index + match[0].length;
    GUARD_AFTER_BREAK.lastIndex = end;
    if (GUARD_AFTER_BREAK.test(text)) {
      out += `${text.slice(from, end)}'`;
      from = end;
    }
  }
  return out + text.slice(from);
}

/** `"` for RFC 4180, `,` `;` and line breaks so that no reader splits a cell. */
const NEEDS_QUOTES = /[",;\r\n]/;

/**
 * One cell, RFC 4180: quoted when it holds a comma, semicolon, quote or line break, quotes doubled.
 * Text gets the formula guard (above); numbers and booleans are written as they are.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? guardFormulas(value) : String(value);
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
