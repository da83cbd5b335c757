// The status link as a page for people (issue 20, point 1): what a browser gets at
// `/api/status/:token` (server/routes/status.ts), in the language the answer was sent in (issue 22;
// utils/i18n/citizen.ts, Danish for an unknown one), DKFDS markup like the desk and the mail pages,
// no script, never indexed, cached or sent on as a Referer (the link is the key to the answer). It
// shows what became of the answer, not what it said: the kind, challenge, date and reference, the
// status with its meaning, the reply and the challenge's news; and it offers to stop the news mails
// about the answer and to withdraw it. Every word about the answer comes from the database
// (status-details.ts), as staff wrote it; the page loads no widget code.
import { type CitizenWords, citizenWords } from '../../utils/i18n/citizen';
import { dateFormat } from '../../utils/i18n/index';
import type { Locale } from '../../utils/i18n/languages';
import type { StatusDetails } from '../data/status-details';
import { citizenPageShell } from '../ui/citizen-page';
import { html, type SafeHtml, withMarkup } from '../ui/html';

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

const dayFormats: Partial<Record<Locale, Intl.DateTimeFormat>> = {};
/** A day as people write it in the page's language, on the municipality's calendar. */
const day = (at: Date, words: CitizenWords) => {
  dayFormats[words.locale] ??= dateFormat(words.locale, {
    dateStyle: 'long',
    timeZone: 'Europe/Copenhagen',
  });
  return html`<time datetime="${at.toISOString()}">${dayFormats[words.locale]!.format(at)}</time>`;
};

/** A text as written, its line breaks kept (DKFDS has no class for it; `white-space` is inline). */
const paragraphs = (text: string): SafeHtml =>
  html`${text
    .split(/\n{2,}/)
    .map(
      (part) =>
        html`<p>${part.split('\n').map((line, i) => (i > 0 ? html`<br>${line}` : line))}</p>`,
    )}`;

const DANISH = citizenWords('da');

/**
 * What staff wrote in Danish (the challenge's title, its updates and outcome) on a page in another
 * language, marked as Danish so a screen reader reads it as Danish (WCAG 3.1.2).
 */
const asDanish = (words: CitizenWords) => (words.locale === 'da' ? '' : html` lang="da"`);
/** The challenge's title is marked only when it is the Danish one (no translation for the page). */
const titleLang = (challenge: { readonly titleInDanish: boolean }, words: CitizenWords) =>
  challenge.titleInDanish ? asDanish(words) : '';
const danishBlock = (words: CitizenWords, content: SafeHtml) =>
  words.locale === 'da' ? content : html`<div lang="da">${content}</div>`;

/** A page for a citizen in `words`' language, its direction with it (Arabic and Farsi: rtl). */
export function citizenPage(
  title: string,
  body: SafeHtml,
  links: CitizenPageLinks,
  words: CitizenWords = DANISH,
): string {
  const t = words.page;
  return citizenPageShell({
    title,
    heading: t('site'),
    body,
    words,
    footer: html`<footer class="container page-container">
<nav aria-label="${t('footer')}"><ul class="nobullet-list">
<li><a href="${links.privacyUrl}">${t('privacy')}</a></li>
<li><a href="${links.accessibilityUrl}">${t('accessibility')}</a></li>
</ul></nav>
</footer>
`,
  });
}

/** What the page says about the news mails, and the form that stops them for this answer. */
function newsPart(details: StatusDetails, stopNews: SafeHtml, words: CitizenWords): SafeHtml {
  const t = words.page;
  switch (details.news) {
    case 'confirmed':
      return html`<p>${t('news.confirmed')}</p>${stopNews}`;
    case 'unconfirmed':
      return html`<p>${t('news.unconfirmed')}</p>${stopNews}`;
    default:
      return html`<p>${t('news.none')}</p>`;
  }
}

function challengePart(details: StatusDetails, words: CitizenWords): SafeHtml {
  const { challenge } = details;
  const { others } = words;
  if (!challenge) return html``;
  return html`${
    challenge.closed &&
    html`<h2>${others.outcome}</h2>
${challenge.outcome ? danishBlock(words, paragraphs(challenge.outcome)) : html`<p>${words.page('closed')}</p>`}`
  }
${
  challenge.updates.length > 0 &&
  html`<h2>${others.updates}</h2>
<ul class="nobullet-list">${challenge.updates.map(
    (update) =>
      html`<li><p><strong>${day(update.postedAt, words)}</strong></p>${danishBlock(words, paragraphs(update.text))}</li>`,
  )}</ul>`
}`;
}

/** The words for an answer's pages: the language it was sent in. */
export const wordsFor = (details: Pick<StatusDetails, 'locale'>) => citizenWords(details.locale);

/**
 * The page itself. `forms` are the two forms' tokens and addresses (status-form-token.ts): the
 * one stopping news posts here, withdrawing asks first on a page of its own.
 */
