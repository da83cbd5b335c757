// The mail queue with two receivers on one database of the run's throwaway PostgreSQL, both
// sending to one SMTP server and looking for work every 50 ms, so they race for every row: a mail
// is never sent twice (every Message-ID once, every answer's news in exactly one mail, as many
// mails as recorded), and every address is claimed by one sender at a time.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../../server/data/db';
import { claimRecipient, queueMail } from '../../../server/data/mail-queue';
import { migrate } from '../../../server/data/migrations';
import { recipientFor } from '../../../server/data/recipients';
import type { RunningReceiver } from '../../../server/start';
import { type DeskClient, signedIn } from '../desk/desk-client';
import { postSubmission, startTestReceiver, validSubmission } from '../fixtures';
import { freshPostgresDatabase, skipPostgres, type TestPostgresDatabase } from '../postgres';
import { type SmtpSink, startSmtpSink } from '../smtp-sink';
import { FROM, isConfirmation, LUNDE, linkIn, pressButton } from './mail-support';

const ADDRESSES = Array.from({ length: 10 }, (_, i) => `borger${i}@example.dk`);

describe.skipIf(skipPostgres)('two receivers on one PostgreSQL', () => {
  let pg: TestPostgresDatabase;
  let sink: SmtpSink;
  const receivers: RunningReceiver[] = [];

  beforeAll(async () => {
    pg = await freshPostgresDatabase();
    sink = await startSmtpSink();
    for (let i = 0; i < 2; i++) {
      const { receiver } = await startTestReceiver({
        database: { kind: 'postgres', url: pg.url },
        seed: [LUNDE],
        smtpUrl: sink.url,
        mailFrom: FROM,
        mailPollMs: 50,
      });
      receivers.push(receiver);
    }
  }, 60_000);
  afterAll(async () => {
    for (const receiver of receivers) await receiver.close();
    await sink?.close();
    await pg?.drop();
  });

  const settled = () => Promise.all(receivers.map((receiver) => receiver.updateMailsSettled()));
  const queueIsEmpty = async () => {
    await settled();
    return (await receivers[0]!.db.query('SELECT id FROM mail_queue')).length === 0;
  };

  it('never sends a mail twice', async () => {
    const [a, b] = receivers as [RunningReceiver, RunningReceiver];
    // Two answers per address, each posted to the other receiver.
    const answers: { id: string; reference: string; email: string }[] = [];
    for (const [i, email] of ADDRESSES.entries()) {
      for (const receiver of i % 2 ? [a, b] : [b, a]) {
        const submission = { ...validSubmission(), updates: { email } };
        const response = await postSubmission(receiver, submission);
        expect(response.status).toBe(201);
        const { reference } = (await response.json()) as { reference: string };
        answers.push({ id: submission.id, reference, email });
      }
    }
    await expect.poll(queueIsEmpty, { timeout: 60_000 }).toBe(true);
    expect(
      sink.mails
        .filter(isConfirmation)
        .map((mail) => mail.to[0])
        .sort(),
    ).toEqual([...ADDRESSES].sort());
    for (const mail of sink.mails)
      expect((await pressButton(linkIn(mail, '/mail/confirm'))).status).toBe(200);

    // Two rounds of two staff clicks at the same moment, one on each receiver.
    const desks: DeskClient[] = [await signedIn(a), await signedIn(b)];
    for (const status of ['in-review', 'taken-forward']) {
      await Promise.all(
        desks.map((desk, i) =>
          desk.post('/desk/answers/bulk', {
            id: answers.filter((_, n) => n % 2 === i).map(({ id }) => id),
            action: 'status',
            status,
            show: 'ja',
          }),
        ),
      );
    }
    await expect.poll(queueIsEmpty, { timeout: 60_000 }).toBe(true);

    const news = sink.mails.filter((mail) => !isConfirmation(mail));
    const ids = sink.mails.map((mail) => mail.headers['message-id']);
    expect(new Set(ids).size).toBe(ids.length);
    const sent = await a.db.query<{ reason: string }>('SELECT reason FROM mail_sent');
    expect(sent.filter((row) => row.reason === 'update')).toHaveLength(news.length);
    expect(sent.filter((row) => row.reason === 'confirm')).toHaveLength(ADDRESSES.length);
    // Each answer's news of each round in exactly one mail, to its own address.
    for (const { reference, email } of answers) {
      const about = news.filter((mail) => mail.text.includes(`svar ${reference}`));
      const statuses = about.flatMap((mail) =>
        [...mail.text.matchAll(new RegExp(`svar ${reference}[^]*?Status: ([^\\n]+)`, 'g'))].map(
          (match) => match[1],
        ),
      );
      expect(about.every((mail) => mail.to[0] === email)).toBe(true);
      expect(statuses.length, reference).toBeLessThanOrEqual(2);
      expect(statuses.length, reference).toBeGreaterThanOrEqual(1);
    }
    expect(news.length).toBeGreaterThanOrEqual(ADDRESSES.length);
    expect(news.length).toBeLessThanOrEqual(4 * ADDRESSES.length);
  });

  it('lets one sender at a time claim an address, however many claim at once', async () => {
    // A database of its own, so the receivers' senders stay out of it.
    const own = await freshPostgresDatabase();
    const { url } = own;
    const pools: Database[] = [
      await openDatabase({ kind: 'postgres', url }),
      await openDatabase({ kind: 'postgres', url }),
    ];
    try {
      await migrate(pools[0]!);
      const now = new Date();
      for (let i = 0; i < 40; i++) {
        await pools[0]!.transaction(async (tx) => {
          const recipient = await recipientFor(tx, 'secret', 'citizen', `r${i}@example.dk`, now);
          await queueMail(tx, { recipientId: recipient.id, reason: 'confirm', dueAt: now }, now);
        });
      }
      const until = new Date(now.getTime() + 60_000);
      const claimAll = async (db: Database, sender: string) => {
        const claimed: string[] = [];
        for (;;) {
          const recipient = await claimRecipient(db, sender, now, until, ['confirm']);
          if (!recipient) return claimed;
          claimed.push(recipient.id);
        }
      };
      const claims = await Promise.all(
        [...pools, ...pools].map((db) => claimAll(db, randomUUID())),
      );
      const all = claims.flat();
      expect(all).toHaveLength(40);
      expect(new Set(all).size).toBe(40);
    } finally {
      for (const pool of pools) await pool.close();
      await own.drop();
    }
  });
});
