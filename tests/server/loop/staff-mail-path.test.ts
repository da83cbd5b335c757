// The staff mails' whole path (issue 20 point 7), against a running receiver on each database and
// a real SMTP server on 127.0.0.1: a staff member chooses the mails under "Mine e-mails" and
// follows a challenge in the desk; a colleague making them Ansvarlig (on the answer's page, or in
// bulk) sends exactly one mail through the mail queue, and nothing when they make themselves
// Ansvarlig or did not choose it; the daily mail goes once a day at 07:00 in Copenhagen, names
// only the new answers to the challenges followed, and does not go on a day with nothing new.
// (tests/server/staff-mail-words.test.ts tests the mails' words.)
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { nextDigestAt } from '../../../server/data/staff-news';
import type { RunningReceiver } from '../../../server/start';
import { type DeskClient, signedIn } from '../desk/desk-client';
import { challenge } from '../desk/privacy-support';
import { startTestReceiver, TEST_DATABASES } from '../fixtures';
import { answer, FROM, LUNDE, mailsTo } from '../mail/mail-support';
import { type SmtpSink, startSmtpSink } from '../smtp-sink';

const OTHER = challenge('baenke-aaen', 'Flere bænke langs åen');

describe.each(TEST_DATABASES)('the staff mails, chosen in the desk, on $name', ({ open }) => {
  let close: () => Promise<void>;
  let sink: SmtpSink;
  let receiver: RunningReceiver;
  let errors: unknown[];
  // The receiver's clock, moved on to the next morning to send the daily mail. It starts at the
  // real time, as the test sessions (desk-client.ts) are made then.
  let now = Date.now();

  beforeAll(async () => {
    const database = await open();
    sink = await startSmtpSink();
    ({ receiver, errors } = await startTestReceiver({
      db: database.db,
      seed: [LUNDE, OTHER],
      smtpUrl: sink.url,
      mailFrom: FROM,
      clock: () => now,
    }));
    close = async () => {
      await receiver.close();
      await sink.close();
      await database.close();
    };
  }, 90_000);
  afterAll(() => close?.());
  beforeEach(() => {
    sink.mails.length = 0;
  });
  afterEach(() => expect(errors).toEqual([]));

  const subjects = (member: DeskClient) =>
    mailsTo(sink, member.staff.email).map((mail) => mail.subject);

  it('mails once when a colleague makes them Ansvarlig, alone or in bulk, and never unasked', async () => {
    const karen = await signedIn(receiver, { email: 'karen@lunde.dk', name: 'Karen' });
    const colleague = await signedIn(receiver, { email: 'ole@lunde.dk', name: 'Ole' });
    const unasked = await signedIn(receiver, { email: 'mads@lunde.dk', name: 'Mads' });
    const saved = await karen.post('/desk/mails', { whenAssigned: 'ja' });
    expect(saved.status).toBe(303);
    expect((await karen.get('/desk/mails')).body).toMatch(/name="whenAssigned"[^>]*checked/);

    const single = await answer(receiver, undefined);
    const assigned = await colleague.post(`/desk/answers/${single.id}/assignee`, {
      assignee: karen.staff.id,
    });
    expect(assigned.status).toBe(303);
    await receiver.updateMailsSettled();
    const [first, ...more] = mailsTo(sink, karen.staff.email);
    expect(more).toEqual([]);
    expect(first!.subject).toBe('Du er ansvarlig for 1 svar');
    expect(first!.text).toContain(`${single.reference}, Behov, til "${LUNDE.title}"`);
    expect(first!.text).toContain(`/desk/answers/${single.id}`);
    await receiver.updateMailsSettled();
    expect(subjects(karen)).toHaveLength(1);
    sink.mails.length = 0;

    const [a, b] = [await answer(receiver, undefined), await answer(receiver, undefined)];
    const bulk = await colleague.post('/desk/answers/bulk', {
      id: [a.id, b.id],
      action: 'assign',
      assignee: karen.staff.id,
    });
    expect(bulk.status).toBe(303);
    await receiver.updateMailsSettled();
    const [both, ...others] = mailsTo(sink, karen.staff.email);
    expect(others).toEqual([]);
    expect(both!.subject).toBe('Du er ansvarlig for 2 svar');
    expect(both!.text).toContain(a.reference);
    expect(both!.text).toContain(b.reference);
    expect(both!.text).not.toContain(single.reference);
    sink.mails.length = 0;

    // Making oneself Ansvarlig, or making someone who did not choose the mail: no mail.
    const own = await answer(receiver, undefined);
    await karen.post(`/desk/answers/${own.id}/assignee`, { assignee: karen.staff.id });
    await colleague.post('/desk/answers/bulk', {
      id: [own.id, a.id],
      action: 'assign',
      assignee: unasked.staff.id,
    });
    await receiver.updateMailsSettled();
    expect(sink.mails).toEqual([]);
  });

  it('sends the daily mail once a day, with only the new answers to the challenges followed', async () => {
    const anna = await signedIn(receiver, { email: 'anna@lunde.dk', name: 'Anna' });
    expect((await anna.post('/desk/mails', { dailyDigest: 'ja' })).status).toBe(303);
    const follow = await anna.post(`/desk/challenges/${LUNDE.id}/follow`, { follow: 'ja' });
    expect(follow.status).toBe(303);
    /** Moves the clock to the next morning's mail and lets the sender run twice. */
    const nextMorning = async () => {
      now = nextDigestAt(new Date(now)).getTime() + 60_000;
      await receiver.updateMailsSettled();
      await receiver.updateMailsSettled();
    };

    // Nothing new: no mail.
    await nextMorning();
    expect(subjects(anna)).toEqual([]);

    const followed = [await answer(receiver, undefined), await answer(receiver, undefined)];
    const unfollowed = await answer(receiver, undefined, { challengeId: OTHER.id });
    // Not before the morning.
    await receiver.updateMailsSettled();
    expect(subjects(anna)).toEqual([]);

    await nextMorning();
    const [digest, ...more] = mailsTo(sink, anna.staff.email);
    expect(more).toEqual([]);
    expect(digest!.subject).toBe('Nye svar: 2 svar på de udfordringer, du følger');
    for (const mine of followed) expect(digest!.text).toContain(mine.reference);
    expect(digest!.text).not.toContain(unfollowed.reference);
    expect(digest!.text).not.toContain(OTHER.title);

    // The next day, nothing new: still the one mail.
    await nextMorning();
    expect(subjects(anna)).toHaveLength(1);

    // A new answer: the next morning's mail names only it.
    const later = await answer(receiver, undefined);
    await nextMorning();
    const mails = mailsTo(sink, anna.staff.email);
    expect(mails).toHaveLength(2);
    expect(mails[1]!.subject).toBe('Nye svar: 1 svar på de udfordringer, du følger');
    expect(mails[1]!.text).toContain(later.reference);
    for (const old of followed) expect(mails[1]!.text).not.toContain(old.reference);
  });
});
