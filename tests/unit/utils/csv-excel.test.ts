// The CSV writer's formula guard as Excel reads the file, on `,` and on `;` (Danish Excel), with
// quotes honoured only at a field's start or not at all (issue 18, point 5): the reviewer's cells,
// the look-alikes, and fuzzed text, in the writer itself and in the extension's saved list, whose
// titles come from web pages. And what a system reading the file as RFC 4180 gets back.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../utils/csv';
import {
  toCsv as listCsv,
  memoryOpportunities,
  OpportunityStore,
} from '../../../utils/opportunities';
import {
  EXCEL_READINGS,
  excelFields,
  formulaFields,
  hostileText,
  LOOK_ALIKE_CELLS,
  REVIEW_CELLS,
  rfc4180Rows,
  startsFormula,
  unguard,
} from '../../support/excel-csv';

describe('the test-only Excel reading', () => {
  it('cuts a quoted cell on `;` and honours a quote only at a field start', () => {
    const file = 'ref,"x;=cmd;y"\r\n';
    const semicolon = excelFields(file, { separator: ';', quoting: 'at-field-start' });
    expect(semicolon.map((f) => f.raw)).toEqual(['ref,"x', '=cmd', 'y"', '']);
    expect(startsFormula(semicolon[1]!.value)).toBe(true);
    expect(excelFields('"a;""b";c', { separator: ';', quoting: 'at-field-start' })[0]!.value).toBe(
      'a;"b',
    );
    expect(startsFormula(' \u180e"\uff1d1')).toBe(true);
    expect(startsFormula("'=1")).toBe(false);
    expect(EXCEL_READINGS).toHaveLength(4);
  });
});

describe('a CSV file read by Excel on `,` or `;`', () => {
  it.each([...REVIEW_CELLS, ...LOOK_ALIKE_CELLS])('has no formula field for %j', (cell) => {
    const file = toCsv([
      ['Reference', 'Tekst', 'Id'],
      ['SAM-1', cell, 'efter'],
      [cell, cell, cell],
    ]);
    expect(formulaFields(file)).toEqual([]);
  });

  it('has none for fuzzed cells, and gives systems the text back by the documented rule', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(hostileText, { minLength: 1, maxLength: 4 }), { maxLength: 4 }),
        (rows) => {
          const file = toCsv([['a', 'b'], ...rows]);
          expect(formulaFields(file)).toEqual([]);
          const read = rfc4180Rows(file.slice(1)).slice(1);
          expect(read.map((row) => row.map(unguard))).toEqual(rows);
        },
      ),
      { numRuns: 600 },
    );
  });
});

describe("the extension's saved list as CSV", () => {
  const store = () => {
    let n = 0;
    return new OpportunityStore(memoryOpportunities(), {
      now: () => 1000 + n,
      uuid: () => `u${++n}`,
    });
  };

  it.each([...REVIEW_CELLS, ...LOOK_ALIKE_CELLS])(
    'has no formula field for a page titled %j',
    async (cell) => {
      const s = store();
      await s.savePage({
        title: `${cell} `,
        url: 'https://x.example/a;=1',
        note: cell,
        organiser: cell,
      });
      expect(formulaFields(listCsv(await s.list()))).toEqual([]);
    },
  );

  it('has none for fuzzed titles, notes and organisers', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ title: hostileText, note: hostileText, organiser: hostileText }), {
          minLength: 1,
          maxLength: 4,
        }),
        async (pages) => {
          const s = store();
          for (const page of pages) await s.savePage({ ...page, url: 'https://x.example/' });
          expect(formulaFields(listCsv(await s.list()))).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
