// What the desk's embed page gives a webmaster to paste (server/routes/desk/embed/page.ts): the
// widget's tags for the options chosen, with the challenges from the feed or inline, and the
// Content-Security-Policy entries the page needs for them. The widget comes from this receiver
// (`/widget/`, no `integrity`: those files change at every upgrade) or from a release's folder
// (`npm run release`), whose files are checked by their digests.
import { folderUrl, integrityImportMap } from '../../scripts/release-package';
import { escapeHtml } from './html';

export type EmbedLocale = 'da' | 'en';

export interface EmbedChoice {
  /** The receiver's origin, e.g. `https://samskab.lunde.dk`. */
  readonly receiver: string;
  /** One challenge's id; undefined: every published challenge. */
  readonly challenge: string | undefined;
  readonly locale: EmbedLocale;
  /** A release's folder and its files' digests; undefined: the receiver's own `/widget/`. */
  readonly release?: {
    readonly baseUrl: string;
    readonly integrity: Readonly<Record<string, string>>;
  };
}

/** The folder the widget's files are loaded from, with its trailing slash. */
export const widgetFolder = (choice: EmbedChoice): string =>
  choice.release ? folderUrl(choice.release.baseUrl) : `${choice.receiver}/widget/`;

/** JSON inside a `<script>` element: `<` and the line separators written as escapes. */
const scriptJson = (value: unknown) =>
  JSON.stringify(value)
    .replaceAll('<', '\\u003c')
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029');

/**
 * The tags to paste where the widget should appear (the stylesheet and the script may go into the
 * page's `<head>` instead). With `inline`, the challenges are in the page: no feed is fetched, and
 * the page shows them as they were when the snippet was made.
 */
export function embedSnippet(choice: EmbedChoice, inline?: { challenges: unknown[] }): string {
  const folder = widgetFolder(choice);
  const { receiver, release } = choice;
  const checked = (file: string) => {
    const digest = release?.integrity[file];
    return digest ? ` integrity="${escapeHtml(digest)}" crossorigin="anonymous"` : '';
  };
  const lines: string[] = [];
  if (release) {
    lines.push(
      `<script type="importmap">${integrityImportMap(folder, release.integrity).json}</script>`,
    );
  }
  lines.push(
    `<link rel="stylesheet" href="${escapeHtml(`${folder}samskab.css`)}"${checked('samskab.css')}>`,
  );
  if (inline) {
    lines.push(
      `<script type="application/json" data-samskab-challenges>${scriptJson(inline)}</script>`,
    );
  }
  lines.push(
    `<script src="${escapeHtml(`${folder}samskab.js`)}"${checked('samskab.js')} defer`,
    `        data-endpoint="${escapeHtml(`${receiver}/api/submissions`)}"`,
    ...(inline ? [] : [`        data-challenges="${escapeHtml(`${receiver}/api/challenges`)}"`]),
    `        data-locale="${choice.locale}"></script>`,
    choice.challenge
      ? `<div data-samskab data-challenge="${escapeHtml(choice.challenge)}"></div>`
      : '<div data-samskab></div>',
  );
  return lines.join('\n');
}

export interface CspEntry {
  readonly directive: 'script-src' | 'style-src' | 'connect-src';
  readonly sources: readonly string[];
  /** What the page loads under it, in the desk's words. */
  readonly why: string;
}

/** The Content-Security-Policy sources the page needs for the snippet, beyond its own. */
export function cspChecklist(choice: EmbedChoice): CspEntry[] {
  const widget = new URL(widgetFolder(choice)).origin;
  const importMap = choice.release
    ? [integrityImportMap(widgetFolder(choice), choice.release.integrity).csp]
    : [];
  return [
    {
      directive: 'script-src',
      sources: [widget, ...importMap],
      why: choice.release
        ? 'widgettens scripts, og import map’en med deres fingeraftryk'
        : 'widgettens scripts',
    },
    { directive: 'style-src', sources: [widget], why: 'widgettens stylesheet (samskab.css)' },
    {
      directive: 'connect-src',
      sources: [choice.receiver],
      why: 'svarene, udfordringerne, tjekket af sitet og borgernes status på deres svar',
    },
  ];
}

/** A whole policy with the checklist's entries, for a page that has none yet. */
export const examplePolicy = (entries: readonly CspEntry[]): string =>
  [
    "default-src 'self'",
    ...entries.map((entry) => `${entry.directive} 'self' ${entry.sources.join(' ')}`),
  ].join('; ');

export type ReleaseUrl =
  | { readonly ok: true; readonly baseUrl: string }
  | { readonly ok: false; readonly reason: string };

/**
 * A release's folder as staff type it. Its digests are this receiver's widget's, so the folder
 * must be a release of the same version, and say so in its path (`…/samskab/0.4.0/`): a folder
 * without a version gets new files at the next upgrade, which browsers would then refuse.
 */
export function readReleaseUrl(text: string, version: string): ReleaseUrl {
  const value = text.trim();
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { ok: false, reason: 'Skriv mappens fulde adresse, fx https://cdn.lunde.dk/samskab/' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { ok: false, reason: 'Adressen skal begynde med https://.' };
  if (url.username || url.password || url.search || url.hash)
    return { ok: false, reason: 'Adressen må ikke have brugernavn, ? eller #.' };
  if (!url.pathname.split('/').includes(version))
    return {
      ok: false,
      reason: `Adressen skal indeholde versionen som en mappe (…/${version}/): udgivelsen skal være version ${version}, den samme som modtagerens widget.`,
    };
  return { ok: true, baseUrl: folderUrl(url.href) };
}
