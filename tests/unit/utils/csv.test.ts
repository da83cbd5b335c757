import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../../utils/csv';

describe('csvCell', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+4512345678', "'+4512345678"],
    ['-2+3', "'-2+3"],
    ['@cmd', "'@cmd"],
    ['\tindent', "'\tindent"],
    ['\rreturn', '"\'\rreturn"'],
    ['＝SUM(A1)', "'＝SUM(A1)"],
    ['＋4512345678', "'＋4512345678"],
    ['－1', "'－1"],
    ['＠cmd', "'＠cmd"],
    [' =1+1', "' =1+1"],
    ['\u00a0=1+1', "'\u00a0=1+1"],
    ['\u200b=1+1', "'\u200b=1+1"],
    ['\ufeff@cmd', "'\ufeff@cmd"],
    ['﹦1+1', "'﹦1+1"],
    ['﹢1', "'﹢1"],
    ['−1', "'−1"],
    ['⁺1', "'⁺1"],
    ['\u180e=1', "'\u180e=1"],
    ['\nlinje', `"'\nlinje"`],
    ['"=1', `"'""=1"`],
    ["'=1", "''=1"],
  ])('guards %j against formula evaluation', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it.each([
    ["x;=cmd|' /C calc'!A0;y", `"x;'=cmd|' /C calc'!A0;y"`],
    ['a,=1+1', `"a,'=1+1"`],
    ['a; -2', `"a;' -2"`],
    ['a;"@x"', `"a;'""@x"""`],
    ['a\r\n=1', `"a\r\n'=1"`],
    ['a\r=1\n+2', `"a\r'=1\n'+2"`],
    ['a;\t1', `"a;'\t1"`],
    ['a;＝1', `"a;'＝1"`],
  ])('guards %j where a `;`, `,` or line break would start a field', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('leaves ordinary text alone', () => {
    expect(csvCell('Ældre i Lunde')).toBe('Ældre i Lunde');
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell("'tekst")).toBe("'tekst");
    expect(csvCell('Hej,\r\nJeg kan; 2-3 timer, kl. 10-12')).toBe(
      '"Hej,\r\nJeg kan; 2-3 timer, kl. 10-12"',
    );
  });

  it('quotes commas, semicolons, quotes and line breaks, doubling quotes (RFC 4180)', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('a\rb')).toBe('"a\rb"');
    expect(csvCell('han sagde "hej"')).toBe('"han sagde ""hej"""');
    expect(csvCell('linje 1\nlinje 2')).toBe('"linje 1\nlinje 2"');
    expect(csvCell('=1,"2"')).toBe('"\'=1,""2"""');
  });

  it('writes empty cells for missing values and does not guard numbers', () => {
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(null)).toBe('');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(true)).toBe('true');
  });
});

describe('toCsv', () => {
  it('starts with a byte-order mark and ends every row with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['c', undefined],
      ]),
    ).toBe('\uFEFFa,b\r\nc,\r\n');
  });

  it('leaves the byte-order mark out when asked', () => {
    expect(toCsv([['a', '=b']], { bom: false })).toBe("a,'=b\r\n");
  });
});
