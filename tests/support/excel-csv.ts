// How a spreadsheet may cut a CSV file into cells, for the formula-guard tests (issue 18, point 5).
// Excel splits on its list separator, which is `;` in Danish Windows, not the `,` the file is
// written with, and takes a `"` as quoting only at the very start of a field: so a cell the
// writer quoted can be cut inside, and a piece of it stands alone. A file is safe when no field
// of any of these readings starts like a formula. Written apart from utils/csv.ts on purpose (its
// own idea of a formula and of what is skipped, by Unicode compatibility folding rather than a
// list), so the tests do not just repeat the writer.

import fc from 'fast-check';

/** The review's cells that became formulas when the file was split on `;` (or `,`). */
export const REVIEW_CELLS = [
  "x;=cmd|' /C calc'!A0;y",
  'a,=1+1',
  '"x";=1',
  ';-2',
  ';@SUM(A1)',
  ';+1',
  'x;\t=1+1',
  'x;\r=1+1',
  'x;\n@SUM(A1)',
  'x;＝1+1',
];

/** Look-alikes of = + - @ and invisible characters before them, alone and after a `;`. */
export const LOOK_ALIKES = ['﹦1+1', '﹢1', '−1', '⁺1', '\u180e=1', '﹣1', '﹫x', '₊1', '⁼1', '⩵1'];
export const LOOK_ALIKE_CELLS = LOOK_ALIKES.flatMap((cell) => [cell, `x;${cell}`, `x,${cell}`]);

/** Units the fuzzer builds text from: separators, quotes, line breaks, triggers, invisibles. */
const TRICKY = [
  ',',
  ';',
  '"',
  "'",
  '\r',
  '\n',
  '\r\n',
  '\t',
  ' ',
  '\u00a0',
  '\u180e',
  '\u200b',
  '\u2060',
  '\ufeff',
  '\u202e',
  '\u0000',
  '\u0085',
  '\ufffe',
  '\uffff',
  '\ud800',
  '\udc00',
  '=',
  '+',
  '-',
  '@',
  '＝',
  '＋',
  '－',
  '＠',
  '﹦',
  '﹢',
  '﹣',
  '﹫',
  '−',
  '⁺',
  '⁻',
  '₊',
  '⩵',
  '﬩',
  '➖',
  '˗',
  'a',
  'cmd|',
  '1',
];

/** Text a web page or a person might send: tricky units, or any UTF-16 at all. */
export const hostileText = fc.oneof(
  fc.string({ unit: fc.constantFrom(...TRICKY), maxLength: 24 }),
  fc.string({ unit: 'binary', maxLength: 24 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }),
);

export interface ExcelField {
  /** The field's text in the file, from the separator or line break before it to the next. */
  readonly raw: string;
  /** What the cell holds: a quote at the start opens quoting, `""` inside is one `"`. */
  readonly value: string;
}

/** How quotes are read: at a field's start (Excel opening a .csv), or never (imports set so). */
export type Quoting = 'at-field-start' | 'never';

export interface ExcelReading {
  readonly separator: ',' | ';';
  readonly quoting: Quoting;
}

/** Every way the tests read a file: both separators, with and without quoting. */
export const EXCEL_READINGS: readonly ExcelReading[] = [
  { separator: ',', quoting: 'at-field-start' },
  { separator: ';', quoting: 'at-field-start' },
  { separator: ',', quoting: 'never' },
  { separator: ';', quoting: 'never' },
];

const isBreak = (c: string | undefined) => c === '\r' || c === '\n';

/** The fields of `text` as a spreadsheet reading it so would cut them (rows are not kept apart). */
export function excelFields(text: string, { separator, quoting }: ExcelReading): ExcelField[] {
  const fields: ExcelField[] = [];
  let i = 0;
  for (;;) {
    const start = i;
    let value = '';
    if (quoting === 'at-field-start' && text[i] === '"') {
      i++;
      while (i < text.length) {
        if (text[i] === '"') {
          if (text[i + 1] !== '"') {
            i++;
            break;
          }
          i++;
        }
        value += text[i];
        i++;
      }
    }
    // After a closing quote (or without one), the rest up to the separator is taken as it is.
    while (i < text.length && text[i] !== separator && !isBreak(text[i])) value += text[i++];
    fields.push({ raw: text.slice(start, i), value });
    if (i >= text.length) return fields;
    if (text[i] === '\r' && text[i + 1] === '\n') i += 2;
    else i++;
  }
}

