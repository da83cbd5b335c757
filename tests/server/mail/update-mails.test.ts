// Update mails against a real SMTP server on 127.0.0.1 (tests/server/smtp-sink.ts), to addresses
// their owner confirmed (confirmation.test.ts tests the confirming): one short Danish mail per
// publish to the address the envelope gave in `updates.email`, none for a saved draft or an
// unshown status, one per address in a bulk publish, none without SMTP configured, a failing
// server never failing the staff's action, and the address deleted 30 days after the challenge
// closed (the retention job, on the injected clock) and when the answer is erased.
// (Moved from tests/server/update-mail.test.ts when the mail queue came, issue 18.)
import { describe, expect, it } from 'vitest';
import { closeChallenge } from '../../../server/data/challenge-store';
import { applyRetention } from '../../../server/data/retention';
import type { MailTransport } from '../../../server/loop/smtp-transport';
import type { Submission } from '../../../utils/schema/index';
import { signedIn } from '../desk/desk-client';
import { challenge } from '../desk/privacy-support';
import { postSubmission, startTestReceiver, validSubmission } from '../fixtures';
import {
  confirmAddress,
  DAY,
  LUNDE,
  linkIn,
  mailSuite,
  answer as postAnswer,
  pressButton,
  addressOf as storedAddress,
} from './mail-support';

