// The links in every mail, working without signing in: `/mail/confirm?token=…` confirms an
// address for news, `/mail/unsubscribe?token=…` stops all news mail to it (RFC 8058's one-click
// `List-Unsubscribe`). A GET only shows a page with a button, since mail scanners follow links;
// the POST does it. The token (server/data/mail-tokens.ts) is checked before any query, after the
// rate limit; the page shows the address masked, never in full.
import type { OutgoingHttpHeaders } from 'node:http';
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
import { html, type SafeHtml } from '../ui/html';
import { MAIL_PAGE_HEADERS, mailPage, postButton } from '../web/mail-pages';
import type { Handler, RequestContext } from '../web/route';

const send = (
  context: RequestContext,
  status: number,
  title: string,
  body: SafeHtml,
  headers: OutgoingHttpHeaders = {},
) => sendHtml(context.res, status, mailPage(title, body), { ...MAIL_PAGE_HEADERS, ...headers });

const GONE = html`<p>Linket er forkert, eller adressen er slettet hos os, fordi den ikke blev bekræftet inden ${UNCONFIRMED_DAYS_KEPT} dage. Vil du have nyt om et svar, så skriv din e-mailadresse igen, næste gang du sender et.</p>`;
const STOPPED = html`<p>Der sendes ingen e-mails om nyt til adressen. Du skal ikke gøre mere.</p>`;

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

const shown = (recipient: Recipient) =>
  recipient.email ? html` til <strong>${maskedEmail(recipient.email)}</strong>` : '';

const confirmedPage = (context: RequestContext, recipient: Recipient, title: string) =>
  send(
    context,
    200,
    title,
    html`<p>Du får en e-mail${shown(recipient)}, når kommunen har nyt om dit svar. Nyt, der allerede venter, kommer samlet i én e-mail.</p>
<p>Vil du ikke have flere e-mails, er der et link til at afmelde dem i hver e-mail.</p>`,
  );

export const getConfirm: Handler = async (context) => {
  const link = checked(context, 'confirm');
  if (!link) return;
  const recipient = await findRecipient(context.services.db, link.id);
  if (!recipient) return send(context, 404, 'Linket virker ikke længere', GONE);
  if (recipient.stoppedAt) return send(context, 200, 'Du får ikke e-mails om nyt', STOPPED);
  if (recipient.confirmedAt) {
    return confirmedPage(context, recipient, 'Din e-mailadresse er bekræftet');
  }
  send(
    context,
    200,
    'Bekræft din e-mailadresse',
    html`<p>Vil du have en e-mail${shown(recipient)}, når kommunen har nyt om de svar, du har sendt?</p>
${postButton(link.action, 'Ja, send mig nyt på e-mail')}
<p>Vil du ikke det, skal du ikke gøre noget. Adressen slettes, hvis den ikke bliver bekræftet inden ${UNCONFIRMED_DAYS_KEPT} dage.</p>`,
  );
};

export const postConfirm: Handler = async (context) => {
  const link = checked(context, 'confirm');
  if (!link) return;
  const { db } = context.services;
  const outcome = await confirmRecipient(db, link.id, new Date(context.services.clock()));
  if (outcome === 'gone') return send(context, 404, 'Linket virker ikke længere', GONE);
  if (outcome === 'stopped') return send(context, 200, 'Du får ikke e-mails om nyt', STOPPED);
  // What waited for the confirmation goes now.
  context.services.mail.wake();
  const recipient = await findRecipient(db, link.id);
  if (!recipient) return send(context, 404, 'Linket virker ikke længere', GONE);
  confirmedPage(context, recipient, 'Tak. Din e-mailadresse er bekræftet');
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
  if (recipient.stoppedAt) return send(context, 200, 'Du er afmeldt', STOPPED);
  send(
    context,
    200,
    'Afmeld e-mails om nyt',
    html`<p>Vil du ikke have flere e-mails${shown(recipient)} om nyt om dine svar?</p>
${postButton(link.action, 'Afmeld e-mails', UNSUBSCRIBE_FIELD)}
<p>Du kan stadig se status og kommunens besked på den side, hvor du sendte dit svar.</p>`,
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
  if (!body.ok || !isOneClick(req.headers['content-type'], body.text)) {
    return send(
      context,
      400,
      'Afmeldingen blev afvist',
      html`<p>Afmeldingen kom ikke fra knappen. Åbn linket i e-mailen igen, og tryk på knappen.</p>`,
      body.ok ? {} : { Connection: 'close' },
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
  send(context, 200, 'Du er afmeldt', STOPPED);
};
