// The two exports' columns and writers. The spreadsheet (.xlsx) is for people: Danish column names
// and labels, times as date cells in Copenhagen time (they sort and filter as dates), a filter on
// the header row, which stays in view, and every other cell a text cell, so nothing in it is ever
// run as a formula and no delimiter or encoding can split or garble it; what XML cannot carry is
// shown as a mark (cellText). The CSV is for systems: codes beside the labels (stable values to map from),
// the time in UTC as ISO 8601 beside the local one, UTF-8 with a BOM, RFC 4180 quoting and the
// formula guard (utils/csv.ts). Both are written a batch of rows at a time, waiting for the
// client, so the server's memory stays small.
import { type EventEmitter, once } from 'node:events';
import type { ServerResponse } from 'node:http';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { inCopenhagen } from '../../utils/copenhagen-time';
import { CSV_BOM, type CsvValue, csvRow } from '../../utils/csv';
import type { ExportAnswer } from '../data/answer-export';
import { ANSWER_FIELDS, type AnswerFieldSpec } from '../data/answer-field-table';
import {
  ACTOR_LABELS,
  KIND_LABELS,
  RESOURCE_LABELS,
  SOURCE_LABELS,
  STATUS_LABELS,
  yesNo,
} from '../ui/labels';
import { languageName } from '../ui/language-names';
import { visibleText } from '../ui/visible-text';
import { drained, drainOf } from './stream-out';

/** Copenhagen time as `2026-11-24 10:05`, so a column of them sorts right as text. */
export const localTime = (date: Date): string => inCopenhagen(date, 'sortable');

interface Column {
  readonly header: string;
  /** Characters, for the spreadsheet. */
  readonly width: number;
  readonly value: (answer: ExportAnswer) => string | null;
  /** A time: the spreadsheet holds it as a date cell, not as `value`'s text. */
  readonly at?: (answer: ExportAnswer) => Date | null;
  /** Only in one of the two formats. */
  readonly only?: 'xlsx' | 'csv';
}

/** How a time cell shows in the spreadsheet: as the text of `localTime` did. */
export const XLSX_TIME_FORMAT = 'yyyy-mm-dd hh:mm';

/**
 * A spreadsheet's date cell holds a time without a zone, shown as it is: the Copenhagen wall-clock
 * time, written as if it were UTC (exceljs writes a Date by its UTC value).
 */
export function wallClock(date: Date): Date {
  const [day, time] = localTime(date).split(' ') as [string, string];
  return new Date(`${day}T${time}:00Z`);
}

/** A code as the system reads it (CSV only), then its Danish label (both). */
const coded = (
  header: string,
  width: number,
  code: (a: ExportAnswer) => string | null,
  labels: Readonly<Record<string, string>>,
): Column[] => [
  { header: `${header} (kode)`, width: 10, value: code, only: 'csv' },
  {
    header,
    width,
    value: (a) => {
      const value = code(a);
      return value === null ? null : (labels[value] ?? value);
    },
  },
];

/**
 * A time: in UTC as ISO 8601 for systems (CSV only), and in Copenhagen time for people (the
 * spreadsheet, and the CSV too when `localInCsv`).
 */
const timed = (
  header: string,
  at: (a: ExportAnswer) => Date | null,
  localInCsv: boolean,
): Column[] => [
  {
    header: `${header} (UTC, ISO 8601)`,
    width: 24,
    value: (a) => at(a)?.toISOString() ?? null,
    only: 'csv',
  },
  {
    header,
    width: 17,
    value: (a) => {
      const date = at(a);
      return date && localTime(date);
    },
    at,
    ...(!localInCsv && { only: 'xlsx' as const }),
  },
];

