// The challenge's title in the answer's language (issue 22 points 1 and 4), against a running
// receiver on each database and a real SMTP server on 127.0.0.1: a challenge translated into
// Ukrainian is named in Ukrainian on the status page and its withdraw page, in the update mail and
// in the outcome mail to an answer sent in Ukrainian, unmarked; to an answer in Somali (no Somali
// translation) the Danish title is shown, marked `lang="da"` on the pages for screen readers.
// (On the old code every one of them named the Danish title, marked as Danish.)
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningReceiver } from '../../../server/start';
import type { Submission } from '../../../utils/schema/index';
import { type DeskClient, signedIn } from '../desk/desk-client';
import { challenge } from '../desk/privacy-support';
import { postSubmission, startTestReceiver, TEST_DATABASES, validSubmission } from '../fixtures';
import { FROM, linkIn, mailsTo, pressButton } from '../mail/mail-support';
import { type SmtpSink, startSmtpSink } from '../smtp-sink';

/** What Chromium sends when a person opens a link. */
const BROWSER = 'text/html,application/xhtml+xml,*/*;q=0.8';
const UKRAINIAN_TITLE = 'Більше лавок уздовж річки';
const BENCHES = {
  ...challenge('baenke-aaen', 'Flere bænke langs åen'),
  translations: { uk: { title: UKRAINIAN_TITLE } },
};

describe.each(TEST_DATABASES)(
  "the challenge's title in the answer's language on $name",
  ({ open }) => {
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
        seed: [BENCHES],
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

    /** An answer to the benches sent in `locale`, its news address confirmed. */
    async function answerIn(locale: string, email: string) {
      const base = validSubmission('need');
      const submission: Submission = {
        ...base,
        locale,
        challenge: { ...base.challenge, id: BENCHES.id },
        updates: { email },
      };
      const response = await postSubmission(receiver, submission);
      expect(response.status).toBe(201);
      const receipt = (await response.json()) as { reference: string; statusUrl: string };
      await receiver.updateMailsSettled();
      const [confirmation] = mailsTo(sink, email);
      expect(confirmation, `the mail asking ${email} to confirm`).toBeDefined();
      expect((await pressButton(linkIn(confirmation!, '/mail/confirm'))).status).toBe(200);
      sink.mails.length = 0;
      return {
        id: submission.id,
        reference: receipt.reference,
        path: new URL(receipt.statusUrl).pathname,
      };
    }
    const page = async (path: string) =>
      (await fetch(`${receiver.url}${path}`, { headers: { Accept: BROWSER } })).text();

    it('names the challenge in Ukrainian to a Ukrainian answer, in Danish marked as such to a Somali one', async () => {
      const ukrainian = await answerIn('uk-UA', 'ukrainian@example.dk');
      const somali = await answerIn('so', 'somali@example.dk');

      const ukrainianPage = await page(ukrainian.path);
      expect(ukrainianPage).toContain('<html lang="uk" dir="ltr">');
      expect(ukrainianPage).toContain(`<dd>${UKRAINIAN_TITLE}</dd>`);
      expect(ukrainianPage).not.toContain(BENCHES.title);
      const ukrainianWithdraw = await page(`${ukrainian.path}/withdraw`);
      expect(ukrainianWithdraw).toContain(UKRAINIAN_TITLE);
      expect(ukrainianWithdraw).not.toContain(BENCHES.title);

      const somaliPage = await page(somali.path);
      expect(somaliPage).toContain('<html lang="so" dir="ltr">');
      expect(somaliPage).toContain(`<dd lang="da">${BENCHES.title}</dd>`);
      expect(await page(`${somali.path}/withdraw`)).toContain(
        `<span lang="da">${BENCHES.title}</span>`,
      );

      // The update mail names it as the page does.
      await admin.post(`/desk/answers/${ukrainian.id}/status`, {
        status: 'in-review',
        action: 'publish',
      });
      await receiver.updateMailsSettled();
      const [update] = mailsTo(sink, 'ukrainian@example.dk');
      expect(update, 'the update mail').toBeDefined();
      expect(update!.text).toContain(
        `Комуна має новини про вашу відповідь ${ukrainian.reference} на виклик «${UKRAINIAN_TITLE}».`,
      );
      expect(update!.text).not.toContain(BENCHES.title);
      sink.mails.length = 0;

      // And the outcome mail, to each in their language; the outcome stays as staff wrote it.
      const closed = await admin.post(`/desk/challenges/${BENCHES.id}/close`, {
        outcome: 'Der kommer tre bænke til foråret.',
      });
      expect(closed.status).toBe(303);
      await receiver.updateMailsSettled();
      const [outcome] = mailsTo(sink, 'ukrainian@example.dk');
      expect(outcome, 'the outcome mail in Ukrainian').toBeDefined();
      expect(outcome!.subject).toBe(`Підсумок виклику «${UKRAINIAN_TITLE}»`);
      expect(outcome!.text).toContain(`Комуна закрила виклик «${UKRAINIAN_TITLE}».`);
      expect(outcome!.text).toContain('Der kommer tre bænke til foråret.');
      const [somaliOutcome] = mailsTo(sink, 'somali@example.dk');
      expect(somaliOutcome, 'the outcome mail in Somali').toBeDefined();
      expect(somaliOutcome!.subject).toContain(BENCHES.title);
    });
  },
);
