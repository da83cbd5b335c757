// Issue 13 point 7: a page whose origin the receiver does not allow (a CORS refusal) looks like a
// misconfiguration, not like success. Within 30 s the citizen learns that the answer is kept on
// this device but the page cannot reach the municipality, with the text to copy or download; the
// console names the endpoint, the page's origin and the likely cause. Once the webmaster allows
// the origin (the receiver restarted with it), the retry delivers the kept answer, once.
import { startReceiver } from '../../../server/start';
import { expectNoViolations } from '../support/axe';
import { expect, test } from '../support/fixtures';
import { openHostPage } from '../support/host-page';
import { receiverLog } from '../support/receiver-log';
import { NEED_WORDS, outboxIdle, sendNeed } from './support';

const receiverOn = (port: number, allowedOrigins: string[]) =>
  startReceiver({
    log: receiverLog(),
    port,
    database: { kind: 'memory' },
    allowedOrigins,
    rateLimit: { limit: 10_000, windowMs: 60_000 },
  });

const WORDS = {
  da: {
    ...NEED_WORDS.da,
    notSent: 'Dit svar er ikke sendt endnu',
    kept: /gemt her i browseren, men siden kan ikke få kontakt med kommunen/,
    copy: 'Kopiér tekst',
    download: 'Gem som fil',
    thanks: /Tak!/,
  },
  en: {
    ...NEED_WORDS.en,
    notSent: 'Your answer has not been sent yet',
    kept: /kept here in the browser, but this page cannot reach the municipality/,
    copy: 'Copy text',
    download: 'Save as a file',
    thanks: /Thank you/,
  },
};

for (const lang of ['da', 'en'] as const) {
  const w = WORDS[lang];
  test(`origin not allowed (${lang}): kept, said within 30 s, delivered once when allowed`, async ({
    page,
    host,
  }) => {
    test.setTimeout(120_000);
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    let receiver = await receiverOn(0, []);
    const { port, url } = receiver;
    try {
      const endpoint = `${url}/api/submissions`;
      await openHostPage(page, host, url, {
        lang,
        script: { endpoint, challenges: `${url}/api/challenges`, locale: lang },
      });
      await expect(page.locator('[data-samskab] section[data-ready]')).toBeAttached();
      await page.getByRole('button', { name: w.card }).click();
      await page.getByRole('button', { name: w.kind }).click();
      await page.getByLabel(w.body).fill('Sendt fra en side, modtageren ikke kender');
      await page.getByRole('button', { name: w.send }).click();

      const notSent = page.getByRole('heading', { name: w.notSent });
      await expect(notSent).toBeVisible({ timeout: 30_000 });
      await expect(page.getByText(w.kept).first()).toBeVisible();
      await expect(page.getByText(w.thanks)).toHaveCount(0);
      const entry = page.locator('[data-samskab] [data-state]').first();
      await expect(entry.getByRole('button', { name: w.copy })).toBeVisible();
      await expect(entry.getByRole('button', { name: w.download })).toBeVisible();
      const logged = errors.find((e) => e.includes('cannot reach the endpoint'));
      expect(logged).toContain(host.origin);
      expect(logged).toContain(endpoint);
      expect(logged).toContain('SAMSKAB_ALLOWED_ORIGINS');
      expect(await receiver.submissions()).toHaveLength(0);
      await expectNoViolations(page, `not reachable (${lang})`);

      // The webmaster allows the origin: the retry in the background delivers it.
      await receiver.close();
      receiver = await receiverOn(port, [host.origin]);
      await expect(page.getByRole('heading', { name: w.sent })).toBeVisible({ timeout: 60_000 });
      await expect(notSent).toHaveCount(0);
      await outboxIdle(page);
      expect(await receiver.submissions()).toHaveLength(1);
    } finally {
      await receiver.close();
    }
  });
}

test('an endpoint answering 404 is a wrong URL: not thanked, console says which', async ({
  page,
  openWidget,
  receiver,
}) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const endpoint = `${receiver.url}/api/no-such-endpoint`;
  await openWidget({ script: { endpoint } });
  await sendNeed(page, 'Til en forkert adresse');
  await expect(page.getByRole('heading', { name: WORDS.da.notSent })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByText(/Tak!/)).toHaveCount(0);
  await expect
    .poll(() => errors.find((e) => e.includes('cannot reach the endpoint')))
    .toContain(endpoint);
});
