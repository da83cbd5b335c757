// Finding 6 of issue 18: with `smtp://user:pass@…` and a server (or someone in between) that
// leaves STARTTLS out, nodemailer sent the password in clear. Against real SMTP servers on
// 127.0.0.1 (tests/server/smtp-sink.ts): a server without STARTTLS is never sent the login, and
// the mail waits in the queue; the documented `?insecure=1` is the only way to allow it; a server
// offering STARTTLS gets the login over TLS and the mail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSmtpTransport } from '../../../server/loop/smtp-transport';
import type { RunningReceiver } from '../../../server/start';
import { postSubmission, startTestReceiver, validSubmission } from '../fixtures';
import { type SmtpSink, startSmtpSink } from '../smtp-sink';
import { FROM } from './mail-support';

const LOGIN = 'samskab:hemmeligt-kodeord';
const MAIL = {
  from: 'samskab@lunde.dk',
  to: 'karen.nyt@example.dk',
  subject: 'Test',
  text: 'Test',
  messageId: '<test@lunde.dk>',
  list: { unsubscribe: { url: 'https://samskab.lunde.dk/mail/unsubscribe?token=t' } },
  headers: {},
};
const withLogin = (sink: SmtpSink, query = '') =>
  `${sink.url.replace('smtp://', `smtp://${LOGIN}@`)}${query}`;

describe('SMTP credentials over TLS only', () => {
  let plain: SmtpSink;
  let receiver: RunningReceiver;
  let errors: unknown[];

  beforeAll(async () => {
    plain = await startSmtpSink();
    ({ receiver, errors } = await startTestReceiver({
      smtpUrl: withLogin(plain),
      mailFrom: FROM,
    }));
  }, 90_000);
  afterAll(async () => {
    await receiver?.close();
    await plain?.close();
  });

  it('never sends the login to a server without STARTTLS, and keeps the mail queued', async () => {
    const response = await postSubmission(receiver, {
      ...validSubmission('need'),
      updates: { email: 'karen.nyt@example.dk' },
    });
    expect(response.status).toBe(201);
    await receiver.updateMailsSettled();
    expect(plain.logins).toEqual([]);
    expect(plain.arrived()).toBe(0);
    expect(errors).toHaveLength(1);
    expect(String((errors[0] as { error: Error }).error)).toMatch(/STARTTLS/);
    expect(String((errors[0] as { error: Error }).error)).not.toContain('hemmeligt');
    const [queued] = await receiver.db.query<{ attempts: number; last_error: string }>(
      'SELECT attempts, last_error FROM mail_queue',
    );
    expect(queued).toMatchObject({ attempts: 1 });
  });

  it('sends it in clear only when the URL says ?insecure=1', async () => {
    const strict = createSmtpTransport(withLogin(plain));
    try {
      await expect(strict.sendMail(MAIL)).rejects.toThrow(/STARTTLS/);
    } finally {
      strict.close?.();
    }
    expect(plain.logins).toEqual([]);
    // The same server: what nodemailer did before for any smtp:// URL with a login.
    const transport = createSmtpTransport(withLogin(plain, '?insecure=1'));
    try {
      await transport.sendMail(MAIL);
    } finally {
      transport.close?.();
    }
    expect(plain.logins).toEqual([{ user: 'samskab', pass: 'hemmeligt-kodeord', secure: false }]);
  });

  it('logs in over STARTTLS when the server offers it', async () => {
    const tls = await startSmtpSink({ starttls: true });
    // smtp-server's own certificate is self-signed: this test does not check it.
    const transport = createSmtpTransport(withLogin(tls, '?tls.rejectUnauthorized=false'));
    try {
      await transport.sendMail(MAIL);
      expect(tls.logins).toEqual([{ user: 'samskab', pass: 'hemmeligt-kodeord', secure: true }]);
      expect(tls.mails).toHaveLength(1);
    } finally {
      transport.close?.();
      await tls.close();
    }
  });
});
