// The citizen's status page and mails in the language the answer was sent in (issue 22 point 1),
// against a running receiver on each database and a real SMTP server on 127.0.0.1: an answer in
// Somali, Arabic or Ukrainian gets its status page (with `lang` and `dir`), its withdraw and
// stop-news pages, the mail asking to confirm the address (and the pages its links open), and the
// update and outcome mails in that language, with `Content-Language`; the staff's words stay as written; an answer in a language the
// receiver does not speak gets Danish. (On the old code every one of them was Danish.)
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { answersLocale } from '../../../server/loop/mail-language';
import type { RunningReceiver } from '../../../server/start';
import type { Submission } from '../../../utils/schema/index';
import { type DeskClient, signedIn } from '../desk/desk-client';
import { challenge } from '../desk/privacy-support';
import { postSubmission, startTestReceiver, TEST_DATABASES, validSubmission } from '../fixtures';
import { FROM, LUNDE, linkIn, mailsTo, pressButton } from '../mail/mail-support';
import { type ReceivedMail, type SmtpSink, startSmtpSink } from '../smtp-sink';

/** What Chromium sends when a person opens a link. */
const BROWSER = 'text/html,application/xhtml+xml,*/*;q=0.8';
const CLOSING = challenge('baenke-lunde', 'Flere bænke langs åen');
const REPLY = 'Tak. Vi taler med Købmandsgården i næste uge.';