export function statusPage(
  details: StatusDetails,
  paths: { readonly stopNews: string; readonly withdraw: string; readonly stopNewsToken: string },
  links: CitizenPageLinks,
): string {
  const words = wordsFor(details);
  const t = words.page;
  const stopNews = html`<form method="post" action="${paths.stopNews}">
<input type="hidden" name="form" value="${paths.stopNewsToken}">
<button type="submit" class="button button-secondary">${t('stopNews')}</button></form>`;
  const changed =
    details.status !== 'received' &&
    html` ${withMarkup(t('changed', { date: '{date}' }), { date: day(details.updatedAt, words) })}`;
  const body = html`<dl>
<dt>${t('reference')}</dt><dd>${details.reference}</dd>
<dt>${t('kind')}</dt><dd>${words.others[`kind.${details.kind}`]}</dd>
<dt>${t('challenge')}</dt>${details.challenge ? html`<dd${titleLang(details.challenge, words)}>${details.challenge.title}</dd>` : html`<dd>${t('unknownChallenge')}</dd>`}
<dt>${t('sent')}</dt><dd>${day(details.receivedAt, words)}</dd>
</dl>
<h2>${words.others.status.replace('{status}', words.status[details.status])}</h2>
<p>${t(`meaning.${details.status}`)}${changed}</p>
${details.reply && html`<h2>${t('reply')}</h2>${paragraphs(details.reply)}`}
${challengePart(details, words)}
<h2>${t('news')}</h2>
${newsPart(details, stopNews, words)}
<h2>${t('withdraw')}</h2>
<p>${t('withdrawWhat')}</p>
<p><a href="${paths.withdraw}" class="button button-secondary">${t('withdrawButton')}</a></p>
<p class="form-hint">${t('forwarded')}</p>`;
  return citizenPage(t('title', { reference: details.reference }), body, links, words);
}

/** The page that asks before an answer is withdrawn (a GET: mail scanners follow links). */
export function withdrawPage(
  details: StatusDetails,
  paths: { readonly withdraw: string; readonly back: string; readonly withdrawToken: string },
  links: CitizenPageLinks,
): string {
  const words = wordsFor(details);
  const t = words.page;
  const { challenge } = details;
  const intro = challenge
    ? withMarkup(t('withdraw.introChallenge', { reference: details.reference, title: '{title}' }), {
        title: titleLang(challenge, words)
          ? html`<span lang="da">${challenge.title}</span>`
          : html`${challenge.title}`,
      })
    : t('withdraw.intro', { reference: details.reference });
  const body = html`<p>${intro}</p>
<ul>
<li>${t('withdraw.erased')}</li>
<li>${t('withdraw.unpublished')}</li>
<li>${t('withdraw.kept')}</li>
</ul>
<p><strong>${t('withdraw.final')}</strong> ${t('withdraw.linkStops')}</p>
<form method="post" action="${paths.withdraw}">
<input type="hidden" name="form" value="${paths.withdrawToken}">
<button type="submit" class="button button-primary">${t('withdraw.yes')}</button></form>
<p><a href="${paths.back}">${t('withdraw.no')}</a></p>`;
  return citizenPage(t('withdraw.title'), body, links, words);
}

export const withdrawnPage = (
  details: Pick<StatusDetails, 'reference' | 'locale'>,
  links: CitizenPageLinks,
): string => {
  const words = wordsFor(details);
  return citizenPage(
    words.page('withdrawn.title'),
    html`<p>${words.page('withdrawn.text', { reference: details.reference })}</p>`,
    links,
    words,
  );
};

export const newsStoppedPage = (
  details: Pick<StatusDetails, 'reference' | 'locale'>,
  back: string,
  links: CitizenPageLinks,
): string => {
  const words = wordsFor(details);
  const t = words.page;
  const link = html`<a href="${back}">${t('newsStopped.link')}</a>`;
  return citizenPage(
    t('newsStopped.title'),
    html`<p>${withMarkup(t('newsStopped.text', { reference: details.reference, link: '{link}' }), { link })}</p>`,
    links,
    words,
  );
};

/** No answer behind the link, so no language of its own: Danish. */
export const goneStatusPage = (links: CitizenPageLinks): string =>
  citizenPage(DANISH.page('gone.title'), html`<p>${DANISH.page('gone.text')}</p>`, links);

/** A refused form: in the answer's language when the answer is known, else Danish. */
export const refusedFormPage = (
  back: string,
  links: CitizenPageLinks,
  details?: Pick<StatusDetails, 'locale'>,
): string => {
  const words = details ? wordsFor(details) : DANISH;
  const t = words.page;
  const link = html`<a href="${back}">${t('refused.link')}</a>`;
  return citizenPage(
    t('refused.title'),
    html`<p>${withMarkup(t('refused.text', { link: '{link}' }), { link })}</p>`,
    links,
    words,
  );
};

/** Counted before the token is read (the limit protects the look-up): Danish. */
export const tooManyPage = (links: CitizenPageLinks): string =>
  citizenPage(DANISH.page('tooMany.title'), html`<p>${DANISH.page('tooMany.text')}</p>`, links);
