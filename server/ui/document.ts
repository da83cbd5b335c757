// The start of the HTML pages the receiver writes (the desk, the person document, the widget's
// preview): written once, so that each page is never indexed, is Danish unless it says otherwise,
// and loads DKFDS the same way.
import { type HtmlValue, html, type SafeHtml } from './html';

export interface DocumentHead {
  /** The whole title, as the browser's tab shows it. */
  readonly title: HtmlValue;
  readonly lang?: string;
  /** The writing direction, for pages in a person's language (`rtl` for Arabic and Farsi). */
  readonly dir?: 'ltr' | 'rtl';
  /** Stylesheets after DKFDS's own. */
  readonly stylesheets?: readonly string[];
  /** Samskab's icon in the tab (not on a page printed or saved as a file). */
  readonly icon?: boolean;
  /** Anything else the head needs, e.g. a script. */
  readonly extra?: HtmlValue;
}

/** `<!doctype html>` to `</head>`: the page's title, DKFDS and its own styles, never indexed. */
export const documentStart = (head: DocumentHead): SafeHtml =>
  html`<!doctype html>
<html lang="${head.lang ?? 'da'}"${head.dir && html` dir="${head.dir}"`}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${head.title}</title>
<link rel="stylesheet" href="/dkfds/css/dkfds.min.css">
${(head.stylesheets ?? []).map((href) => html`<link rel="stylesheet" href="${href}">\n`)}${head.icon !== false && html`<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">\n`}${head.extra}</head>`;
