// The pages a mail's links open (server/routes/mail-links.ts): DKFDS markup like the desk's, in
// the language of the address's most recent answer (Danish when none is known), for a citizen who
// is not signed in. No script, no menu; never indexed, cached or sent
// on as a Referer (the link's token is in the URL); the address shown only masked.

import { type CitizenWords, citizenWords } from '../../utils/i18n/citizen';
import { PRIVATE_HEADERS } from '../http/responses';
import { html, type SafeHtml } from '../ui/html';

export const MAIL_PAGE_HEADERS = PRIVATE_HEADERS;

export function mailPage(
  title: string,
  body: SafeHtml,
  words: CitizenWords = citizenWords('da'),
): string {
  return html`<!doctype html>
<html lang="${words.locale}" dir="${words.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${title} – Samskab</title>
<link rel="stylesheet" href="/dkfds/css/dkfds.min.css">
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
</head>
<body>
<a class="skipnav" href="#main-content">${words.page('skipLink')}</a>
<header class="header">
<div class="solution-info"><div class="solution-info-inner container"><div class="solution-heading"><p>${words.mail('page.site')}</p></div></div></div>
</header>
<main id="main-content" class="container page-container">
<div class="row"><div class="col-12 col-md-8 col-lg-7">
<h1>${title}</h1>
${body}
</div></div>
</main>
</body>
</html>
`.value;
}

/** A form that posts to the page's own URL (the token in its query) with one button. */
export const postButton = (
  action: string,
  label: string,
  fields: Readonly<Record<string, string>> = {},
): SafeHtml =>
  html`<form method="post" action="${action}">${Object.entries(fields).map(
    ([name, value]) => html`<input type="hidden" name="${name}" value="${value}">`,
  )}<button type="submit" class="button button-primary">${label}</button></form>`;