describe('update mails', () => {
  let now = Date.parse('2026-11-24T10:00:00Z');
  const suite = mailSuite({ clock: () => now, seed: [LUNDE, challenge('lukkes-snart')] });

  /**
   * An answer whose author asked for news at `email`, and confirmed the address from the mail
   * asking them to; its id, reference and status link.
   */
  async function answer(email: string | undefined, challengeId = LUNDE.id) {
    const mine = await postAnswer(suite.receiver, email, { challengeId });
    if (email) await confirmAddress(suite.receiver, suite.sink, email);
    return mine;
  }
  const addressOf = (id: string) => storedAddress(suite.receiver, id);

  it('sends one Danish mail with the reply, the status and the link when a reply is published', async () => {
    const mine = await answer('karen.nyt@example.dk');
    await suite.admin.post(`/desk/answers/${mine.id}/status`, {
      status: 'in-review',
      action: 'save',
    });
    await suite.admin.post(`/desk/answers/${mine.id}/reply`, {
      reply: 'Tak. Vi taler med Købmandsgården i næste uge.',
      action: 'save',
    });
    await suite.receiver.updateMailsSettled();
    expect(suite.sink.mails).toEqual([]);

    const published = await suite.admin.post(`/desk/answers/${mine.id}/reply`, {
      reply: 'Tak. Vi taler med Købmandsgården i næste uge.',
      action: 'publish',
    });
    expect(published.status).toBe(303);
    const [mail] = await suite.sink.waitFor(1);
    await suite.receiver.updateMailsSettled();
    expect(suite.sink.mails).toHaveLength(1);
    expect(mail!.to).toEqual(['karen.nyt@example.dk']);
    expect(mail!.from).toBe('samskab@lunde.dk');
    expect(mail!.headers.from).toContain('samskab@lunde.dk');
    expect(mail!.subject).toBe(`Nyt om dit svar ${mine.reference}`);
    expect(mail!.headers['content-type']).toMatch(/^text\/plain/);
    expect(mail!.text).toContain(`Kommunen har nyt om dit svar ${mine.reference}`);
    expect(mail!.text).toContain('"Færre ensomme aftener for ældre i Lunde"');
    expect(mail!.text).toContain('Status: Under behandling');
    expect(mail!.text).toContain('Tak. Vi taler med Købmandsgården i næste uge.');
    expect(mail!.text).toContain(`Se status og kommunens besked her: ${mine.statusUrl}`);
    expect(mail!.text).toContain('slettes\n30 dage efter, at udfordringen er lukket');
    // The way out, in the text and as RFC 8058's one-click headers; no header holds a client's words.
    const unsubscribe = linkIn(mail!, '/mail/unsubscribe');
    expect(mail!.headers['list-unsubscribe']).toBe(`<${unsubscribe}>`);
    expect(mail!.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    expect(mail!.headers['message-id']).toMatch(/^<[\w-]+@lunde\.dk>$/);
    // Nothing else about the person: not their name, not their contact address.
    expect(mail!.raw).not.toContain('Karen Jensen');
    expect(mail!.raw).not.toContain('karen@example.dk');

    const audit = await suite.receiver.db.query<{
      subject: string;
      staff_id: string;
      detail: null;
    }>("SELECT subject, staff_id, detail FROM audit_log WHERE action = 'update-mail-sent'");
    expect(audit).toEqual([
      { subject: mine.reference, staff_id: suite.admin.staff.id, detail: null },
    ]);
    const log = JSON.stringify(await suite.receiver.db.query('SELECT * FROM audit_log'));
    expect(log).not.toContain('karen.nyt');
  });

  it('sends one for a shown status, none for a saved one, none without an address', async () => {
    const mine = await answer('status.nyt@example.dk');
    const silent = await answer(undefined);
    await suite.admin.post(`/desk/answers/${mine.id}/status`, { status: 'done', action: 'save' });
    await suite.receiver.updateMailsSettled();
    expect(suite.sink.mails).toEqual([]);
    await suite.admin.post(`/desk/answers/${mine.id}/status`, {
      status: 'done',
      action: 'publish',
    });
    await suite.admin.post(`/desk/answers/${silent.id}/status`, {
      status: 'done',
      action: 'publish',
    });
    await suite.receiver.updateMailsSettled();
    expect(suite.sink.mails.map((mail) => mail.subject)).toEqual([
      `Nyt om dit svar ${mine.reference}`,
    ]);
    expect(suite.sink.mails[0]!.text).toContain('Status: Gennemført');
    expect(suite.sink.mails[0]!.text).not.toContain('Kommunens besked til dig');
    // Showing the same status again is no news.
    await suite.admin.post(`/desk/answers/${mine.id}/status`, {
      status: 'done',
      action: 'publish',
    });
    await suite.receiver.updateMailsSettled();
    expect(suite.sink.mails).toHaveLength(1);
  });

  it('sends one mail per address in a bulk publish', async () => {
    const answers = [
      await answer('en@example.dk'),
      await answer('to@example.dk'),
      await answer(undefined),
    ];
    for (const { id } of answers) {
      await suite.admin.post(`/desk/answers/${id}/reply`, {
        reply: 'Fælles svar.',
        action: 'save',
      });
    }
    const bulk = await suite.admin.post('/desk/answers/bulk', {
      id: answers.map(({ id }) => id),
      action: 'publish-replies',
    });
    expect(bulk.status).toBe(303);
    await suite.sink.waitFor(2);
    await suite.receiver.updateMailsSettled();
    expect(suite.sink.mails.map((mail) => mail.to[0]).sort()).toEqual([
      'en@example.dk',
      'to@example.dk',
    ]);
    expect(suite.sink.mails.every((mail) => mail.text.includes('Fælles svar.'))).toBe(true);
  });

  it('deletes the address when the answer is erased', async () => {
    const mine = await answer('slet.mig@example.dk');
    expect(await addressOf(mine.id)).toBe('slet.mig@example.dk');
    const erased = await suite.admin.post('/desk/people/erase', { answer: mine.id, confirm: 'ja' });
    expect(erased.status).toBe(303);
    expect(await addressOf(mine.id)).toBeUndefined();
  });

  // Last: the clock moves a month on, past the desk session's life.
  it('deletes the address 30 days after the challenge closed, and not before', async () => {
    const mine = await answer('lukket@example.dk', 'lukkes-snart');
    const open = await answer('aaben@example.dk');
    await closeChallenge(
      suite.receiver.db,
      'lukkes-snart',
      '',
      suite.admin.staff.id,
      new Date(now),
    );
    now += 29 * DAY;
    await applyRetention(suite.receiver.db, null, new Date(now));
    expect(await addressOf(mine.id)).toBe('lukket@example.dk');
    now += 2 * DAY;
    await applyRetention(suite.receiver.db, null, new Date(now));
    expect(await addressOf(mine.id)).toBeUndefined();
    expect(await addressOf(open.id)).toBe('aaben@example.dk');
    const [audit] = await suite.receiver.db.query<{ detail: string }>(
      "SELECT detail FROM audit_log WHERE action = 'update-addresses-deleted'",
    );
    expect(audit?.detail).toBe('1 adresser');
    // No address, no mail.
    await suite.admin.post(`/desk/answers/${mine.id}/status`, {
      status: 'done',
      action: 'publish',
    });
    await suite.receiver.updateMailsSettled();
    expect(suite.sink.mails).toEqual([]);
  });
});

describe('update mails without SMTP, or with a failing server', () => {
  it('sends nothing, tries nothing and keeps no address when SAMSKAB_SMTP_URL is not set', async () => {
    // A mailer that tried anyway (nodemailer's default is SMTP on localhost) would fail here and
    // leave a logged error and an `update-mail-failed` in the audit log.
    const { receiver, errors } = await startTestReceiver({ mailFrom: 'samskab@lunde.dk' });
    try {
      expect(receiver.config.smtpUrl).toBeUndefined();
      const admin = await signedIn(receiver);
      const submission: Submission = {
        ...validSubmission('need'),
        updates: { email: 'ingen.smtp@example.dk' },
      };
      const response = await postSubmission(receiver, submission);
      expect(response.status).toBe(201);
      // The receipt says so, and an address no mail can go to is not kept.
      expect(await response.json()).toMatchObject({ updates: 'off' });
      expect(await storedAddress(receiver, submission.id)).toBeUndefined();
      const published = await admin.post(`/desk/answers/${submission.id}/reply`, {
        reply: 'Svar.',
        action: 'publish',
      });
      expect(published.location).toContain('besked=reply-published');
      // Every mail started has been sent or given up on by now, its failure logged and audited:
      // a mailer that tried would show below.
      await receiver.updateMailsSettled();
      expect(errors).toEqual([]);
      expect(
        await receiver.db.query("SELECT action FROM audit_log WHERE action LIKE 'update-mail%'"),
      ).toEqual([]);
    } finally {
      await receiver.close();
    }
  });

  it('retries, logs without the address, records the failure, and never fails the publish', async () => {
    // The server takes the mail asking to confirm the address, and then answers every news mail
    // with a failure that may pass (a 4xx): tried again after each delay, then given up.
    const attempts: string[] = [];
    let confirmation: string | undefined;
    const transport: MailTransport = {
      sendMail: async (message) => {
        if (message.subject.startsWith('Bekræft')) {
          confirmation = message.text;
          return;
        }
        attempts.push(message.to);
        throw Object.assign(new Error(`451 <${message.to}>: mailbox busy, try again later`), {
          code: 'EENVELOPE',
          command: 'RCPT TO',
          responseCode: 451,
        });
      },
    };
    const { receiver, errors } = await startTestReceiver({
      smtpUrl: 'smtp://127.0.0.1:9',
      mailFrom: 'samskab@lunde.dk',
      mailRetryDelaysMs: [10, 10],
      mailTransport: transport,
    });
    try {
      const admin = await signedIn(receiver);
      const submission: Submission = {
        ...validSubmission('need'),
        updates: { email: 'fejler@example.dk' },
      };
      const response = await postSubmission(receiver, submission);
      const { reference } = (await response.json()) as { reference: string };
      await receiver.updateMailsSettled();
      const confirm = /http\S+\/mail\/confirm\?token=[\w-]+/.exec(confirmation ?? '')?.[0];
      expect((await pressButton(confirm!)).status).toBe(200);
      const published = await admin.post(`/desk/answers/${submission.id}/reply`, {
        reply: 'Svar.',
        action: 'publish',
      });
      expect(published.status).toBe(303);
      expect(published.location).toContain('besked=reply-published');
      // Given up once nothing is left in the queue: no attempt can follow.
      await expect
        .poll(async () => {
          await receiver.updateMailsSettled();
          return (await receiver.db.query('SELECT id FROM mail_queue')).length;
        })
        .toBe(0);
      expect(attempts).toEqual(['fejler@example.dk', 'fejler@example.dk', 'fejler@example.dk']);
      expect(errors).toHaveLength(3);
      expect(
        JSON.stringify(errors.map((e) => String((e as { error: Error }).error))),
      ).not.toContain('fejler@');
      const audit = await receiver.db.query<{ subject: string; detail: string }>(
        "SELECT subject, detail FROM audit_log WHERE action LIKE 'update-mail%'",
      );
      expect(audit).toEqual([
        { subject: reference, detail: '451 <[adresse]>: mailbox busy, try again later' },
      ]);
    } finally {
      await receiver.close();
    }
  });
});
