// The links in every mail, working without signing in: `/mail/confirm?token=…` confirms an
// address for news, `/mail/unsubscribe?token=…` stops all news mail to it (RFC 8058's one-click
// `List-Unsubscribe`). A GET only shows a page with a button, since mail scanners follow links;
// the POST does it. The token (server/data/mail-tokens.ts) is checked before any query, after the
// rate limit; the page shows the address masked, never in full. A page about a known address
// speaks the language of its most recent answer (issue 22); the others, Danish.
import type { OutgoingHttpHeaders } from 'node:http';
import { type CitizenWords, citizenWords } from '../../utils/i18n/citizen';
import { MAIL_PATHS, type MailLinkPurpose, maskedEmail, readMailToken } from '../data/mail-tokens';
import {
  confirmRecipient,
  findRecipient,
  type Recipient,
  stopRecipient,
  UNCONFIRMED_DAYS_KEPT,
} from '../data/recipients';
import { clientKey } from '../http/client-address';
import { readBody } from '../http/request-body';
import { sendHtml } from '../http/responses';
import { recipientLocale } from '../loop/mail-language';
import { html, type SafeHtml, withMarkup } from '../ui/html';
import { MAIL_PAGE_HEADERS, mailPage, postButton } from '../web/mail-pages';
import type { Handler, RequestContext } from '../web/route';

const send = (
  context: RequestContext,
  status: number,
  title: string,
  body: SafeHtml,
  headers: OutgoingHttpHeaders = {},
  words?: CitizenWords,
) =>
  sendHtml(context.res, status, mailPage(title, body, words), {
    ...MAIL_PAGE_HEADERS,
    ...headers,
  });

/** The words for the address `id`: the language of its most recent answer. */
const wordsOf = async (context: RequestContext, id: string) =>
  citizenWords(await recipientLocale(context.services.db, id));

const GONE = html`<p>Linket er forkert, eller adressen er slettet hos os, fordi den ikke blev bekræftet inden ${UNCONFIRMED_DAYS_KEPT} dage. Vil du have nyt om et svar, så skriv din e-mailadresse igen, næste gang du sender et.</p>`;
const stopped = (
  context: RequestContext,
  title: 'page.stopped.title' | 'page.unsubscribed.title',
  words: CitizenWords,
) =>
  send(context, 200, words.mail(title), html`<p>${words.mail('page.stopped.text')}</p>`, {}, words);

/**
 * The rate limit, then the token: the recipient's id and the page's own URL, or undefined once
 * the refusal is sent. An unknown token costs no query.
 */
function checked(
  context: RequestContext,
  purpose: MailLinkPurpose,
): { id: string; action: string } | undefined {
  const { services, req, url } = context;
  const decision = services.limitMailLinks(clientKey(services.clientOf(req)));
  if (!decision.allowed) {
    send(
      context,
      429,
      'For mange forsøg',
      html`<p>Der er kommet for mange forsøg fra din forbindelse. Prøv igen om lidt.</p>`,
      { 'Retry-After': String(decision.retryAfterSeconds) },
    );
    return undefined;
  }
  const token = url.searchParams.get('token');
  const id = readMailToken(services.desk.secret, purpose, token);
  if (!id || !token) {
    send(context, 404, 'Linket virker ikke', GONE);
    return undefined;
  }
  return { id, action: `${MAIL_PATHS[purpose]}?token=${token}` };
}

/** A message naming the address, masked and in bold. */
const naming = (
  words: CitizenWords,
  key: 'page.confirm.ask' | 'page.confirmed.text' | 'page.unsubscribe.ask',
  recipient: Recipient,
) =>
  withMarkup(words.mail(key, { address: '{address}' }), {
    address: html`<strong>${recipient.email ? maskedEmail(recipient.email) : ''}</strong>`,
  });

const confirmedPage = (
  context: RequestContext,
  recipient: Recipient,
  title: 'page.confirmed.title' | 'page.confirmed.thanks',
  words: CitizenWords,
) =>
  send(
    context,
    200,
    words.mail(title),
    html`<p>${naming(words, 'page.confirmed.text', recipient)}</p>
<p>${words.mail('page.confirmed.stop')}</p>`,
    {},
    words,
  );

