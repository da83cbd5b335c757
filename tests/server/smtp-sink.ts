// A real SMTP server on 127.0.0.1 (the `smtp-server` package) that keeps every message it is
// given, for the mail tests: the receiver's nodemailer talks to it over a socket exactly as to the
// municipality's mail server. Plain SMTP, no STARTTLS unless asked (then with smtp-server's own
// self-signed certificate), any or no login (each one recorded). It can refuse addresses at RCPT
// TO, and hold messages: read their data but never answer "250", as a server does while a sender
// is killed mid-send.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  readonly from: string;
  readonly to: readonly string[];
  readonly headers: Readonly<Record<string, string>>;
  readonly subject: string;
  /** The decoded text body. */
  readonly text: string;
  readonly raw: string;
}

export interface SmtpSinkOptions {
  /** Offer STARTTLS (the certificate is self-signed: the client must not check it). */
  readonly starttls?: boolean;
  /** The reply code to refuse a recipient with at RCPT TO, or undefined to take it. */
  readonly refuse?: (address: string) => number | undefined;
}

export interface SmtpLogin {
  readonly user: string;
  readonly pass: string;
  /** Whether the session was over TLS when the login came. */
  readonly secure: boolean;
}

export interface SmtpSink {
  readonly url: string;
  /** The messages the sink accepted ("250"), in order. */
  readonly mails: ReceivedMail[];
  /** The messages whose data arrived while `hold` was set, never accepted. */
  readonly held: ReceivedMail[];
  /** Every login a client sent. */
  readonly logins: SmtpLogin[];
  /** While true, a message's data is read but never accepted: its session just hangs. */
  hold: boolean;
  /** How many messages' data arrived, accepted or held. */
  arrived(): number;
  /** Resolves once `count` messages' data arrived in all (accepted or held). */
  waitForArrived(count: number, timeoutMs?: number): Promise<void>;
  /** Resolves once `count` mails in all have arrived (or fails after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  close(): Promise<void>;
}

function decodeBody(body: string, encoding: string): string {
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString();
  if (encoding !== 'quoted-printable') return body;
  const bytes: number[] = [];
  const text = body.replace(/=\r?\n/g, '');
  for (let i = 0; i < text.length; i++) {
    const hex = text[i] === '=' ? text.slice(i + 1, i + 3) : '';
    if (/^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else bytes.push(...Buffer.from(text[i]!));
  }
  return Buffer.from(bytes).toString();
}

/** RFC 2047 encoded words (`=?UTF-8?Q?Bekr=C3=A6ft?=`), as a non-ASCII subject is sent. */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([\w-]+)\?([QqBb])\?([^?]*)\?=/g, (_, _charset, kind: string, text: string) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString()
        : decodeBody(text.replaceAll('_', ' '), 'quoted-printable'),
    );
}

function parseMail(raw: string, from: string, to: string[]): ReceivedMail {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const headers: Record<string, string> = {};
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
  }
  const encoding = (headers['content-transfer-encoding'] ?? '7bit').toLowerCase();
  const text = decodeBody(raw.slice(split + 4), encoding).replace(/\r\n/g, '\n');
  return { from, to, headers, subject: decodeWords(headers.subject ?? ''), text, raw };
}

async function until(done: () => boolean, what: () => string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(what());
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export async function startSmtpSink(options: SmtpSinkOptions = {}): Promise<SmtpSink> {
  const mails: ReceivedMail[] = [];
  const held: ReceivedMail[] = [];
  const logins: SmtpLogin[] = [];
  let arrived = 0;
  const sink = { hold: false };
  const server = new SMTPServer({
    disabledCommands: options.starttls ? [] : ['STARTTLS'],
    authOptional: true,
    // With STARTTLS offered, a login before it is refused ("538"), as real servers do.
    allowInsecureAuth: !options.starttls,
    logger: false,
    onAuth(auth, session, callback) {
      logins.push({
        user: auth.username ?? '',
        pass: auth.password ?? '',
        secure: Boolean(session.secure),
      });
      callback(null, { user: auth.username ?? '' });
    },
    onRcptTo(address, _session, callback) {
      const code = options.refuse?.(address.address);
      if (code === undefined) return callback();
      callback(
        Object.assign(new Error(`<${address.address}>: Recipient address rejected`), {
          responseCode: code,
        }),
      );
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      const holding = sink.hold;
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        arrived += 1;
        const mail = parseMail(
          Buffer.concat(chunks).toString(),
          session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          session.envelope.rcptTo.map((rcpt) => rcpt.address),
        );
        // Held: no reply at all, so the sender waits as for a slow server.
        if (holding) return held.push(mail);
        mails.push(mail);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return Object.assign(sink, {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    held,
    logins,
    arrived: () => arrived,
    waitForArrived: (count: number, timeoutMs = 10_000) =>
      until(
        () => arrived >= count,
        () => `${arrived} of ${count} messages arrived`,
        timeoutMs,
      ),
    async waitFor(count: number, timeoutMs = 10_000) {
      await until(
        () => mails.length >= count,
        () => `${mails.length} of ${count} mails arrived`,
        timeoutMs,
      );
      return mails;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
