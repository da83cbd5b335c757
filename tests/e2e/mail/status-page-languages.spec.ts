// The status page in each of the eight languages (issue 22 point 1), in Debian's Chromium against
// the real receiver and a real SMTP server on 127.0.0.1: an answer sent in a language gets its
// page, the page asking before it is withdrawn, and the page its confirmation mail's link opens,
// in that language with `lang` and `dir` (right to left in Arabic and Farsi), no Danish of ours
// left, no script; axe finds no violation (WCAG 2.1 AA) in any of them.
import { expect, type Page, test } from '@playwright/test';
import type { RunningReceiver } from '../../../server/start';
import { citizenWords } from '../../../utils/i18n/citizen';
import { LOCALES, type Locale } from '../../../utils/i18n/languages';
import { type DeskClient, signedIn } from '../../server/desk/desk-client';
import { postSubmission, validSubmission } from '../../server/fixtures';
import type { SmtpSink } from '../../server/smtp-sink';
import { expectNoViolations } from '../support/axe';
import { startMailingReceiver } from '../support/mailing-receiver';

const REPLY = 'Tak for dit svar. Vi tager det med til mødet i januar.';

let sink: SmtpSink;
let receiver: RunningReceiver;
let staff: DeskClient;

test.beforeAll(async () => {
  ({ sink, receiver } = await startMailingReceiver());
  staff = await signedIn(receiver, { role: 'facilitator' });
});
test.afterAll(async () => {
  await receiver?.close();
  await sink?.close();
});

/** The page's language, direction and heading; no script; axe. */
async function checkPage(page: Page, locale: Locale, heading: string, where: string) {
  const html = page.locator('html');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  await expect(html).toHaveAttribute('lang', locale);
  await expect(html).toHaveAttribute('dir', locale === 'ar' || locale === 'fa' ? 'rtl' : 'ltr');
  await expect(page.locator('script')).toHaveCount(0);
  await expectNoViolations(page, `${where} (${locale})`);
}

for (const locale of LOCALES) {
  test(`the status page speaks ${locale}`, async ({ page }) => {
    test.slow();
    const words = citizenWords(locale);
    const address = `nyt.${locale}@example.dk`;
    const submission = { ...validSubmission('proposal'), locale, updates: { email: address } };
    const posted = await postSubmission(receiver, submission);
    expect(posted.status).toBe(201);
    const { reference, statusUrl } = (await posted.json()) as {
      reference: string;
      statusUrl: string;
    };
    const answer = `/desk/answers/${submission.id}`;
    await staff.post(`${answer}/status`, { status: 'taken-forward', action: 'save' });
    await staff.post(`${answer}/reply`, { reply: REPLY, action: 'publish' });

    await page.goto(statusUrl);
    await checkPage(page, locale, words.page('title', { reference }), 'status page');
    const status = words.others.status.replace('{status}', words.status['taken-forward']);
    await expect(page.getByRole('heading', { level: 2, name: status })).toBeVisible();
    await expect(page.getByText(words.page('meaning.taken-forward'))).toBeVisible();
    await expect(page.getByText(words.others['kind.proposal'], { exact: true })).toBeVisible();
    // The staff's reply as they wrote it.
    await expect(page.getByText(REPLY)).toBeVisible();
    if (locale !== 'da') {
      const text = await page.locator('body').innerText();
      for (const danish of ['Dit svar', 'Slags svar', 'Sendt', 'Træk dit svar tilbage']) {
        expect(text, `${locale}: "${danish}" left in Danish`).not.toContain(danish);
      }
    }

    await page.getByRole('link', { name: words.page('withdrawButton') }).click();
    await checkPage(page, locale, words.page('withdraw.title'), 'withdraw confirmation');
    await expect(page.getByRole('button', { name: words.page('withdraw.yes') })).toBeVisible();

    // The mail asking to confirm the address, and the page its link opens.
    await receiver.updateMailsSettled();
    const asking = sink.mails.find((mail) => mail.to.includes(address));
    expect(asking?.subject).toBe(words.mail('confirm.subject'));
    await page.goto(/http\S+\/mail\/confirm\?token=[\w-]+/.exec(asking!.text)![0]);
    await checkPage(page, locale, words.mail('page.confirm.title'), 'confirm link');
    await page.getByRole('button', { name: words.mail('page.confirm.button') }).click();
    await checkPage(page, locale, words.mail('page.confirmed.thanks'), 'confirmed');
  });
}
