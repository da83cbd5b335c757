// Finding 4 of issue 18: update mails could be aimed at anyone, with the citizen's words in the
// municipality's mail. Here, against a real SMTP server on 127.0.0.1 and an injected clock: no
// news goes to an address before its owner confirms it from the one mail asking (a GET of the link
// is not enough: mail scanners follow links); what waited goes as one mail once confirmed; 30
// answers naming one address give one mail asking and, after one staff click, one mail of news;
// a second mail asking comes no sooner than 24 hours later; an address unconfirmed for 7 days is
// deleted with what waited for it; and the words in a mail are the database's, never the
// envelope's (the made-up title of the finding included).
import { describe, expect, it } from 'vitest';
import { applyRetention } from '../../../server/data/retention';
import {
  addressOf,
  answer,
  confirmAddress,
  DAY,
  FORGED_TITLE,
  isConfirmation,
  LUNDE,
  linkIn,
  mailSuite,
  mailsTo,
  pressButton,
} from './mail-support';

const HOUR = 60 * 60 * 1000;

describe('confirming an address for news', () => {
  let now = Date.parse('2026-11-24T10:00:00Z');
  const suite = mailSuite({ clock: () => now });

  const publishReply = async (id: string, reply: string) => {
    await suite.admin.post(`/desk/answers/${id}/reply`, { reply, action: 'save' });
    const published = await suite.admin.post(`/desk/answers/${id}/reply`, {
      reply,
      action: 'publish',
    });
    expect(published.status).toBe(303);
  };
  const queued = async (address: string) =>
    (
      await suite.receiver.db.query<{ reason: string }>(
        `SELECT q.reason FROM mail_queue q JOIN mail_recipients r ON r.id = q.recipient_id
         WHERE r.email = $1 ORDER BY q.reason`,
        [address],
      )
    ).map((row) => row.reason);

  it('sends no news to an unconfirmed address, and a GET of the link does not confirm it', async () => {
    const address = 'naboen@example.dk';
    const mine = await answer(suite.receiver, address);
    expect(mine.updates).toBe('confirmation');
    await suite.receiver.updateMailsSettled();
    const [asking, ...more] = mailsTo(suite.sink, address);
    expect(more).toEqual([]);
    expect(isConfirmation(asking!)).toBe(true);
    // The mail asking names nothing anyone wrote, and offers the way out.
    expect(asking!.text).not.toContain(mine.reference);
    expect(asking!.text).not.toContain(LUNDE.title);
    expect(asking!.raw).not.toContain('Karen');
    const unsubscribe = linkIn(asking!, '/mail/unsubscribe');
    expect(asking!.headers['list-unsubscribe']).toBe(`<${unsubscribe}>`);
    expect(asking!.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');

    // Staff publish a reply and show a status: still nothing but the mail asking.
    await publishReply(mine.id, 'Tak for dit svar.');
    await suite.admin.post(`/desk/answers/${mine.id}/status`, {
      status: 'done',
      action: 'publish',
    });
    await suite.receiver.updateMailsSettled();
    expect(mailsTo(suite.sink, address)).toHaveLength(1);
    expect(await queued(address)).toEqual(['update', 'update']);

    // Following the link shows a page with a button; it confirms nothing by itself.
    const page = await fetch(linkIn(asking!, '/mail/confirm'));
    expect(page.status).toBe(200);
    const body = await page.text();
    expect(body).toContain('Ja, send mig nyt på e-mail');
    expect(body).toContain('n…@example.dk');
    expect(body).not.toContain(address);
    await suite.receiver.updateMailsSettled();
    expect(mailsTo(suite.sink, address)).toHaveLength(1);
    const desk = await suite.admin.get(`/desk/answers/${mine.id}`);
    expect(desk.body).toContain('har endnu ikke bekræftet sin e-mailadresse');
  });

  it('sends the news that waited as one mail once the address is confirmed', async () => {
    const address = 'venter@example.dk';
    const answers = [
      await answer(suite.receiver, address),
      await answer(suite.receiver, address),
      await answer(suite.receiver, address),
    ];
    for (const [i, { id }] of answers.entries()) await publishReply(id, `Svar nummer ${i + 1}.`);
    await suite.receiver.updateMailsSettled();
    expect(mailsTo(suite.sink, address).map(isConfirmation)).toEqual([true]);
    const confirmLink = linkIn(mailsTo(suite.sink, address)[0]!, '/mail/confirm');

    await confirmAddress(suite.receiver, suite.sink, address);
    await suite.receiver.updateMailsSettled();
    const [news, ...more] = mailsTo(suite.sink, address);
    expect(more).toEqual([]);
    expect(news!.subject).toBe('Nyt om 3 af dine svar');
    for (const [i, { reference }] of answers.entries()) {
      expect(news!.text).toContain(`Dit svar ${reference} til udfordringen "${LUNDE.title}":`);
      expect(news!.text).toContain(`Svar nummer ${i + 1}.`);
    }
    expect(await queued(address)).toEqual([]);
    // Confirming again changes nothing and sends nothing.
    const again = await pressButton(confirmLink);
    expect(again.status).toBe(200);
    expect(await again.text()).toContain('Din e-mailadresse er bekræftet');
    await suite.receiver.updateMailsSettled();
    expect(mailsTo(suite.sink, address)).toHaveLength(1);
    const desk = await suite.admin.get(`/desk/answers/${answers[0]!.id}`);
    expect(desk.body).toContain('Borgeren har bedt om at få en e-mail, når der er nyt.');
  });

  it('asks once for 30 answers naming one address, and sends one mail for one staff click', async () => {
    const address = 'tredive@example.dk';
    // At the same moment, as a script would send them: the asking is claimed once.
    const answers = await Promise.all(
      Array.from({ length: 30 }, () => answer(suite.receiver, address)),
    );
    expect(new Set(answers.map((one) => one.updates))).toEqual(new Set(['confirmation']));
    await suite.receiver.updateMailsSettled();
    expect(mailsTo(suite.sink, address).map(isConfirmation)).toEqual([true]);
    await confirmAddress(suite.receiver, suite.sink, address);

    const bulk = await suite.admin.post('/desk/answers/bulk', {
      id: answers.map(({ id }) => id),
      action: 'status',
      status: 'in-review',
      show: 'ja',
    });
    expect(bulk.status).toBe(303);
    await suite.receiver.updateMailsSettled();
    const [news, ...more] = mailsTo(suite.sink, address);
    expect(more).toEqual([]);
    expect(news!.subject).toBe('Nyt om 30 af dine svar');
    for (const { reference } of answers) expect(news!.text).toContain(`Dit svar ${reference}`);
  });

  it("names the database's title, never the envelope's; no title for a challenge it does not know", async () => {
    const address = 'titel@example.dk';
    const known = await answer(suite.receiver, address, { title: FORGED_TITLE });
    const unknown = await answer(suite.receiver, address, {
      challengeId: 'ukendt-udfordring',
      title: FORGED_TITLE,
    });
    await confirmAddress(suite.receiver, suite.sink, address);
    await publishReply(known.id, 'Tak.');
    await suite.receiver.updateMailsSettled();
    await publishReply(unknown.id, 'Tak igen.');
    await suite.receiver.updateMailsSettled();
    const [first, second] = mailsTo(suite.sink, address);
    expect(first!.text).toContain(
      `Kommunen har nyt om dit svar ${known.reference} til udfordringen "${LUNDE.title}".`,
    );
    expect(second!.text).toContain(`Kommunen har nyt om dit svar ${unknown.reference}.`);
    for (const mail of [first!, second!]) {
      expect(mail.raw).not.toMatch(/AFVIST|evil/);
      expect(mail.raw).not.toContain('Karen');
    }
  });

  // Last: the clock moves on, past the desk session's life.
  it('asks again only after 24 hours, and deletes an address unconfirmed for 7 days with what waited', async () => {
    const address = 'glemmer@example.dk';
    const first = await answer(suite.receiver, address);
    await publishReply(first.id, 'Nyt, der venter.');
    await suite.receiver.updateMailsSettled();
    now += 23 * HOUR;
    await answer(suite.receiver, address);
    await suite.receiver.updateMailsSettled();
    expect(mailsTo(suite.sink, address).map(isConfirmation)).toEqual([true]);
    now += 2 * HOUR;
    await answer(suite.receiver, address);
    await suite.receiver.updateMailsSettled();
    const asked = mailsTo(suite.sink, address);
    expect(asked.map(isConfirmation)).toEqual([true, true]);
    // Both mails carry the same link: the first one still works.
    expect(linkIn(asked[0]!, '/mail/confirm')).toBe(linkIn(asked[1]!, '/mail/confirm'));

    // 7 days after the last mail asking, less a minute: kept. Then gone, with what waited.
    now += 7 * DAY - 60_000;
    await applyRetention(suite.receiver.db, null, new Date(now));
    expect(await addressOf(suite.receiver, first.id)).toBe(address);
    now += 2 * 60_000;
    await applyRetention(suite.receiver.db, null, new Date(now));
    expect(await addressOf(suite.receiver, first.id)).toBeUndefined();
    expect(
      await suite.receiver.db.query(
        'SELECT submission_id FROM answer_update_addresses WHERE submission_id = $1',
        [first.id],
      ),
    ).toEqual([]);
    expect(await queued(address)).toEqual([]);
    const [audit] = await suite.receiver.db.query<{ detail: string }>(
      "SELECT detail FROM audit_log WHERE action = 'unconfirmed-addresses-deleted'",
    );
    expect(audit?.detail).toMatch(/^\d+ adresser$/);
    const gone = await fetch(linkIn(asked[0]!, '/mail/confirm'));
    expect(gone.status).toBe(404);
    expect(await gone.text()).toContain('Linket virker ikke længere');
    expect((await pressButton(linkIn(asked[0]!, '/mail/confirm'))).status).toBe(404);
  });
});
