// The status link in a news mail, opened in Debian's Chromium against the real receiver and a
// real SMTP server on 127.0.0.1 (issue 20 point 1): it shows a page for people with the reply,
// not JSON; every state passes axe (WCAG 2.1 AA), loads no widget code and no script, and works by
// keyboard; withdrawing the answer there, after a confirmation, erases it.
import { expect, type Page, test } from '@playwright/test';
import { signedIn } from '../../server/desk/desk-client';
import { postSubmission, validSubmission } from '../../server/fixtures';
import { expectNoViolations } from '../support/axe';
import { startMailingReceiver } from '../support/mailing-receiver';

const ADDRESS = 'karen.nyt@example.dk';
const REPLY = 'Tak for dit svar. Vi tager det med til mødet i januar.';

async function checkPage(page: Page, heading: string, where: string) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex, nofollow');
  await expect(page.locator('script')).toHaveCount(0);
  await expectNoViolations(page, where);
}

test('the mailed status link opens a page with the reply, and withdrawing there erases the answer', async ({
  page,
}) => {
  test.slow();
  const { sink, receiver } = await startMailingReceiver();
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  try {
    const submission = { ...validSubmission(), updates: { email: ADDRESS } };
    const posted = await postSubmission(receiver, submission);
    expect(posted.status).toBe(201);
    const { reference } = (await posted.json()) as { reference: string };
    const [asking] = await sink.waitFor(1);
    const confirm = /http\S+\/mail\/confirm\?token=[\w-]+/.exec(asking!.text)![0];
    await page.goto(confirm);
    await page.getByRole('button', { name: 'Ja, send mig nyt på e-mail' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('bekræftet');

    // Staff take it forward and reply; the news mail carries the status link.
    const staff = await signedIn(receiver, { role: 'facilitator' });
    const answer = `/desk/answers/${submission.id}`;
    await staff.post(`${answer}/status`, { status: 'taken-forward', action: 'save' });
    await staff.post(`${answer}/reply`, { reply: REPLY, action: 'publish' });
    const [, news] = await sink.waitFor(2);
    const statusLink = /http\S+\/api\/status\/[\w-]{43}/.exec(news!.text)![0];

    requested.length = 0;
    await page.goto(statusLink);
    await checkPage(page, `Dit svar ${reference}`, 'status page');
    await expect(page.getByRole('heading', { name: 'Status: Arbejdes videre med' })).toBeVisible();
    await expect(page.getByText('Kommunen arbejder videre med dit svar.')).toBeVisible();
    await expect(page.getByText(REPLY)).toBeVisible();
    await expect(
      page.getByText('Du får en e-mail, når kommunen har nyt om dette svar.'),
    ).toBeVisible();
    expect(await page.content()).not.toContain('Min mor på 84');
    expect(requested.filter((url) => url.includes('/widget/'))).toEqual([]);

    // By keyboard to the link that withdraws, which asks first.
    const withdraw = page.getByRole('link', { name: 'Træk mit svar tilbage' });
    for (
      let i = 0;
      i < 10 && !(await withdraw.evaluate((el) => el === document.activeElement));
      i++
    ) {
      await page.keyboard.press('Tab');
    }
    await expect(withdraw).toBeFocused();
    await page.keyboard.press('Enter');
    await checkPage(page, 'Træk dit svar tilbage?', 'withdraw confirmation');
    const [before] = await receiver.db.query<{ erased_at: Date | null }>(
      'SELECT erased_at FROM submissions WHERE id = $1',
      [submission.id],
    );
    expect(before!.erased_at).toBeNull();
    await page.getByRole('button', { name: 'Ja, træk mit svar tilbage' }).click();
    await checkPage(page, 'Dit svar er trukket tilbage', 'withdrawn');

    const [after] = await receiver.db.query<{ erased_at: Date | null; body: string }>(
      'SELECT erased_at, body FROM submissions WHERE id = $1',
      [submission.id],
    );
    expect(after!.erased_at).not.toBeNull();
    expect(after!.body).toBe('');
    await page.goto(statusLink);
    await checkPage(page, 'Linket virker ikke', 'gone');
    await page.goto(`${receiver.url}/om/privatliv`);
    await checkPage(page, 'Privatlivspolitik', 'privacy notice');
    await page.goto(`${receiver.url}/om/tilgaengelighed`);
    await checkPage(page, 'Tilgængelighedserklæring', 'accessibility statement');
  } finally {
    await receiver.close();
    await sink.close();
  }
});