/** The exports' own columns, at their places among the table's (`export.order`). */
const OWN_COLUMNS: readonly (readonly [number, readonly Column[]])[] = [
  [10, [{ header: 'Reference', width: 12, value: (a) => a.reference }]],
  [20, timed('Modtaget', (a) => a.receivedAt, true)],
  [30, [{ header: 'Udfordring', width: 36, value: (a) => a.challengeTitle }]],
  [40, [{ header: 'Udfordring (id)', width: 22, value: (a) => a.challengeId }]],
  [50, coded('Type', 22, (a) => a.kind, KIND_LABELS)],
  [60, coded('Status', 20, (a) => a.status, STATUS_LABELS)],
  [70, coded('Afsender', 20, (a) => a.actorType, ACTOR_LABELS)],
  // The contact details as the person wrote them (the table's columns are normalised copies).
  [80, [{ header: 'Navn', width: 24, value: (a) => a.name }]],
  [100, [{ header: 'E-mail', width: 28, value: (a) => a.email }]],
  [110, [{ header: 'Telefon', width: 16, value: (a) => a.phone }]],
  [150, coded('Ressource', 14, (a) => a.resourceType, RESOURCE_LABELS)],
  [200, [{ header: 'Besked til borgeren', width: 50, value: (a) => a.reply }]],
  [210, [{ header: 'Ansvarlig', width: 22, value: (a) => a.assigneeName }]],
  [220, [{ header: 'Dublet af', width: 12, value: (a) => a.duplicateOf }]],
  [
    230,
    [
      {
        header: 'Koblinger',
        width: 24,
        value: (a) => (a.connections.length ? a.connections.join(', ') : null),
      },
    ],
  ],
  [240, coded('Kilde', 18, (a) => a.source, SOURCE_LABELS)],
  [
    250,
    [
      { header: 'Sprog (kode)', width: 10, value: (a) => a.language, only: 'csv' },
      { header: 'Sprog', width: 14, value: (a) => a.language && languageName(a.language) },
    ],
  ],
  [260, timed('Personoplysninger slettet', (a) => a.erasedAt, false)],
  [270, timed('Kontaktoplysninger fjernet', (a) => a.contactRemovedAt, false)],
  [280, [{ header: 'Id', width: 38, value: (a) => a.id }]],
];

/** The table's exported fields, each as one column in both formats. */
const FIELD_COLUMNS = Object.entries(
  ANSWER_FIELDS as Readonly<Record<string, AnswerFieldSpec<unknown>>>,
).flatMap(([key, field]): (readonly [number, readonly Column[]])[] => {
  const spec = field.export;
  if (!spec) return [];
  const raw = (a: ExportAnswer) => (a as unknown as Record<string, unknown>)[key];
  const value =
    spec.format === 'yes-no'
      ? (a: ExportAnswer) => yesNo(raw(a) === true)
      : (a: ExportAnswer) => (raw(a) ?? null) as string | null;
  return [[spec.order, [{ header: spec.header, width: spec.width, value }]]];
});

/** Both lists by order (a stable sort: the parts of one place keep theirs). */
const COLUMNS: readonly Column[] = [...OWN_COLUMNS, ...FIELD_COLUMNS]
  .sort(([a], [b]) => a - b)
  .flatMap(([, columns]) => columns);

export const XLSX_COLUMNS = COLUMNS.filter((column) => column.only !== 'csv');
export const CSV_COLUMNS = COLUMNS.filter((column) => column.only !== 'xlsx');

/** A spreadsheet cell holds at most this many characters. */
const CELL_MAX = 32_767;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** The two characters XML 1.0 cannot carry that visibleText lets through (U+FFFE, U+FFFF). */
const NONCHARACTER = /[\uFFFE\uFFFF]/g;

/**
 * Text a spreadsheet can hold, whatever was written: XML 1.0 (the sheet's format) cannot carry
 * control characters but tab and line breaks, U+FFFE, U+FFFF or half a surrogate pair, and one
 * such character in one answer would make the whole file fail to open (exceljs drops C0 controls
 * and DEL itself, but writes the rest as they are). So each is shown as the desk shows it
 * (visible-text.ts: ␀ for NUL, [U+0085] for a C1 control, [U+202E] for a direction control),
 * U+FFFE and U+FFFF as [U+FFFE] and [U+FFFF], half a pair as U+FFFD. Line breaks as Excel writes
 * them (\n). Cut to a cell's length, never inside a pair.
 */
