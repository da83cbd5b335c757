// The start of every HTML page the receiver writes (the desk, the citizens' pages, the person
// document, the widget's preview), and the shell of the pages a citizen opens from a mail or a
// receipt: written once, so that each page is never indexed, is Danish unless it says otherwise,
// and loads DKFDS the same way.
import { type HtmlValue, html, type SafeHtml } from './html';

export interface DocumentHead {
  /** The whole title, as the browser's tab shows it. */
  readonly title: HtmlValue;
  readonly lang?: string;
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
<html lang="${head.lang ?? 'da'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${head.title}</title>
<link rel="stylesheet" href="/dkfds/css/dkfds.min.css">
${(head.stylesheets ?? []).map((href) => html`<link rel="stylesheet" href="${href}">\n`)}${head.icon !== false && html`<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">\n`}${head.extra}</head>`;

/**
 * A page a citizen opens (from a mail, a receipt or the widget), not signed in: no script, no
 * menu; the heading of the service above the page's own, and `footer` below it.
 */
export function citizenShell(options: {
  readonly title: string;
  readonly service: string;
  readonly body: SafeHtml;
  readonly footer?: SafeHtml;
}): string {
  return html`${documentStart({ title: `${options.title} – Samskab` })}
<body>
<a class="skipnav" href="#main-content">Gå til sidens indhold</a>
<header class="header">
<div class="solution-info"><div class="solution-info-inner container"><div class="solution-heading"><p>${options.service}</p></div></div></div>
</header>
<main id="main-content" class="container page-container">
<div class="row"><div class="col-12 col-md-8 col-lg-7">
<h1>${options.title}</h1>
${options.body}
</div></div>
</main>
${options.footer}
</body>
</html>
`.value;
}