/**
 * What may stand before a formula's first character and still let it be one: spaces of every
 * kind, line breaks and tabs, invisible and control characters, and quotes (as in `""=1`).
 */
const SKIPPED = /^[\p{White_Space}\p{Default_Ignorable_Code_Point}\p{Cc}\p{Cf}"]*/u;

/** Minus and plus signs that no compatibility folding turns into `-` or `+`. */
const SIGNS = new Set(['\u2212', '\u2795', '\u2796', '\u02d6', '\u02d7']);

/** Whether `c` is, or folds (NFKC) into, a character that starts a formula. */
export function isFormulaCharacter(c: string): boolean {
  const folded = c.normalize('NFKC');
  return '=+-@'.includes(c) || SIGNS.has(c) || SIGNS.has(folded[0]!) || '=+-@'.includes(folded[0]!);
}

/** Whether a cell with this text would start a formula once what is skipped is skipped. */
export function startsFormula(text: string): boolean {
  const rest = text.replace(SKIPPED, '');
  const first = String.fromCodePoint(rest.codePointAt(0) ?? 0x20);
  return rest.length > 0 && isFormulaCharacter(first);
}

/** The fields of every reading that would start a formula, for a message that names them. */
export function formulaFields(text: string): string[] {
  const found: string[] = [];
  for (const reading of EXCEL_READINGS) {
    for (const field of excelFields(text, reading)) {
      if (startsFormula(field.raw) || startsFormula(field.value))
        found.push(`${reading.separator} ${reading.quoting}: ${JSON.stringify(field.raw)}`);
    }
  }
  return found;
}

/** RFC 4180, as a system reads the file: rows of cells, CRLF between rows. */
export function rfc4180Rows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** A CSV file's rows after the first, as records by the first row's column names. */
export function csvRecords(text: string): Record<string, string>[] {
  const [header = [], ...rows] = rfc4180Rows(text);
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] ?? ''])));
}

// The guard undone, as the README tells systems to: a `'` at a cell's start or right after a `,`,
// `;` or line break (CR LF counted once) is the guard's when what follows it, after more `'`,
// spaces, invisible characters and quotes (not line breaks), starts like a formula (at a cell's
// start also a tab, CR or LF).
const SKIP = `(?:(?![\\r\\n])[\\p{White_Space}\\p{Default_Ignorable_Code_Point}\\p{Cc}\\p{Cf}"])*`;
const FORMULA =
  '=+\\-@\\u2212\\u207a-\\u207c\\u208a-\\u208c\\u2a75\\u2a76\\ufb29\\ufe62\\ufe63\\ufe66\\ufe6b\\uff0b\\uff0d\\uff1d\\uff20\\u02d6\\u02d7\\u2795\\u2796';
const GUARD_AT_START = new RegExp(`^''*${SKIP}[${FORMULA}\\t\\r\\n]`, 'u');
const GUARD_AFTER_BREAK = new RegExp(`''*${SKIP}[${FORMULA}\\t]`, 'uy');

/** A cell's text as the person wrote it, from the cell a system read. */
export function unguard(cell: string): string {
  let text = GUARD_AT_START.test(cell) ? cell.slice(1) : cell;
  let out = '';
  let from = 0;
  for (const match of text.matchAll(/[,;]|\r\n?|\n/g)) {
    const end = match.index + match[0].length;
    GUARD_AFTER_BREAK.lastIndex = end;
    if (GUARD_AFTER_BREAK.test(text)) {
      out += text.slice(from, end);
      from = end + 1;
    }
  }
  text = out + text.slice(from);
  return text;
}