describe.each(TEST_DATABASES)("the answer's language on $name", ({ open }) => {
  let close: () => Promise<void>;
  let sink: SmtpSink;
  let receiver: RunningReceiver;
  let errors: unknown[];
  let admin: DeskClient;
  let now = Date.parse('2026-11-24T10:00:00Z');

  beforeAll(async () => {
    const database = await open();
    sink = await startSmtpSink();
    ({ receiver, errors } = await startTestReceiver({
      db: database.db,
      seed: [LUNDE, CLOSING],
      smtpUrl: sink.url,
      mailFrom: FROM,
      clock: () => now,
    }));
    close = async () => {
      await receiver.close();
      await sink.close();
      await database.close();
    };
    admin = await signedIn(receiver, { role: 'admin' });
  }, 90_000);
  afterAll(() => close?.());
  beforeEach(() => {
    sink.mails.length = 0;
    now += 60_000;
  });
  afterEach(() => expect(errors).toEqual([]));

  /** An answer sent in `locale` asking for news at `email`; its id, reference and page's path. */
  async function answerIn(locale: string, email: string, challengeId = LUNDE.id) {
    const base = validSubmission('need');
    const submission: Submission = {
      ...base,
      locale,
      challenge: { ...base.challenge, id: challengeId },
      updates: { email },
    };
    const response = await postSubmission(receiver, submission);
    expect(response.status).toBe(201);
    const receipt = (await response.json()) as { reference: string; statusUrl: string };
    return {
      id: submission.id,
      reference: receipt.reference,
      path: new URL(receipt.statusUrl).pathname,
    };
  }
  const page = async (path: string) => {
    const response = await fetch(`${receiver.url}${path}`, { headers: { Accept: BROWSER } });
    return { status: response.status, body: await response.text() };
  };
  /**
   * The mail asking to confirm `email`, and the pages its link opens: the one asking (a GET) and
   * the one saying it is done (the button's POST).
   */
  async function confirmed(email: string) {
    await receiver.updateMailsSettled();
    const [mail] = mailsTo(sink, email);
    expect(mail, `a mail to ${email}`).toBeDefined();
    const link = linkIn(mail!, '/mail/confirm');
    const asking = await (await fetch(link)).text();
    const done = await pressButton(link);
    expect(done.status).toBe(200);
    sink.mails.length = 0;
    return { mail: mail!, asking, done: await done.text() };
  }
  /** Staff show a status and publish a reply: the one update mail it makes. */
  async function update(id: string, email: string): Promise<ReceivedMail> {
    await admin.post(`/desk/answers/${id}/status`, { status: 'in-review', action: 'publish' });
    await receiver.updateMailsSettled();
    sink.mails.length = 0;
    await admin.post(`/desk/answers/${id}/reply`, { reply: REPLY, action: 'publish' });
    await receiver.updateMailsSettled();
    const mails = mailsTo(sink, email);
    expect(mails).toHaveLength(1);
    return mails[0]!;
  }

  it('speaks Somali to an answer sent in Somali: page, confirmation and update mail', async () => {
    const email = 'somali@example.dk';
    const mine = await answerIn('so', email);
    const { mail: confirmation, asking, done } = await confirmed(email);
    expect(confirmation.subject).toBe(
      'Xaqiiji ciwaanka iimaylkaaga si aad u hesho war ku saabsan jawaabtaada',
    );
    // The pages the mail's link opens speak Somali too.
    expect(asking).toContain('<html lang="so" dir="ltr">');
    expect(asking).toContain('<h1>Xaqiiji ciwaanka iimaylkaaga</h1>');
    expect(asking).toContain('Haa, war iigu soo dir iimayl</button>');
    expect(asking).toMatch(/loo diro <strong>s\S*@example\.dk<\/strong> marka/);
    expect(done).toContain('<h1>Mahadsanid. Ciwaanka iimaylkaaga waa la xaqiijiyay</h1>');
    expect(confirmation.headers['content-language']).toBe('so');
    expect(confirmation.text).toContain('Salaan');
    expect(confirmation.headers['list-unsubscribe']).toMatch(/^<https?:\/\/\S+\/mail\/unsubscribe/);

    const mail = await update(mine.id, email);
    expect(mail.subject).toBe(`War ku saabsan jawaabtaada ${mine.reference}`);
    expect(mail.headers['content-language']).toBe('so');
    expect(mail.text).toContain(
      `Dawladda hoose waxay hayso war ku saabsan jawaabtaada ${mine.reference} ee caqabadda "${LUNDE.title}".`,
    );
    expect(mail.text).toContain('Xaaladda: Waa la eegayaa');
    // The staff's reply as they wrote it.
    expect(mail.text).toContain(`Jawaabta dawladda hoose ee adiga:\n${REPLY}`);
    expect(mail.text).not.toContain('Kommunen har nyt');
    expect(mail.headers['list-unsubscribe']).toBe(`<${linkIn(mail, '/mail/unsubscribe')}>`);

    const { status, body } = await page(mine.path);
    expect(status).toBe(200);
    expect(body).toContain('<html lang="so" dir="ltr">');
    expect(body).toContain(`<h1>Jawaabtaada ${mine.reference}</h1>`);
    expect(body).toContain('<h2>Xaaladda: Waa la eegayaa</h2>');
    expect(body).toContain('<dd>Waxaan arkaa</dd>');
    expect(body).toContain(REPLY);
    expect(body).not.toContain('Dit svar');
    const withdraw = await page(`${mine.path}/withdraw`);
    expect(withdraw.body).toContain('<html lang="so" dir="ltr">');
    expect(withdraw.body).toContain('<h1>Ma doonaysaa inaad dib u celiso jawaabtaada?</h1>');
  });

  it('speaks Arabic right to left, and stops its news in Arabic', async () => {
    const email = 'arabic@example.dk';
    const mine = await answerIn('ar-SY', email);
    const { mail: confirmation, asking } = await confirmed(email);
    expect(confirmation.subject).toBe('أكّد عنوان بريدك الإلكتروني لتصلك أخبار عن ردّك');
    expect(confirmation.headers['content-language']).toBe('ar');
    expect(asking).toContain('<html lang="ar" dir="rtl">');
    const mail = await update(mine.id, email);
    expect(mail.subject).toBe(`جديد عن ردّك ${mine.reference}`);
    expect(mail.headers['content-language']).toBe('ar');
    const unsubscribe = await (await fetch(linkIn(mail, '/mail/unsubscribe'))).text();
    expect(unsubscribe).toContain('<html lang="ar" dir="rtl">');
    expect(unsubscribe).toContain('<h1>إيقاف رسائل الأخبار</h1>');

    const { body } = await page(mine.path);
    expect(body).toContain('<html lang="ar" dir="rtl">');
    expect(body).toContain('<h2>الحالة: قيد المراجعة</h2>');
    // The date in Arabic, on the municipality's calendar day.
    expect(body).toMatch(/<dt>أُرسل في<\/dt><dd><time datetime="[^"]+">[^<]*نوفمبر[^<]*<\/time>/);
    const form =
      /action="([^"]+\/stop-news)">\s*<input type="hidden" name="form" value="([^"]+)">/.exec(body);
    expect(form).not.toBeNull();
    const stopped = await pressButton(`${receiver.url}${form![1]}`, { form: form![2]! });
    expect(stopped.status).toBe(200);
    const stoppedPage = await stopped.text();
    expect(stoppedPage).toContain('<html lang="ar" dir="rtl">');
    expect(stoppedPage).toContain('<h1>لن تصلك رسائل أخرى عن هذا الرد</h1>');
    expect(stoppedPage).toContain(`<a href="${mine.path}">صفحة الرد</a>`);
  });

  it("mails a challenge's outcome in Ukrainian to an answer sent in Ukrainian", async () => {
    const email = 'ukrainian@example.dk';
    const mine = await answerIn('uk', email, CLOSING.id);
    const { mail: confirmation } = await confirmed(email);
    expect(confirmation.headers['content-language']).toBe('uk');
    expect(confirmation.subject).toBe('Підтвердьте електронну адресу для новин про вашу відповідь');
    const closed = await admin.post(`/desk/challenges/${CLOSING.id}/close`, {
      outcome: 'Der kommer tre bænke til foråret.',
    });
    expect(closed.status).toBe(303);
    await receiver.updateMailsSettled();
    const [mail] = mailsTo(sink, email);
    expect(mail, 'the outcome mail').toBeDefined();
    expect(mail!.subject).toBe(`Підсумок виклику «${CLOSING.title}»`);
    expect(mail!.headers['content-language']).toBe('uk');
    expect(mail!.text).toContain(`Комуна закрила виклик «${CLOSING.title}».`);
    expect(mail!.text).toContain('Der kommer tre bænke til foråret.');
    expect(mail!.text).toContain(`Ваша відповідь ${mine.reference}: `);

    const { body } = await page(mine.path);
    expect(body).toContain('<html lang="uk" dir="ltr">');
    expect(body).toContain('<h2>Що з цього вийшло</h2>');
    // What staff wrote in Danish is marked as Danish for screen readers.
    expect(body).toContain(`<dd lang="da">${CLOSING.title}</dd>`);
    expect(body).toContain('<div lang="da"><p>Der kommer tre bænke til foråret.</p></div>');
  });

  it('falls back to Danish for a language the receiver does not speak', async () => {
    const email = 'tysk@example.dk';
    const mine = await answerIn('de-DE', email);
    const { mail: confirmation, asking } = await confirmed(email);
    expect(confirmation.subject).toBe('Bekræft din e-mailadresse til nyt om dit svar');
    expect(confirmation.headers['content-language']).toBe('da');
    expect(asking).toContain('<html lang="da" dir="ltr">');
    expect(asking).toContain('Ja, send mig nyt på e-mail</button>');
    const { body } = await page(mine.path);
    expect(body).toContain('<html lang="da" dir="ltr">');
    expect(body).toContain(`<h1>Dit svar ${mine.reference}</h1>`);
    expect(body).toContain('<h2>Status: Ny</h2>');
    // An unknown link has no answer and so no language: Danish.
    const gone = await page(`${mine.path.slice(0, -4)}AAAA`);
    expect(gone.status).toBe(404);
    expect(gone.body).toContain('<html lang="da" dir="ltr">');
  });

  it('writes a mail about several answers in the language of the most recent one', async () => {
    const first = await answerIn('so', 'flere@example.dk');
    now += 60_000;
    const second = await answerIn('uk', 'flere@example.dk');
    expect(await answersLocale(receiver.db, [first.id, second.id])).toBe('uk');
    expect(await answersLocale(receiver.db, [first.id])).toBe('so');
  });
});
