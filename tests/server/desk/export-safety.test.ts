// The desk's two exports against hostile text (issue 18, point 5), written by the real writers to
// a real HTTP response on 127.0.0.1: the CSV read the way Excel may read it (split on `,` and on
// `;`, quotes honoured at a field's start or not at all) has no field that starts a formula, and
// gives a system every cell back by the README's rule; every XML part of the spreadsheet is
// well-formed UTF-8 XML 1.0 by a strict parser, whatever the answers hold.
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportAnswer } from '../../../server/data/answer-export';
import { CSV_COLUMNS, writeCsv, writeXlsx } from '../../../server/web/export-formats';
import {
  formulaFields,
  hostileText,
  LOOK_ALIKE_CELLS,
  REVIEW_CELLS,
  rfc4180Rows,
  unguard,
} from '../../support/excel-csv';

/** An answer with `text` in every field a person or a feed writes. */
function answerWith(text: string, n: number): ExportAnswer {
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    reference: `SAM-${n}`,
    receivedAt: new Date('2026-01-15T10:00:00Z'),
    challengeId: 'lunde',
    kind: 'need',
    actorType: 'citizen',
    resourceType: null,
    source: 'widget',
    status: 'received',
    language: 'so',
    title: text,
    body: text,
    area: text,
    availability: text,
    mayContact: true,
    canHelp: false,
    organisation: text,
    reply: text,
    erasedAt: null,
    contactRemovedAt: null,
    challengeTitle: text,
    name: text,
    email: text,
    phone: text,
    assigneeName: null,
    duplicateOf: null,
    connections: [],
    mayPublish: false,
    relatesTo: null,
  };
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Text as UTF-8 carries it: half a surrogate pair becomes U+FFFD. */
const wellFormed = (text: string) => text.replace(LONE_SURROGATE, '\uFFFD');

const FREE_TEXT = ['Udfordring', 'Navn', 'Organisation', 'E-mail', 'Telefon', 'Hvornår', 'Hvor'];
const TEXT_COLUMNS = [...FREE_TEXT, 'Overskrift', 'Tekst', 'Besked til borgeren'];

let server: Server;
let origin: string;
/** What the next export writes: set by each test before it downloads. */
let answers: readonly ExportAnswer[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const write = req.url === '/answers.csv' ? writeCsv : writeXlsx;
    const batch = answers;
    async function* batches() {
      yield batch;
    }
    write(res, batches()).then(
      () => res.end(),
      (error: unknown) => res.destroy(error as Error),
    );
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  server.close();
  await once(server, 'close');
});

async function exported(kind: 'csv' | 'xlsx', texts: readonly string[]): Promise<Buffer> {
  answers = texts.map(answerWith);
  const response = await fetch(`${origin}/answers.${kind}`);
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

describe('the answers CSV', () => {
  const csvOf = async (texts: readonly string[]) => (await exported('csv', texts)).toString('utf8');

  /** The cells of the free-text columns, read as RFC 4180 and with the guard undone. */
  const textCells = (csv: string) => {
    const [head, ...rows] = rfc4180Rows(csv.slice(1));
    const at = TEXT_COLUMNS.map((name) => head!.indexOf(name));
    return rows.map((row) => at.map((i) => unguard(row[i]!)));
  };

  it.each([...REVIEW_CELLS, ...LOOK_ALIKE_CELLS])(
    'has no field that starts a formula on `,` or `;` for %j',
    async (text) => {
      const csv = await csvOf([text, `Karen; ${text}`]);
      expect(formulaFields(csv)).toEqual([]);
      expect(textCells(csv)[0]).toEqual(TEXT_COLUMNS.map(() => text));
    },
  );

  it('has none for fuzzed answers, and gives systems the text back', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostileText, { minLength: 1, maxLength: 5 }), async (texts) => {
        const csv = await csvOf(texts);
        expect(formulaFields(csv)).toEqual([]);
        // UTF-8 cannot carry half a surrogate pair: a system gets U+FFFD for it.
        expect(textCells(csv)).toEqual(
          texts.map((text) => TEXT_COLUMNS.map(() => wellFormed(text))),
        );
      }),
      { numRuns: 150 },
    );
    expect(CSV_COLUMNS.length).toBeGreaterThan(TEXT_COLUMNS.length);
  });
});

