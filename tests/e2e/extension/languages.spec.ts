// The extension in the languages written most differently from Danish: Arabic (right to left)
// and Ukrainian (Cyrillic, three plural forms). Popup and side panel say nothing in another
// language and pass axe. And the extension takes no words from a page: a page's data-strings is
// never even fetched.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Page } from '@playwright/test';
import { extensionMessages } from '../../../extension/i18n';
import { translator } from '../../../utils/i18n';
import { CATALOGUES } from '../../../utils/i18n/all';
import { expectNoViolations } from '../support/axe';
import { shownTexts, untranslated } from '../support/untranslated';
import { CHALLENGE, expect, openPanel, saveFromDemoPage, test } from './support';

async function chooseLanguage(context: BrowserContext, extensionId: string, locale: string) {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('Sprog').selectOption(locale);
  await options.getByRole('button', { name: 'Gem indstillinger' }).click();
  await expect(options.locator('html')).toHaveAttribute('lang', locale);
  return options;
}

const inLanguage = async (page: Page, locale: 'ar' | 'uk', where: string) => {
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
  await expect(page.locator('html')).toHaveAttribute('dir', CATALOGUES[locale].dir);
  expect(untranslated(await shownTexts(page), locale), where).toEqual([]);
  await expectNoViolations(page, `${locale} ${where}`);
};

for (const locale of ['ar', 'uk'] as const) {
  test(`popup and side panel in ${locale}: its words only, ${CATALOGUES[locale].dir}, axe-clean`, async ({
    context,
    extensionId,
    receiver,
    tabIdOf,
  }) => {
    const t = translator(extensionMessages[locale], locale);
    const answer = translator(CATALOGUES[locale].answer, locale);
    // Saved in Danish (the helper clicks Danish labels), then the language is chosen.
    await saveFromDemoPage(context, extensionId, `${receiver.url}/`, tabIdOf);
    const options = await chooseLanguage(context, extensionId, locale);
    await expect(options.getByRole('heading', { name: t('profile') })).toBeVisible();
    await inLanguage(options, locale, 'options');

    const popup = await context.newPage();
    await popup.setViewportSize({ width: 420, height: 700 });
    await popup.goto(
      `chrome-extension://${extensionId}/popup.html?tab=${await tabIdOf(`${receiver.url}/`)}`,
    );
    await expect(popup.getByRole('heading', { name: t('savedList') })).toBeVisible();
    await expect(popup.getByTestId('detected').locator('li').first()).toBeVisible();
    await expect(popup.getByTestId('outbox-state')).toHaveText(
      t('outboxState', {
        queued: t('outbox.queued', { count: 0 }),
        attention: t('outbox.attention', { count: 0 }),
        delivered: t('outbox.delivered', { count: 0 }),
      }),
    );
    await inLanguage(popup, locale, 'popup');

    const panel = await openPanel(context, extensionId, receiver.url);
    await inLanguage(panel, locale, 'side panel');
    await panel.getByRole('button', { name: answer('kind.need') }).click();
    await expect(panel.getByRole('heading', { name: answer('kind.need'), level: 3 })).toBeVisible();
    await inLanguage(panel, locale, 'side panel form');
    await panel.getByRole('button', { name: answer('submit') }).click();
    await expect(panel.getByRole('alert')).toContainText(answer('errorSummary', { count: 1 }));
    await inLanguage(panel, locale, 'side panel form with errors');
  });
}

test('takes no words from a page: data-strings on the page is never fetched', async ({
  context,
  extensionId,
  receiver,
  tabIdOf,
}) => {
  // The municipality's page, with the widget's markup and a wording file, but not the widget's
  // script: whatever fetches the file is the extension.
  let fetched = 0;
  const site = createServer((req, res) => {
    if (req.url === '/wording.json') {
      fetched += 1;
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ da: { 'answer.kind.need': 'Siden bestemmer' } }));
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="da"><title>Lunde</title>
<script src="/samskab.js" data-endpoint="${receiver.url}/api/submissions" data-challenges="${receiver.url}/api/challenges" data-strings="/wording.json"></script>
<div data-samskab data-strings="/wording.json"></div>`);
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  try {
    const siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}/`;
    await saveFromDemoPage(context, extensionId, siteUrl, tabIdOf);
    const panel = await openPanel(context, extensionId, receiver.url, CHALLENGE);
    await expect(panel.getByRole('button', { name: /Fortæl hvad du ser/ })).toBeVisible();
    await expect(panel.getByText('Siden bestemmer')).toHaveCount(0);
    expect(fetched).toBe(0);
  } finally {
    site.closeAllConnections();
    await new Promise((resolve) => site.close(resolve));
  }
});
