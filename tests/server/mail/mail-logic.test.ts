// The mail queue's pure parts: the links' tokens, what an SMTP failure means, the TLS rule for a
// login, and what the mails say (only the database's words, never a client's).
import { describe, expect, it } from 'vitest';
import {
  emailKey,
  mailLinkUrl,
  mailToken,
  maskedEmail,
  readMailToken,
} from '../../../server/data/mail-tokens';
import { composeConfirmMail } from '../../../server/loop/confirm-mail';
import { classifyFailure, withoutAddresses } from '../../../server/loop/mail-sender';
import { smtpUrlWithPolicy } from '../../../server/loop/smtp-transport';
import { composeUpdateMail } from '../../../server/loop/update-mail';

const SECRET = 'a-receiver-secret-of-enough-length-0123456789';
const ID = '0d9c6f3e-5b1a-4c8e-9f2d-7a6b5c4d3e2f';

describe('mail link tokens', () => {
  it('carry the recipient, 256 bits of HMAC, and work for their purpose only', () => {
    const confirm = mailToken(SECRET, 'confirm', ID);
    expect(confirm).toMatch(/^[\w-]{64}$/);
    expect(readMailToken(SECRET, 'confirm', confirm)).toBe(ID);
    expect(readMailToken(SECRET, 'unsubscribe', confirm)).toBeUndefined();
    expect(readMailToken(`${SECRET}x`, 'confirm', confirm)).toBeUndefined();
    expect(mailToken(SECRET, 'confirm', ID.toUpperCase())).toBe(confirm);
    // Any one character changed: refused.
    for (const at of [0, 21, 22, 63]) {
      const flipped = confirm[at] === 'A' ? 'B' : 'A';
      const tampered = confirm.slice(0, at) + flipped + confirm.slice(at + 1);
      expect(readMailToken(SECRET, 'confirm', tampered), `at ${at}`).toBeUndefined();
    }
    for (const junk of [
      undefined,
      null,
      '',
      'x',
      `${confirm}=`,
      confirm.slice(1),
      '-'.repeat(64),
    ]) {
      expect(readMailToken(SECRET, 'confirm', junk)).toBeUndefined();
    }
    expect(mailLinkUrl('https://samskab.lunde.dk', SECRET, 'unsubscribe', ID)).toBe(
      `https://samskab.lunde.dk/mail/unsubscribe?token=${mailToken(SECRET, 'unsubscribe', ID)}`,
    );
  });

  it('find an address again by its keyed hash, whatever its case and spaces', () => {
    expect(emailKey(SECRET, ' Karen@Example.DK ')).toBe(emailKey(SECRET, 'karen@example.dk'));
    expect(emailKey(SECRET, 'karen@example.dk')).not.toBe(
      emailKey(`${SECRET}x`, 'karen@example.dk'),
    );
    expect(emailKey(SECRET, 'karen@example.dk')).not.toContain('karen');
  });

  it('mask an address on the pages', () => {
    expect(maskedEmail('karen.nyt@example.dk')).toBe('k…@example.dk');
    expect(maskedEmail('@x')).toBe('…');
  });
});

describe('what an SMTP failure means', () => {
  const smtpError = (code: string, command: string, responseCode?: number) =>
    Object.assign(new Error(`${responseCode} <karen@example.dk> no`), {
      code,
      command,
      responseCode,
    });

  it('stops an address only for a permanent refusal of the recipient', () => {
    expect(classifyFailure(smtpError('EENVELOPE', 'RCPT TO', 550))).toBe('address-refused');
    expect(classifyFailure(smtpError('EENVELOPE', 'RCPT TO', 450))).toBe('may-pass');
    expect(classifyFailure(smtpError('EMESSAGE', 'DATA', 554))).toBe('mail-refused');
    // The set-up's faults are not the citizen's: a wrong password, a refused sender, no STARTTLS.
    expect(classifyFailure(smtpError('EAUTH', 'AUTH PLAIN', 535))).toBe('may-pass');
    expect(classifyFailure(smtpError('EENVELOPE', 'MAIL FROM', 553))).toBe('may-pass');
    expect(classifyFailure(smtpError('ETLS', 'STARTTLS'))).toBe('may-pass');
    expect(classifyFailure(new Error('connect ECONNREFUSED'))).toBe('may-pass');
    expect(classifyFailure(undefined)).toBe('may-pass');
  });

  it('keeps addresses out of what is logged', () => {
    const clean = withoutAddresses(smtpError('EENVELOPE', 'RCPT TO', 550));
    expect(clean.message).toBe('550 <[adresse]> no');
    expect(clean).toMatchObject({ code: 'EENVELOPE' });
  });
});

