// The page shell for people who are not signed in: the status page, its confirmations and the
// pages a mail's links open. DKFDS markup like the desk's, in the person's language, no script,
// never indexed. Written once, so the head, skip link and header cannot drift apart.
import type { CitizenWords } from '../../utils/i18n/citizen';
import { documentStart } from './document';
import { html, type SafeHtml } from './html';

export interface CitizenPageShell {
  readonly title: string;
  /** The line in the header naming what the pages are about. */
  readonly heading: string;
  readonly body: SafeHtml;
  readonly words: CitizenWords;
  /** Below the main content, e.g. the links to the privacy notice and accessibility statement. */
  readonly footer?: SafeHtml;
}

export function citizenPageShell({
  title,
  heading,
  body,
  words,
  footer,
}: CitizenPageShell): string {
  return html`${documentStart({ title: html`${title} – Samskab`, lang: words.locale, dir: words.dir })}
<body>
<a class="skipnav" href="#main-content">${words.page('skipLink')}</a>
<header class="header">
<div class="solution-info"><div class="solution-info-inner container"><div class="solution-heading"><p>${heading}</p></div></div></div>
</header>
<main id="main-content" class="container page-container">
<div class="row"><div class="col-12 col-md-8 col-lg-7">
<h1>${title}</h1>
${body}
</div></div>
</main>
${footer ?? ''}</body>
</html>
`.value;
}
