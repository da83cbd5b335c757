// The SMTP connection made from SAMSKAB_SMTP_URL. nodemailer's own default for `smtp://` is
// STARTTLS when the server offers it and plain text when it does not, so a server (or anyone
// between) that leaves STARTTLS out of its EHLO would be sent the password in clear. Here a URL
// with a user name or password gets STARTTLS required: without it the login is never sent, and
// the mail waits in the queue. `?insecure=1` is the explicit, documented way to allow a password
// without TLS (a mail relay on the same machine); `smtps://` is TLS from the first byte anyway.
import nodemailer from 'nodemailer';

/** The options the receiver adds to the URL's: timeouts that fit inside a sender's claim. */
export const SMTP_TIMEOUTS = {
  connectionTimeout: 30_000,
  greetingTimeout: 30_000,
  socketTimeout: 60_000,
  dnsTimeout: 30_000,
} as const;

/** The URL nodemailer is given: TLS required for a login unless `insecure=1` says otherwise. */
export function smtpUrlWithPolicy(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  const insecure = url.searchParams.get('insecure') === '1';
  url.searchParams.delete('insecure');
  const login = url.username !== '' || url.password !== '';
  if (url.protocol === 'smtp:' && login && !insecure) {
    // Anything in the URL that would let the session stay in plain text goes.
    url.searchParams.delete('ignoreTLS');
    url.searchParams.delete('opportunisticTLS');
    url.searchParams.set('requireTLS', 'true');
  }
  return url.href;
}

/** What of nodemailer's transporter the sender uses, so tests can hand in a failing one. */
export interface MailTransport {
  sendMail(message: OutgoingMail): Promise<unknown>;
  close?(): void;
}

export interface OutgoingMail {
  readonly from: string;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly messageId: string;
  /** `List-Unsubscribe` (nodemailer writes the header from this). */
  readonly list: { readonly unsubscribe: { readonly url: string } };
  /** Fixed texts only: never anything a client sent. */
  readonly headers: Readonly<Record<string, string>>;
}

export const createSmtpTransport = (smtpUrl: string): MailTransport =>
  nodemailer.createTransport({ url: smtpUrlWithPolicy(smtpUrl), ...SMTP_TIMEOUTS });
