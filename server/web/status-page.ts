// The status link as a page for people (issue 20, point 1): what a browser gets at
// `/api/status/:token` (server/routes/status.ts), in Danish, DKFDS markup like the desk and the
// mail pages, no script, never indexed, cached or sent on as a Referer (the link is the key to the
// answer). It shows what became of the answer, not what it said: the kind, challenge, date and
// reference, the status with its meaning, the reply and the challenge's news; and it offers to
// stop the news mails about the answer and to withdraw it. Every word about the answer comes from
// the database (status-details.ts); the page loads no widget code.
import { others } from '../../utils/i18n/da/others';
import { statusLabels, statusMeanings } from '../../utils/i18n/da/status';
import type { StatusDetails } from '../data/status-details';
import { citizenShell } from '../ui/document';
import { html, type SafeHtml } from '../ui/html';
import { shownTime } from '../ui/time';

/** Where the pages' footers point: the municipality's notices, or the receiver's own pages. */
export interface CitizenPageLinks {
  readonly privacyUrl: string;
  readonly accessibilityUrl: string;
}

export const OWN_PRIVACY_PATH = '/om/privatliv';
export const OWN_ACCESSIBILITY_PATH = '/om/tilgaengelighed';

/** The links for a receiver's settings: the municipality's notices, else the receiver's own. */
export const citizenPageLinks = (config: {
  readonly privacyUrl: string | undefined;
  readonly accessibilityUrl: string | undefined;
}): CitizenPageLinks => ({
  privacyUrl: config.privacyUrl ?? OWN_PRIVACY_PATH,
  accessibilityUrl: config.accessibilityUrl ?? OWN_ACCESSIBILITY_PATH,
});

const day = (at: Date) => shownTime(at, 'longDate');

/** A text as written, its line breaks kept (DKFDS has no class for it; `white-space` is inline). */
const paragraphs = (text: string): SafeHtml =>
  html`${text
    .split(/\n{2,}/)
    .map(
      (part) =>
        html`<p>${part.split('\n').map((line, i) => (i > 0 ? html`<br>${line}` : line))}</p>`,
    )}`;

export const citizenPage = (title: string, body: SafeHtml, links: CitizenPageLinks): string =>
  citizenShell({
    title,
    service: 'Dit svar til kommunen',
    body,
    footer: html`<footer class="container page-container">
<nav aria-label="Om siden"><ul class="nobullet-list">
<li><a href="${links.privacyUrl}">Privatlivspolitik</a></li>
<li><a href="${links.accessibilityUrl}">Tilgængelighedserklæring</a></li>
</ul></nav>
</footer>`,
  });

/** What the page says about the news mails, and the form that stops them for this answer. */
function newsPart(details: StatusDetails, stopNews: SafeHtml): SafeHtml {
  switch (details.news) {
    case 'confirmed':
      return html`<p>Du får en e-mail, når kommunen har nyt om dette svar.</p>${stopNews}`;
    case 'unconfirmed':
      return html`<p>Du har bedt om en e-mail, når kommunen har nyt om dette svar. Den kommer, når du har bekræftet din e-mailadresse fra den e-mail, vi sendte.</p>${stopNews}`;
    default:
      return html`<p>Du får ikke e-mails om nyt om dette svar. Du kan altid se status her.</p>`;
  }
}

function challengePart(details: StatusDetails): SafeHtml {
  const { challenge } = details;
  if (!challenge) return html``;
  return html`${
    challenge.closed &&
    html`<h2>${others.outcome}</h2>
${challenge.outcome ? paragraphs(challenge.outcome) : html`<p>Udfordringen er lukket.</p>`}`
  }
${
  challenge.updates.length > 0 &&
  html`<h2>${others.updates}</h2>
<ul class="nobullet-list">${challenge.updates.map(
    (update) =>
      html`<li><p><strong>${day(update.postedAt)}</strong></p>${paragraphs(update.text)}</li>`,
  )}</ul>`
}`;
}

/**
 * The page itself. `forms` are the two forms' tokens and addresses (status-form-token.ts): the
 * one stopping news posts here, withdrawing asks first on a page of its own.
 */
