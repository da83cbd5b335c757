// The desk in Debian's Chromium against a real receiver (in-memory PGlite, the sample challenges
// seeded): `desk` is a page signed in as a facilitator, `adminDesk` as an admin, each through a
// real session cookie put in the browser.
import { type BrowserContext, test as base, expect, type Page } from '@playwright/test';
import { startReceiver } from '../../../server/start';
import { signedIn } from '../../server/desk/desk-client';
import type { ReceivedMail } from '../../server/smtp-sink';
import { receiverLog } from '../support/receiver-log';
import { sendForReference } from '../widget/support';

type Receiver = Awaited<ReturnType<typeof startReceiver>>;

export interface DeskFixtures {
  receiver: Receiver;
  /** A page signed in as a facilitator, on the receiver's origin. */
  desk: Page;
  /** A second page in its own context, signed in as an admin. */
  adminDesk: Page;
}

/** Puts a real staff session into `page`'s browser context. */
export async function signedInPage(page: Page, receiver: Receiver, role: 'facilitator' | 'admin') {
  const client = await signedIn(receiver, { role });
  const [name, value] = client.cookie.split('=') as [string, string];
  await page
    .context()
    .addCookies([{ name, value, url: receiver.url, httpOnly: true, sameSite: 'Strict' }]);
  return page;
}

/**
 * A citizen on the receiver's front page offers to help with the published proposal `proposal`
 * (its reference) on the challenge titled `challenge`, writing `offer`; the offer's reference.
 */
export async function offerHelp(
  helper: Page,
  receiver: Receiver,
  { challenge, proposal, offer }: { challenge: string; proposal: string; offer: string },
): Promise<string> {
  await helper.goto(`${receiver.url}/`);
  await helper.getByRole('button', { name: new RegExp(challenge) }).click();
  await helper.getByRole('button', { name: 'Jeg vil gerne hjælpe' }).click();
  await expect(helper.getByText(new RegExp(`hører til forslaget ${proposal}`))).toBeVisible();
  await helper.getByLabel('Hvad kan du tilbyde?').fill(offer);
  await helper.getByLabel('Hvad kan du hjælpe med?').selectOption({ index: 1 });
  return sendForReference(helper);
}

export const test = base.extend<DeskFixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take no dependencies here.
  receiver: async ({}, use) => {
    const receiver = await startReceiver({ database: { kind: 'memory' }, log: receiverLog() });
    await use(receiver);
    await receiver.close();
  },
  desk: async ({ page, receiver }, use) => {
    await use(await signedInPage(page, receiver, 'facilitator'));
  },
  adminDesk: async ({ browser, receiver }, use) => {
    const context = await browser.newContext();
    const page = await signedInPage(await context.newPage(), receiver, 'admin');
    await use(page);
    await context.close();
  },
});

export { expect };

/**
 * The citizen confirms their address for news in the browser, from `asking`, the mail that asks
 * them to (issue 18): its link opened, the button pressed, the thanks shown.
 */
export async function confirmFromMail(context: BrowserContext, asking: ReceivedMail) {
  const confirmUrl = /https?:\/\/\S+\/mail\/confirm\?token=[\w-]+/.exec(asking.text)?.[0];
  expect(confirmUrl, asking.text).toBeDefined();
  const mailLink = await context.newPage();
  await mailLink.goto(confirmUrl!);
  await mailLink.getByRole('button', { name: 'Ja, send mig nyt på e-mail' }).click();
  await expect(mailLink.getByRole('heading', { level: 1 })).toHaveText(
    'Tak. Din e-mailadresse er bekræftet',
  );
  await mailLink.close();
}
