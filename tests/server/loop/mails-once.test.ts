// Issue 20 points 3 and 6 against a real SMTP server on 127.0.0.1: a reply published in bulk is
// published, and mailed, once (the second bulk publish reports 0 published and 1 already
// published), and closing a challenge with an outcome mails each news address once, however many
// of its answers name it, and not again when the challenge is closed again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningReceiver } from '../../../server/start';
import { type DeskClient, signedIn } from '../desk/desk-client';
import { challenge } from '../desk/privacy-support';
import { startTestReceiver } from '../fixtures';
import { answer, confirmAddress, FROM, isConfirmation, LUNDE, mailsTo } from '../mail/mail-support';
import { type SmtpSink, startSmtpSink } from '../smtp-sink';

const CLOSING = challenge('lukkes-nu', 'Bænke ved søen');

describe('mails that go once', () => {
  let sink: SmtpSink;
  let receiver: RunningReceiver;
  let errors: unknown[];
  let admin: DeskClient;

  beforeAll(async () => {
    sink = await startSmtpSink();
    ({ receiver, errors } = await startTestReceiver({
      seed: [LUNDE, CLOSING],
      smtpUrl: sink.url,
      mailFrom: FROM,
    }));
    admin = await signedIn(receiver, { role: 'admin' });
  }, 60_000);
  afterAll(async () => {
    await receiver?.close();
    await sink?.close();
  });

  const news = (address: string) => mailsTo(sink, address).filter((mail) => !isConfirmation(mail));

  it('publishes a reply in bulk once: one mail, and the second bulk says it was published already', async () => {
    const address = 'bulk.nyt@example.dk';
    const mine = await answer(receiver, address);
    await confirmAddress(receiver, sink, address);
    await admin.post(`/desk/answers/${mine.id}/reply`, {
      reply: 'Tak. Vi taler med Købmandsgården.',
      action: 'save',
    });
    const bulk = () =>
      admin.post('/desk/answers/bulk', { id: [mine.id], action: 'publish-replies', confirm: 'ja' });
    const first = await bulk();
    expect(first.location).toContain('besked=bulk-replies&antal=1.0.0.0.0.0');
    await receiver.updateMailsSettled();
    expect(news(address)).toHaveLength(1);
    // The draft box is empty once published: the answer page offers no draft to publish again.
    const [row] = await receiver.db.query<{ reply_draft: string | null }>(
      'SELECT reply_draft FROM submissions WHERE id = $1',
      [mine.id],
    );
    expect(row!.reply_draft ?? '').toBe('');
    const second = await bulk();
    expect(second.location).toContain('besked=bulk-replies&antal=0.1.0.0.0.0');
    await receiver.updateMailsSettled();
    expect(news(address)).toHaveLength(1);
    const published = await receiver.db.query(
      "SELECT 1 FROM answer_events WHERE submission_id = $1 AND what = 'reply-published'",
      [mine.id],
    );
    expect(published).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  it('mails the outcome once per news address when a challenge closes', async () => {
    const twice = 'to.svar@example.dk';
    const once = 'et.svar@example.dk';
    await answer(receiver, twice, { challengeId: CLOSING.id });
    await answer(receiver, twice, { challengeId: CLOSING.id });
    await answer(receiver, once, { challengeId: CLOSING.id });
    await confirmAddress(receiver, sink, twice);
    await confirmAddress(receiver, sink, once);
    const closed = await admin.post(`/desk/challenges/${CLOSING.id}/close`, {
      outcome: 'Der kommer tre bænke til foråret.',
    });
    expect(closed.status).toBe(303);
    await receiver.updateMailsSettled();
    for (const address of [twice, once]) {
      const mails = news(address);
      expect(mails, address).toHaveLength(1);
      expect(mails[0]!.subject).toBe(`Udfaldet af "${CLOSING.title}"`);
      expect(mails[0]!.text).toContain('Der kommer tre bænke til foråret.');
    }
    // Reopened and closed again with the same outcome: nobody is told twice.
    await admin.post(`/desk/challenges/${CLOSING.id}/reopen`, {});
    await admin.post(`/desk/challenges/${CLOSING.id}/close`, {
      outcome: 'Der kommer tre bænke til foråret.',
    });
    await receiver.updateMailsSettled();
    expect(news(twice)).toHaveLength(1);
    expect(news(once)).toHaveLength(1);
    expect(errors).toEqual([]);
  });
});