export function statusPage(
  details: StatusDetails,
  paths: { readonly stopNews: string; readonly withdraw: string; readonly stopNewsToken: string },
  links: CitizenPageLinks,
): string {
  const stopNews = html`<form method="post" action="${paths.stopNews}">
<input type="hidden" name="form" value="${paths.stopNewsToken}">
<button type="submit" class="button button-secondary">Stop e-mails om dette svar</button></form>`;
  const body = html`<dl>
<dt>Reference</dt><dd>${details.reference}</dd>
<dt>Slags svar</dt><dd>${others[`kind.${details.kind}`]}</dd>
<dt>Udfordring</dt><dd>${details.challenge ? details.challenge.title : 'En udfordring på kommunens hjemmeside'}</dd>
<dt>Sendt</dt><dd>${day(details.receivedAt)}</dd>
</dl>
<h2>Status: ${statusLabels[details.status]}</h2>
<p>${statusMeanings[details.status]}${details.status !== 'received' ? html` Sidst ændret ${day(details.updatedAt)}.` : ''}</p>
${details.reply && html`<h2>Kommunens besked til dig</h2>${paragraphs(details.reply)}`}
${challengePart(details)}
<h2>E-mails om nyt</h2>
${newsPart(details, stopNews)}
<h2>Træk dit svar tilbage</h2>
<p>Vil du ikke længere have, at kommunen bruger dit svar, kan du trække det tilbage. Så slettes det, du skrev, og dine kontaktoplysninger.</p>
<p><a href="${paths.withdraw}" class="button button-secondary">Træk mit svar tilbage</a></p>
<p class="form-hint">Siden viser ikke, hvad du skrev, for linket kan sendes videre. Den, der har linket, kan se status og trække svaret tilbage: del det kun med nogen, du stoler på.</p>`;
  return citizenPage(`Dit svar ${details.reference}`, body, links);
}

/** The page that asks before an answer is withdrawn (a GET: mail scanners follow links). */
export function withdrawPage(
  details: StatusDetails,
  paths: { readonly withdraw: string; readonly back: string; readonly withdrawToken: string },
  links: CitizenPageLinks,
): string {
  const body = html`<p>Du er ved at trække dit svar ${details.reference} tilbage${details.challenge ? html` fra udfordringen "${details.challenge.title}"` : ''}.</p>
<ul>
<li>Det, du skrev, og dit navn, din e-mail og dit telefonnummer slettes hos kommunen.</li>
<li>Er svaret offentliggjort, fjernes det fra kommunens hjemmeside, og e-mails om nyt om det stopper.</li>
<li>Kommunen beholder kun referencen, hvornår svaret kom, og hvilken slags svar og udfordring det var, så tallene passer.</li>
</ul>
<p><strong>Det kan ikke fortrydes.</strong> Linket til svaret virker ikke bagefter.</p>
<form method="post" action="${paths.withdraw}">
<input type="hidden" name="form" value="${paths.withdrawToken}">
<button type="submit" class="button button-primary">Ja, træk mit svar tilbage</button></form>
<p><a href="${paths.back}">Nej, tilbage til status for svaret</a></p>`;
  return citizenPage('Træk dit svar tilbage?', body, links);
}

export const withdrawnPage = (reference: string, links: CitizenPageLinks): string =>
  citizenPage(
    'Dit svar er trukket tilbage',
    html`<p>Det, du skrev i svaret ${reference}, og dine kontaktoplysninger er slettet hos kommunen. Du får ikke flere e-mails om det, og linket virker ikke længere.</p>`,
    links,
  );

export const newsStoppedPage = (reference: string, back: string, links: CitizenPageLinks): string =>
  citizenPage(
    'Du får ikke flere e-mails om svaret',
    html`<p>Der sendes ikke flere e-mails om nyt om dit svar ${reference}. Du kan stadig se status og kommunens besked på <a href="${back}">siden for svaret</a>.</p>`,
    links,
  );

export const goneStatusPage = (links: CitizenPageLinks): string =>
  citizenPage(
    'Linket virker ikke',
    html`<p>Vi kan ikke finde svaret. Linket kan være skrevet forkert, eller svaret er slettet.</p>`,
    links,
  );

export const refusedFormPage = (back: string, links: CitizenPageLinks): string =>
  citizenPage(
    'Det lykkedes ikke',
    html`<p>Formularen er for gammel, eller den kom ikke fra siden for svaret. Intet er ændret. <a href="${back}">Gå tilbage til siden for svaret</a>, og prøv igen.</p>`,
    links,
  );

export const tooManyPage = (links: CitizenPageLinks): string =>
  citizenPage(
    'For mange forsøg',
    html`<p>Der er kommet for mange forsøg fra din forbindelse. Prøv igen om lidt.</p>`,
    links,
  );
