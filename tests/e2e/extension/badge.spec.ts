import { expect, test } from './support';

type BadgeChrome = {
  chrome: {
    scripting: {
      registerContentScripts(
        scripts: { id: string; matches: string[]; js: string[]; runAt: string }[],
      ): Promise<void>;
    };
    action: { getBadgeText(details: { tabId: number }): Promise<string> };
  };
};

// The opt-in ("find challenges on every site") registers `content-scripts/detect.js` for
// <all_urls> once the volunteer grants it. Playwright cannot answer that prompt, so the test
// registers the same script for the loopback origin the e2e build already has, exactly as the
// background's `setScanAll` does, and checks the page's report reaches the badge.
test('the opt-in content script reports a page and the badge shows its challenges', async ({
  context,
  background,
  receiver,
  tabIdOf,
}) => {
  await background.evaluate(async () => {
    const { chrome } = globalThis as unknown as BadgeChrome;
    await chrome.scripting.registerContentScripts([
      {
        id: 'samskab-detect',
        matches: ['http://127.0.0.1/*'],
        js: ['content-scripts/detect.js'],
        runAt: 'document_idle',
      },
    ]);
  });
  const site = await context.newPage();
  await site.goto(`${receiver.url}/`);
  const tabId = await tabIdOf(`${receiver.url}/`);
  const feed = (await (await fetch(`${receiver.url}/api/challenges`)).json()) as {
    challenges: unknown[];
  };
  const open = feed.challenges;
  await expect
    .poll(() =>
      background.evaluate(async (id) => {
        const { chrome } = globalThis as unknown as BadgeChrome;
        return chrome.action.getBadgeText({ tabId: id });
      }, tabId),
    )
    .toBe(String(open.length));
});
