// What keeps the mail from becoming a nuisance (issue 18), on an injected clock against a real SMTP
// server on 127.0.0.1: at most 5 news mails to one address in 24 hours, the rest gathered into one
// mail the next day; and an address the mail server refuses for good (a 5xx to RCPT TO) gets no
// more mail, which the desk shows where it says the person asked for mails. A refusal that may
// pass (a 4xx) stops nothing.
import { beforeEach, describe, expect, it } from 'vitest';
import { answer, confirmAddress, DAY, mailSuite, mailsTo } from './mail-support';

const HOUR = 60 * 60 * 1000;

describe('limits on the mail to one address', () => {
  let now = Date.parse('2026-11-24T08:00:00Z');
  /** Addresses the server refuses, and how often it was asked for each. */
  const refused = new Map<string, number>();
  const asked = new Map<string, number>();
  const suite = mailSuite({
    clock: () => now,
    sink: {
      refuse: (address) => {
        asked.set(address, (asked.get(address) ?? 0) + 1);
        return refused.get(address);
      },
    },
    // A refusal that may pass is tried again a minute later here.
    receiver: { mailRetryDelaysMs: [60_000] },
    // The refusals are logged as errors; each test starts with none.
    errorsAfterEach: 'allowed',
  });
  beforeEach(() => {
    suite.errors.length = 0;
  });

  const showStatus = async (id: string, status: string) => {
    const shown = await suite.admin.post(`/desk/answers/${id}/status`, {
      status,
      action: 'publish',
    });
    expect(shown.status).toBe(303);
    await suite.receiver.updateMailsSettled();
  };

  it('sends at most 5 news mails a day, and the rest in one mail the next day', async () => {
    const address = 'mange@example.dk';
    const answers = [];
    for (let i = 0; i < 7; i++) answers.push(await answer(suite.receiver, address));
    await confirmAddress(suite.receiver, suite.sink, address);
    // 7 staff actions, an hour apart: each would be a mail of its own.
    for (const { id } of answers) {
      await showStatus(id, 'in-review');
      now += HOUR;
    }
    const today = mailsTo(suite.sink, address);
    expect(today.map((mail) => mail.subject)).toEqual(
      answers.slice(0, 5).map(({ reference }) => `Nyt om dit svar ${reference}`),
    );
    expect(await suite.receiver.db.query('SELECT id FROM mail_queue')).toHaveLength(2);

    // A day after the first of them, less a minute: still waiting. Then one mail with the rest.
    now = Date.parse('2026-11-24T08:00:00Z') + DAY - 60_000;
    await suite.receiver.updateMailsSettled();
    expect(mailsTo(suite.sink, address)).toHaveLength(5);
    now += 2 * 60_000;
    await suite.receiver.updateMailsSettled();
    const [, , , , , nextDay, ...more] = mailsTo(suite.sink, address);
    expect(more).toEqual([]);
    expect(nextDay!.subject).toBe('Nyt om 2 af dine svar');
    expect(nextDay!.text).toContain(`Dit svar ${answers[5]!.reference}`);
    expect(nextDay!.text).toContain(`Dit svar ${answers[6]!.reference}`);
    expect(suite.errors).toEqual([]);
  });

  it('stops mailing an address the server refuses for good, and the desk says so', async () => {
    const address = 'findes.ikke@example.dk';
    const mine = await answer(suite.receiver, address);
    const other = await answer(suite.receiver, address);
    await confirmAddress(suite.receiver, suite.sink, address);
    refused.set(address, 550);
    await showStatus(mine.id, 'in-review');
    expect(mailsTo(suite.sink, address)).toEqual([]);
    expect(asked.get(address)).toBe(2); // the mail asking, then the refused news
    // Logged without the address; the news recorded as not sent.
    expect(suite.errors).toHaveLength(1);
    expect(
      JSON.stringify(suite.errors, (_, v) => (v instanceof Error ? v.message : v)),
    ).not.toContain('findes.ikke');
    const [stopped] = await suite.receiver.db.query<{ email: string | null; stopped_why: string }>(
      `SELECT r.email, r.stopped_why FROM answer_update_addresses a
       JOIN mail_recipients r ON r.id = a.recipient_id WHERE a.submission_id = $1`,
      [mine.id],
    );
    expect(stopped).toEqual({ email: null, stopped_why: 'refused' });
    const [audit] = await suite.receiver.db.query<{ subject: string }>(
      "SELECT subject FROM audit_log WHERE action = 'update-mail-failed'",
    );
    expect(audit?.subject).toBe(mine.reference);

    // Nothing more is even tried: the server is not asked again, for any answer.
    await showStatus(mine.id, 'done');
    await showStatus(other.id, 'done');
    await answer(suite.receiver, address);
    await suite.receiver.updateMailsSettled();
    expect(asked.get(address)).toBe(2);
    for (const { id } of [mine, other]) {
      const desk = await suite.admin.get(`/desk/answers/${id}`);
      expect(desk.body).toContain('mailserveren afviste adressen');
    }
  });

  it('keeps an address a server refuses for now (a 4xx), and sends to it once it takes mail', async () => {
    const address = 'fuld.postkasse@example.dk';
    const mine = await answer(suite.receiver, address);
    await confirmAddress(suite.receiver, suite.sink, address);
    refused.set(address, 452);
    await showStatus(mine.id, 'in-review');
    expect(mailsTo(suite.sink, address)).toEqual([]);
    expect(suite.errors).toHaveLength(1);
    refused.delete(address);
    now += 60_000;
    await suite.receiver.updateMailsSettled();
    const [news, ...more] = mailsTo(suite.sink, address);
    expect(more).toEqual([]);
    expect(news!.text).toContain('Status: Under behandling');
    const desk = await suite.admin.get(`/desk/answers/${mine.id}`);
    expect(desk.body).toContain('Borgeren har bedt om at få en e-mail, når der er nyt.');
  });
});
