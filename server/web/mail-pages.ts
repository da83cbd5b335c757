// The pages a mail's links open (server/routes/mail-links.ts): DKFDS markup like the desk's, in
// the language of the address's most recent answer (Danish when none is known), for a citizen who
// is not signed in. No script, no menu; never indexed, cached or sent
// on as a Referer (the link's token is in the URL); the address shown only masked.

import { type CitizenWords, citizenWords } from '../../utils/i18n/citizen';
import { PRIVATE_HEADERS } from '../http/responses';
import { citizenPageShell } from '../ui/citizen-page';
import { html, type SafeHtml } from '../ui/html';

export const MAIL_PAGE_HEADERS = PRIVATE_HEADERS;

export function mailPage(
  title: string,
  body: SafeHtml,
  words: CitizenWords = citizenWords('da'),
): string {
  return citizenPageShell({ title, heading: words.mail('page.site'), body, words });
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