function cellText(value: string | null): string {
  const text = visibleText(value ?? '')
    .replace(NONCHARACTER, (c) => `[U+${c.charCodeAt(0).toString(16).toUpperCase()}]`)
    .replace(LONE_SURROGATE, '\uFFFD');
  if (text.length <= CELL_MAX) return text;
  const cut = text.slice(0, CELL_MAX);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

export type Batches = AsyncIterable<readonly ExportAnswer[]>;

/** Rows written between two waits for the zip to catch up (a few MB at most). */
const ROWS_PER_WAIT = 20;

interface PipedStream extends EventEmitter {
  readonly _writableState?: { readonly needDrain?: boolean };
}

/**
 * The stream that carries the sheet's XML into the zip. exceljs 4 writes to it without heeding its
 * backpressure (lib/utils/stream-buf.js never waits), so rows made faster than the zip compresses
 * them pile up in memory: 120 MB for one challenge's 2,500 answers of 8 KB in the scale test.
 * Waiting for it to drain keeps that to a few rows. It is exceljs's internals, looked up warily:
 * if they change, there is nothing to wait for, and the scale test's memory bound says so.
 */
function sheetPipe(sheet: ExcelJS.Worksheet): PipedStream | undefined {
  const pipe = (sheet as unknown as { stream?: { pipes?: unknown[] } }).stream?.pipes?.[0];
  return typeof pipe === 'object' && pipe !== null && 'once' in pipe
    ? (pipe as PipedStream)
    : undefined;
}

/**
 * Streams the workbook to `res` and returns how many answers it holds, leaving `res` open: the
 * caller ends it once the export is in the audit log, so a client that has the whole file can
 * find its audit entry. A time is a date cell in Copenhagen time; every other cell is a string
 * cell (never a formula or a number) with the text number format "@", so even a cell edited later
 * stays text. The header row is bold, has a filter and stays in view when scrolling.
 */
export async function writeXlsx(res: ServerResponse, batches: Batches): Promise<number> {
  // exceljs ends the stream it is given; this one passes the zip on to `res` (with its
  // backpressure) without ending it.
  const out = new PassThrough();
  out.pipe(res, { end: false });
  const flushed = once(out, 'end');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'Samskab';
  const sheet = workbook.addWorksheet('Svar', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = XLSX_COLUMNS.map((column) => ({
    width: column.width,
    style: { numFmt: column.at ? XLSX_TIME_FORMAT : '@' },
  }));
  // A filter on every column; the header row's cells are text whatever their column holds.
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: XLSX_COLUMNS.length } };
  const header = sheet.addRow(XLSX_COLUMNS.map((column) => column.header));
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.numFmt = '@';
  });
  header.commit();
  const pipe = sheetPipe(sheet);
  let count = 0;
  for await (const batch of batches) {
    for (const answer of batch) {
      sheet
        .addRow(
          XLSX_COLUMNS.map((column) => {
            if (!column.at) return cellText(column.value(answer));
            const date = column.at(answer);
            return date ? wallClock(date) : null;
          }),
        )
        .commit();
      count++;
      if (pipe && count % ROWS_PER_WAIT === 0) {
        const backedUp = () => pipe._writableState?.needDrain === true;
        await drainOf(pipe, backedUp(), res, backedUp);
      }
    }
    await drained(res);
  }
  sheet.commit();
  await workbook.commit();
  await flushed;
  return count;
}

/**
 * Streams the CSV to `res` (BOM, header row, one row per answer); returns how many, leaving `res`
 * open for the caller to end (as writeXlsx).
 */
export async function writeCsv(res: ServerResponse, batches: Batches): Promise<number> {
  res.write(CSV_BOM + csvRow(CSV_COLUMNS.map((column) => column.header)));
  let count = 0;
  for await (const batch of batches) {
    // One write per row, gathered into few packets: no string of a whole batch is built.
    res.cork();
    for (const answer of batch) {
      res.write(csvRow(CSV_COLUMNS.map((column): CsvValue => column.value(answer))));
    }
    res.uncork();
    count += batch.length;
    await drained(res);
  }
  return count;
}
