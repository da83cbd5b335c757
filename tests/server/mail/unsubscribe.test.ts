// Every mail's way out (issue 18): `List-Unsubscribe` with the page's URL and one-click
// `List-Unsubscribe-Post` (RFC 8058). One POST with `List-Unsubscribe=One-Click` to that URL, with
// no cookie or sign-in, as a mail provider sends it, stops all news mail to the address for good
// (a later answer naming it gets no mail asking either); a GET only shows a page with a button;
// the pages show the address masked, are not indexed, cached or sent on as a Referer; a confirm
// token does not unsubscribe, a changed token does nothing, and the links are rate limited. The
// receipt says the same whatever the address's state, so it tells nobody about an address.
import { describe, expect, it } from 'vitest';
import { startTestReceiver } from '../fixtures';
import {
  answer,
  confirmAddress,
  DAY,
  isConfirmation,
  linkIn,
  mailSuite,
  mailsTo,
  pressButton,
} from './mail-support';

const ONE_CLICK = { 'List-Unsubscribe': 'One-Click' };

describe('unsubscribing', () => {
  let now = Date.parse('2026-11-24T10:00:00Z');
  const suite = mailSuite({ clock: () => now });

  const showStatus = async (id: string, status: string) => {
    await suite.admin.post(`/desk/answers/${id}/status`, { status, action: 'publish' });
    await suite.receiver.updateMailsSettled();
  };
  const recipientOf = async (id: string) =>
    (
      await suite.receiver.db.query<{ email: string | null; stopped_why: string | null }>(
        `SELECT r.email, r.stopped_why FROM answer_update_addresses a
         JOIN mail_recipients r ON r.id = a.recipient_id WHERE a.submission_id = $1`,
        [id],
      )
    )[0];

  it('stops all news mail with one POST to the List-Unsubscribe URL, without signing in', async () => {
    const address = 'stop@example.dk';
    const first = await answer(suite.receiver, address);
    const second = await answer(suite.receiver, address);
    await confirmAddress(suite.receiver, suite.sink, address);
    await showStatus(first.id, 'in-review');
    const [news] = mailsTo(suite.sink, address);
    const url = /^<(\S+)>$/.exec(news!.headers['list-unsubscribe'] ?? '')?.[1];
    expect(url).toBe(linkIn(news!, '/mail/unsubscribe'));
    expect(news!.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');

    // What a mail provider sends for RFC 8058's one click: a form, no cookie, no Origin.
    const stopped = await fetch(url!, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(stopped.status).toBe(200);
    expect(await stopped.text()).toContain('Du er afmeldt');
    expect(await recipientOf(first.id)).toEqual({ email: null, stopped_why: 'unsubscribed' });

    await showStatus(first.id, 'done');
    await showStatus(second.id, 'done');
    expect(mailsTo(suite.sink, address)).toHaveLength(1);
    expect(await suite.receiver.db.query('SELECT id FROM mail_queue')).toEqual([]);
    const desk = await suite.admin.get(`/desk/answers/${first.id}`);
    expect(desk.body).toContain('har siden frameldt e-mails');

    // A later answer naming it gets the same receipt as any, and no mail asking.
    const later = await answer(suite.receiver, address);
    expect(later.updates).toBe('confirmation');
    await suite.receiver.updateMailsSettled();
    expect(mailsTo(suite.sink, address)).toHaveLength(1);
    // The same POST again: still off, still a page a mail provider takes as done.
    expect((await pressButton(url!, ONE_CLICK)).status).toBe(200);
  });

  it('shows a page with a button for a GET, changes nothing without the one-click body', async () => {
    const address = 'kigger@example.dk';
    const mine = await answer(suite.receiver, address);
    await suite.receiver.updateMailsSettled();
    const [asking] = mailsTo(suite.sink, address);
    const url = linkIn(asking!, '/mail/unsubscribe');
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    const body = await page.text();
    expect(body).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(body).toContain('<html lang="da" dir="ltr">');
    expect(body).toContain('Afmeld e-mails</button>');
    expect(body).toContain('k…@example.dk');
    expect(body).not.toContain(address);
    expect(await recipientOf(mine.id)).toEqual({ email: address, stopped_why: null });

    // A POST without the one-click field, another field, or as JSON: refused, nothing changed.
    for (const [type, text] of [
      ['application/x-www-form-urlencoded', ''],
      ['application/x-www-form-urlencoded', 'List-Unsubscribe=Yes'],
      ['application/json', '{"List-Unsubscribe":"One-Click"}'],
    ] as const) {
      const refused = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': type },
        body: text,
      });
      expect(refused.status, `${type} ${text}`).toBe(400);
    }
    // The confirm link's token does not unsubscribe; a changed token is nobody's.
    const confirmToken = new URL(linkIn(asking!, '/mail/confirm')).searchParams.get('token');
    const wrongPurpose = `${suite.receiver.url}/mail/unsubscribe?token=${confirmToken}`;
    expect((await pressButton(wrongPurpose, ONE_CLICK)).status).toBe(404);
    const token = new URL(url).searchParams.get('token')!;
    const changed = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    expect(
      (await pressButton(`${suite.receiver.url}/mail/unsubscribe?token=${changed}`, ONE_CLICK))
        .status,
    ).toBe(404);
    expect((await fetch(`${suite.receiver.url}/mail/unsubscribe`)).status).toBe(404);
    expect(await recipientOf(mine.id)).toEqual({ email: address, stopped_why: null });

    // Multipart, as some mail providers post it, works too.
    const form = new FormData();
    form.set('List-Unsubscribe', 'One-Click');
    const multipart = await fetch(url, { method: 'POST', body: form });
    expect(multipart.status).toBe(200);
    expect(await recipientOf(mine.id)).toEqual({ email: null, stopped_why: 'unsubscribed' });
  });

  // Last: the clock moves on.
  it('stops the mails asking too: a stranger who typed the address cannot make them come back', async () => {
    const address = 'ikke.mig@example.dk';
    await answer(suite.receiver, address);
    await suite.receiver.updateMailsSettled();
    const [asking] = mailsTo(suite.sink, address);
    expect(isConfirmation(asking!)).toBe(true);
    expect((await pressButton(linkIn(asking!, '/mail/unsubscribe'), ONE_CLICK)).status).toBe(200);
    // A confirmation is no longer possible either.
    const confirm = await pressButton(linkIn(asking!, '/mail/confirm'));
    expect(await confirm.text()).toContain('Du får ikke e-mails om nyt');
    now += 2 * DAY;
    await answer(suite.receiver, address);
    await suite.receiver.updateMailsSettled();
    expect(mailsTo(suite.sink, address)).toHaveLength(1);
  });
});

describe('the mail links under a flood', () => {
  it('are rate limited per client, before any lookup', async () => {
    const { receiver } = await startTestReceiver({
      rateLimit: { limit: 2, windowMs: 60_000 },
      clock: () => Date.parse('2026-11-24T10:00:00Z'),
    });
    try {
      const link = `${receiver.url}/mail/confirm?token=${'A'.repeat(64)}`;
      expect((await fetch(link)).status).toBe(404);
      expect((await pressButton(link)).status).toBe(404);
      const limited = await fetch(`${receiver.url}/mail/unsubscribe?token=${'A'.repeat(64)}`);
      expect(limited.status).toBe(429);
      expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(await limited.text()).toContain('For mange forsøg');
    } finally {
      await receiver.close();
    }
  });
});
