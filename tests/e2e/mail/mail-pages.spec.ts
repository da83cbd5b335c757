// The pages a mail's links open (issue 18), in Debian's Chromium against the real receiver and a
// real SMTP server on 127.0.0.1: a citizen follows the link in the mail asking to confirm the
// address, confirms it by keyboard, then unsubscribes from the link in the next mail. Every state
// passes axe (WCAG 2.1 AA), is Danish, not indexed, and shows the address only masked.
import { expect, type Page, test } from '@playwright/test';
import { postSubmission, validSubmission } from '../../server/fixtures';
import { expectNoViolations } from '../support/axe';
import { startMailingReceiver } from '../support/mailing-receiver';

const ADDRESS = 'karen.nyt@example.dk';

/** What every one of these pages must be. */
async function checkPage(page: Page, heading: string, where: string) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex, nofollow');
  expect(await page.content()).not.toContain(ADDRESS);
  await expectNoViolations(page, where);
}

test('confirming and unsubscribing from a mail: accessible, by keyboard, never the full address', async ({
  page,
}) => {
  test.slow();
  const { sink, receiver } = await startMailingReceiver();
  try {
    const response = await postSubmission(receiver, {
      ...validSubmission(),
      updates: { email: ADDRESS },
    });
    expect(response.status).toBe(201);
    const [asking] = await sink.waitFor(1);
    const confirm = /http\S+\/mail\/confirm\?token=[\w-]+/.exec(asking!.text)![0];
    const unsubscribe = /http\S+\/mail\/unsubscribe\?token=[\w-]+/.exec(asking!.text)![0];

    await page.goto(confirm);
    await checkPage(page, 'Bekræft din e-mailadresse', 'confirm');
    await expect(page.getByText('k…@example.dk')).toBeVisible();
    // By keyboard: the skip link, then the button.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Gå til sidens indhold' })).toBeFocused();
    await page.keyboard.press('Tab');
    const button = page.getByRole('button', { name: 'Ja, send mig nyt på e-mail' });
    await expect(button).toBeFocused();
    await page.keyboard.press('Enter');
    await checkPage(page, 'Tak. Din e-mailadresse er bekræftet', 'confirmed');

    await page.goto(unsubscribe);
    await checkPage(page, 'Afmeld e-mails om nyt', 'unsubscribe');
    await page.getByRole('button', { name: 'Afmeld e-mails' }).click();
    await checkPage(page, 'Du er afmeldt', 'unsubscribed');

    await page.goto(`${receiver.url}/mail/confirm?token=${'A'.repeat(64)}`);
    await checkPage(page, 'Linket virker ikke', 'unknown link');
  } finally {
    await receiver.close();
    await sink.close();
  }
});