export const getConfirm: Handler = async (context) => {
  const link = checked(context, 'confirm');
  if (!link) return;
  const recipient = await findRecipient(context.services.db, link.id);
  if (!recipient) return send(context, 404, 'Linket virker ikke længere', GONE);
  const words = await wordsOf(context, link.id);
  if (recipient.stoppedAt) return stopped(context, 'page.stopped.title', words);
  if (recipient.confirmedAt) {
    return confirmedPage(context, recipient, 'page.confirmed.title', words);
  }
  send(
    context,
    200,
    words.mail('page.confirm.title'),
    html`<p>${naming(words, 'page.confirm.ask', recipient)}</p>
${postButton(link.action, words.mail('page.confirm.button'))}
<p>${words.mail('page.confirm.ignore', { days: UNCONFIRMED_DAYS_KEPT })}</p>`,
    {},
    words,
  );
};

export const postConfirm: Handler = async (context) => {
  const link = checked(context, 'confirm');
  if (!link) return;
  const { db } = context.services;
  const outcome = await confirmRecipient(db, link.id, new Date(context.services.clock()));
  if (outcome === 'gone') return send(context, 404, 'Linket virker ikke længere', GONE);
  const words = await wordsOf(context, link.id);
  if (outcome === 'stopped') return stopped(context, 'page.stopped.title', words);
  // What waited for the confirmation goes now.
  context.services.mail.wake();
  const recipient = await findRecipient(db, link.id);
  if (!recipient) return send(context, 404, 'Linket virker ikke længere', GONE);
  confirmedPage(context, recipient, 'page.confirmed.thanks', words);
};

const UNSUBSCRIBE_FIELD = { 'List-Unsubscribe': 'One-Click' };

export const getUnsubscribe: Handler = async (context) => {
  const link = checked(context, 'unsubscribe');
  if (!link) return;
  const recipient = await findRecipient(context.services.db, link.id);
  if (!recipient) {
    return send(
      context,
      200,
      'Adressen er slettet',
      html`<p>Vi har ikke længere adressen, så der sendes ingen e-mails til den.</p>`,
    );
  }
  const words = await wordsOf(context, link.id);
  if (recipient.stoppedAt) return stopped(context, 'page.unsubscribed.title', words);
  send(
    context,
    200,
    words.mail('page.unsubscribe.title'),
    html`<p>${naming(words, 'page.unsubscribe.ask', recipient)}</p>
${postButton(link.action, words.mail('page.unsubscribe.button'), UNSUBSCRIBE_FIELD)}
<p>${words.mail('page.unsubscribe.still')}</p>`,
    {},
    words,
  );
};

/** RFC 8058: a form (urlencoded or multipart) whose field `List-Unsubscribe` is `One-Click`. */
function isOneClick(contentType: string | undefined, body: string): boolean {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'application/x-www-form-urlencoded') {
    return new URLSearchParams(body).get('List-Unsubscribe') === 'One-Click';
  }
  if (type === 'multipart/form-data') {
    return /name="?List-Unsubscribe"?\r?\n(?:[^\r\n]+\r?\n)*\r?\nOne-Click\r?\n/.test(body);
  }
  return false;
}

export const postUnsubscribe: Handler = async (context) => {
  const link = checked(context, 'unsubscribe');
  if (!link) return;
  const { req, services } = context;
  const body = await readBody(req, { maxBytes: 4096, timeoutMs: services.config.bodyTimeoutMs });
  const words = await wordsOf(context, link.id);
  if (!body.ok || !isOneClick(req.headers['content-type'], body.text)) {
    return send(
      context,
      400,
      words.mail('page.refused.title'),
      html`<p>${words.mail('page.refused.text')}</p>`,
      body.ok ? {} : { Connection: 'close' },
      words,
    );
  }
  const outcome = await stopRecipient(
    services.db,
    link.id,
    'unsubscribed',
    new Date(services.clock()),
  );
  if (outcome === 'gone') {
    return send(
      context,
      200,
      'Adressen er slettet',
      html`<p>Vi har ikke længere adressen, så der sendes ingen e-mails til den.</p>`,
    );
  }
  stopped(context, 'page.unsubscribed.title', words);
};