/** Every error a strict, namespace-aware XML parser finds in every XML part of the workbook. */
async function xmlErrors(xlsx: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(xlsx);
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  const errors: string[] = [];
  const parts = Object.values(zip.files).filter((file) => /\.(xml|rels)$/.test(file.name));
  expect(parts.map((part) => part.name)).toContain('xl/worksheets/sheet1.xml');
  for (const part of parts) {
    let text: string;
    try {
      text = utf8.decode(await part.async('uint8array'));
    } catch (error) {
      errors.push(`${part.name}: ${String(error)}`);
      continue;
    }
    const parser = new SaxesParser({ xmlns: true });
    parser.on('error', (error) => errors.push(`${part.name}: ${error.message}`));
    parser.write(text).close();
  }
  return errors;
}

/**
 * The free-text cells of the first answer, read from the sheet's XML (not with exceljs, whose
 * reader decodes `&amp;amp;` twice): the text of each cell, by the header row's names.
 */
async function sheetCells(xlsx: Buffer): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(xlsx);
  const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  const rows = new Map<string, Map<string, string>>();
  let cell: { row: string; column: string } | undefined;
  let text = '';
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => {
    if (tag.name !== 'c') return;
    const [, column, row] = /^([A-Z]+)(\d+)$/.exec(String(tag.attributes.r))!;
    cell = { row: row!, column: column! };
    text = '';
  });
  parser.on('text', (value) => {
    if (cell) text += value;
  });
  parser.on('closetag', (tag) => {
    if (tag.name !== 'c' || !cell) return;
    if (!rows.has(cell.row)) rows.set(cell.row, new Map());
    rows.get(cell.row)!.set(cell.column, text);
    cell = undefined;
  });
  parser.write(xml).close();
  const columns = new Map([...rows.get('1')!].map(([column, name]) => [name, column]));
  const first = rows.get('2')!;
  return Object.fromEntries(
    [...FREE_TEXT, 'Overskrift', 'Tekst'].map((name) => [
      name,
      first.get(columns.get(name)!) ?? '',
    ]),
  );
}

describe('the answers spreadsheet', () => {
  it.each([
    ['U+FFFE', '\uFFFE', '[U+FFFE]'],
    ['U+FFFF', 'a\uFFFFb', 'a[U+FFFF]b'],
    ['NUL and other C0 controls', '\u0000\u0001\u0008\u000b\u000c\u001f', '␀␁␈␋␌␟'],
    ['DEL and C1 controls', '\u007f\u0080\u0085\u009f', '␡[U+0080][U+0085][U+009F]'],
    ['a lone high surrogate', 'x\uD83D', 'x\uFFFD'],
    ['a lone low surrogate', '\uDE00x', '\uFFFDx'],
    ['a reversed pair', '\uDE00\uD83D', '\uFFFD\uFFFD'],
    ['a whole pair', '\uD83D\uDE00', '\uD83D\uDE00'],
    ['line breaks and a tab', 'a\r\nb\rc\nd\te', 'a\nb\nc\nd\te'],
    ['XML markup', '<x a="1">&amp;]]></x>', '<x a="1">&amp;]]></x>'],
  ])(
    'is well-formed XML with %s in every cell, shown as a visible mark',
    async (_, text, shown) => {
      const xlsx = await exported('xlsx', [text, 'ordinary']);
      expect(await xmlErrors(xlsx)).toEqual([]);
      const cells = await sheetCells(xlsx);
      for (const name of FREE_TEXT) expect(cells[name], name).toBe(shown);
    },
  );

  it('cuts a cell at 32,767 characters without leaving half a character', async () => {
    const xlsx = await exported('xlsx', ['\uD83D\uDE00'.repeat(20_000)]);
    expect(await xmlErrors(xlsx)).toEqual([]);
    const body = (await sheetCells(xlsx)).Tekst!;
    expect(body.length).toBeLessThanOrEqual(32_767);
    expect(body).toBe(wellFormed(body));
    expect(body.endsWith('\uD83D\uDE00')).toBe(true);
  });

  it('is well-formed XML for fuzzed answers, and keeps printable text as written', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostileText, { minLength: 1, maxLength: 4 }), async (texts) => {
        const xlsx = await exported('xlsx', texts);
        expect(await xmlErrors(xlsx)).toEqual([]);
        const printable = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]*$/u;
        if (printable.test(texts[0]!)) expect((await sheetCells(xlsx)).Tekst).toBe(texts[0]);
      }),
      { numRuns: 60 },
    );
  });
});