describe('SMTP logins over TLS only', () => {
  it('requires STARTTLS for smtp:// with a login, unless ?insecure=1 says otherwise', () => {
    const required = new URL(smtpUrlWithPolicy('smtp://samskab:hemmeligt@mail.lunde.dk:587'));
    expect(required.searchParams.get('requireTLS')).toBe('true');
    expect(required.password).toBe('hemmeligt');
    // What would let the session stay in plain text is dropped.
    const forced = new URL(
      smtpUrlWithPolicy('smtp://samskab:x@mail.lunde.dk?ignoreTLS=true&opportunisticTLS=true'),
    );
    expect(forced.searchParams.get('ignoreTLS')).toBeNull();
    expect(forced.searchParams.get('opportunisticTLS')).toBeNull();
    expect(forced.searchParams.get('requireTLS')).toBe('true');
    const optedOut = new URL(smtpUrlWithPolicy('smtp://samskab:x@127.0.0.1:25?insecure=1'));
    expect(optedOut.searchParams.get('requireTLS')).toBeNull();
    expect(optedOut.searchParams.get('insecure')).toBeNull();
    // No login: nothing secret to protect; smtps:// is TLS from the start.
    expect(smtpUrlWithPolicy('smtp://mail.lunde.dk:25')).toBe('smtp://mail.lunde.dk:25');
    expect(smtpUrlWithPolicy('smtps://samskab:x@mail.lunde.dk:465')).toBe(
      'smtps://samskab:x@mail.lunde.dk:465',
    );
  });
});

describe('what the mails say', () => {
  const links = {
    statusUrl: (id: string) => `https://samskab.lunde.dk/api/status/${id}`,
    confirmUrl: 'https://samskab.lunde.dk/mail/confirm?token=c',
    unsubscribeUrl: 'https://samskab.lunde.dk/mail/unsubscribe?token=u',
  };
  const news = (reference: string, challengeTitle?: string, reply?: string) => ({
    report: {
      reference,
      status: 'in-review' as const,
      updatedAt: '2026-11-24T10:00:00.000Z',
      ...(reply && { reply }),
    },
    challengeTitle,
    statusUrl: links.statusUrl(reference),
  });

  it('names a known challenge, and none for one the receiver does not know', () => {
    const one = composeUpdateMail(
      [news('SK-AAAAAA', 'Færre ensomme aftener')],
      links.unsubscribeUrl,
    );
    expect(one.subject).toBe('Nyt om dit svar SK-AAAAAA');
    expect(one.text).toContain(
      'Kommunen har nyt om dit svar SK-AAAAAA til udfordringen "Færre ensomme aftener".',
    );
    const unknown = composeUpdateMail([news('SK-BBBBBB')], links.unsubscribeUrl);
    expect(unknown.text).toContain('Kommunen har nyt om dit svar SK-BBBBBB.');
    expect(unknown.text).not.toContain('til udfordringen');
    expect(unknown.text).toContain(
      `Vil du ikke have flere e-mails om nyt: ${links.unsubscribeUrl}`,
    );
  });

  it('lists several answers in one mail', () => {
    const mail = composeUpdateMail(
      [news('SK-AAAAAA', 'En', 'Tak.'), news('SK-BBBBBB'), news('SK-CCCCCC', 'Tre')],
      links.unsubscribeUrl,
    );
    expect(mail.subject).toBe('Nyt om 3 af dine svar');
    expect(mail.text).toContain('Dit svar SK-AAAAAA til udfordringen "En":');
    expect(mail.text).toContain('Dit svar SK-BBBBBB:');
    expect(mail.text).toContain('Kommunens besked til dig:\nTak.');
    expect(mail.text.match(/Se status og kommunens besked her/g)).toHaveLength(3);
  });

  it("asks to confirm with nothing but the links: no answer, no challenge, no one's words", () => {
    const mail = composeConfirmMail(links);
    expect(mail.subject).toBe('Bekræft din e-mailadresse til nyt om dit svar');
    expect(mail.text).toContain(links.confirmUrl);
    expect(mail.text).toContain(links.unsubscribeUrl);
    expect(mail.text).toContain('højst én e-mail som denne i døgnet');
    expect(mail.text).not.toMatch(/SK-|udfordringen "/);
  });
});
