// What the built widget weighs (gzip -9, and brotli at quality 11 for the benchmark): the files
// loaded before the list is painted, and all of them. Read from esbuild's metafile, so the split
// is the bundler's, not a guess.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Locale } from '../../utils/i18n/languages';

const dist = join(import.meta.dirname, '..', '..', 'dist', 'widget');

/**
 * Bytes (gzip -9) the widget may load before its list is painted: the goal, 10 KB = 10,240 B
 * (performance.md). Read by the size test and the release test.
 */
export const FIRST_PAINT_CAP = 10_240;

/** Bytes of one file or buffer: as served uncompressed (minified), gzip -9 and brotli -11. */
export function compressedSizes(bytes: Uint8Array) {
  return {
    min: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }).length,
  };
}

const gzip = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;

interface Outputs {
  outputs: Record<string, { imports: { path: string; kind: string }[] }>;
}
interface Meta {
  /** samskab.mjs's build, and the build of what loads after the paint (widget/build-plugins.ts). */
  modules: Outputs;
  afterPaint: Outputs;
  /** Each language's two files of strings: the list's (first paint) and the rest. */
  strings: Record<Locale, { list: string; answer: string }>;
}

const readMeta = () => JSON.parse(readFileSync(join(dist, 'meta.json'), 'utf8')) as Meta;
const rel = (path: string) => path.replace(/^dist\/widget\//, '');

function widgetFiles() {
  const meta = readMeta();
  const outputs = meta.modules.outputs;
  // The entry and everything it imports statically, transitively: loaded before first paint,
  // besides the list's strings in the visitor's language.
  const firstPaint = new Set(['samskab.css', 'samskab.js']);
  const visit = (path: string) => {
    if (firstPaint.has(rel(path))) return;
    firstPaint.add(rel(path));
    for (const imported of outputs[path]?.imports ?? []) {
      if (imported.kind === 'import-statement') visit(imported.path);
    }
  };
  visit('dist/widget/samskab.mjs');
  const built = (build: Outputs) =>
    Object.keys(build.outputs)
      .filter((p) => !p.endsWith('.map'))
      .map(rel);
  // The code: every file but the languages' strings.
  const code = ['samskab.css', 'samskab.js', ...built(meta.modules), ...built(meta.afterPaint)];
  return { firstPaint: [...firstPaint], code, strings: meta.strings };
}

/** A language's two files of strings, each gzip -9. */
export interface LanguageSizes {
  list: number;
  answer: number;
  /** What a visitor in this language loads before the list is painted. */
  firstPaint: number;
  /** What a visitor in this language can load in all: the code and this language's strings. */
  all: number;
}

export function widgetSizes() {
  const { firstPaint, code, strings } = widgetFiles();
  const sum = (files: Iterable<string>) =>
    [...files].reduce((total, file) => total + gzip(file), 0);
  const firstPaintCode = sum(firstPaint);
  const codeSize = sum(code);
  const languages = Object.fromEntries(
    Object.entries(strings).map(([locale, files]) => {
      const list = gzip(files.list);
      const answer = gzip(files.answer);
      return [
        locale,
        { list, answer, firstPaint: firstPaintCode + list, all: codeSize + list + answer },
      ];
    }),
  ) as Record<Locale, LanguageSizes>;
  return {
    /** Before first paint, without the list's strings (`languages[locale].firstPaint` has them). */
    firstPaintCode,
    /** Every file but the strings. */
    code: codeSize,
    languages,
    firstPaintFiles: firstPaint,
    codeFiles: code,
  };
}

/**
 * Every widget file with its minified, gzip and brotli size, whether first paint needs it, and
 * the language of a file of strings (the first paint needs one language's list file).
 */
export function widgetFileSizes() {
  const { firstPaint, code, strings } = widgetFiles();
  const languageOf = new Map(
    Object.entries(strings).flatMap(([locale, files]) => [
      [files.list, { locale, firstPaint: true }],
      [files.answer, { locale, firstPaint: false }],
    ]),
  );
  return [...code, ...languageOf.keys()].map((file) => ({
    file,
    firstPaint: firstPaint.includes(file),
    language: languageOf.get(file),
    ...compressedSizes(readFileSync(join(dist, file))),
  }));
}
