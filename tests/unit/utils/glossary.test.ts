// docs/glossary.md lists each label's Danish and English word for translators; the label tables
// (utils/i18n/<lang>/labels.ts) are what the desk, the exports, the mails and the widget show.
// They must say the same, and every code of the tables must be in the glossary, so neither can
// drift from the other.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { labels as danish } from '../../../utils/i18n/da/labels';
import { labels as english } from '../../../utils/i18n/en/labels';
import type { Concept } from '../../../utils/i18n/labels';

const GLOSSARY = readFileSync(resolve(import.meta.dirname, '../../../docs/glossary.md'), 'utf8');

/** The glossary's rows: code → [Danish, English]. */
const rows = new Map(
  [...GLOSSARY.matchAll(/^\| [^|]+ \| `([^`]+)` \| ([^|]+) \| ([^|]+) \|/gm)].map((m) => [
    m[1] ?? '',
    [m[2]?.trim(), m[3]?.trim()] as const,
  ]),
);

const tableCodes = (Object.keys(danish) as Concept[]).flatMap((concept) =>
  Object.keys(danish[concept]).map((code) => [concept, code] as const),
);

describe('the glossary', () => {
  it.each(tableCodes)('gives %s.%s the label tables’ Danish and English words', (concept, code) => {
    const words = (table: typeof danish) => (table[concept] as Record<string, string>)[code];
    expect(rows.get(`${concept}.${code}`)).toEqual([words(danish), words(english)]);
  });

  it('names no label the tables do not have', () => {
    const known = new Set(tableCodes.map(([concept, code]) => `${concept}.${code}`));
    const labelRows = [...rows.keys()].filter((code) => code.includes('.'));
    expect(labelRows.filter((code) => !known.has(code))).toEqual([]);
  });

  it('gives each Danish word one concept: no two codes share a word', () => {
    const byWord = new Map<string, string[]>();
    for (const [code, [da]] of rows) byWord.set(da ?? '', [...(byWord.get(da ?? '') ?? []), code]);
    // "Andet" (other) is the last choice of two lists, and means the same in both.
    const shared = [...byWord].filter(([word, codes]) => codes.length > 1 && word !== 'Andet');
    expect(shared).toEqual([]);
  });
});
