// The Subresource Integrity digests of the widget this receiver serves, for the desk's snippet of a
// release hosted elsewhere: `npm run release` packs exactly the files of dist/widget, so a release
// of the receiver's own version has these digests. Read once per build (the build's metafile
// changes with every build), never per request.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isCheckedWidgetFile, sri } from '../../scripts/release-package';

export interface WidgetBuild {
  /** The version the widget was built as (`meta.json`). */
  readonly version: string;
  /** SRI by path inside the widget's folder (`samskab.js`, `chunks/answer-….mjs`, …). */
  readonly integrity: Readonly<Record<string, string>>;
}

let cached: { dir: string; builtAt: number; build: WidgetBuild } | undefined;

/** The built widget in `dir` (dist/widget), or undefined when it has not been built. */
export function widgetBuild(dir: string): WidgetBuild | undefined {
  let builtAt: number;
  let meta: { version?: unknown };
  try {
    builtAt = statSync(join(dir, 'meta.json')).mtimeMs;
    if (cached?.dir === dir && cached.builtAt === builtAt) return cached.build;
    meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as { version?: unknown };
  } catch {
    return undefined;
  }
  const integrity: Record<string, string> = {};
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const path = file.split('\\').join('/');
    if (isCheckedWidgetFile(path)) integrity[path] = sri(readFileSync(join(dir, file)));
  }
  const build = { version: String(meta.version ?? ''), integrity };
  cached = { dir, builtAt, build };
  return build;
}
