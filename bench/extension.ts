// Figure 7, the extension's content script: the built `detect.js` run in a page (as an inline script) with no
// challenges and in one with 1,000 inline challenges (plus the widget's markup), with a stub
// `browser.runtime` standing in for the extension APIs. Timed in the page around the script's insertion
// (compile + run, main world rather than an isolated world), fresh context per run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import type { RunningReceiver } from '../server/start';
import { openPage, PROFILES } from './browser';
import { ROOT } from './bytes';
import { hostPage } from './scale';
import type { TinyServer } from './serve';
import { median, round } from './stats';

const RUNS = 5;

export async function measureExtension(
  browser: Browser,
  receiver: RunningReceiver,
  tiny: TinyServer,
) {
  const source = readFileSync(
    join(ROOT, '.output', 'chrome-mv3', 'content-scripts', 'detect.js'),
    'utf8',
  );
  const pages = {
    'no challenges': tiny.serve(
      '/ext-none.html',
      '<!doctype html><html lang="da"><head><title>Lunde</title></head><body><main><h1>Lunde Kommune</h1><p>Ingen udfordringer her.</p></main></body></html>',
    ),
    '1,000 challenges': tiny.serve('/ext-1000.html', hostPage(receiver.url, 1000, false)),
  };
  const out: Record<string, Record<string, { ms: number; runs: number; reported: boolean }>> = {};
  for (const profile of PROFILES) {
    out[profile] = {};
    for (const [name, url] of Object.entries(pages)) {
      const times: number[] = [];
      let reported = false;
      for (let run = 0; run < RUNS; run++) {
        const { page, close } = await openPage(browser, profile);
        try {
          await page.goto(url, { waitUntil: 'load' });
          // Let the page settle, and warm the inline-script path with an empty script, so the
          // figure is the content script's own work rather than the page's first script.
          await page.waitForTimeout(200);
          await page.evaluate(() => document.head.append(document.createElement('script')));
          const result = await page.evaluate((code) => {
            let sent = false;
            (globalThis as unknown as { browser: unknown }).browser = {
              runtime: {
                id: 'bench',
                sendMessage: () => {
                  sent = true;
                  return Promise.resolve();
                },
              },
            };
            // An inline classic script runs synchronously when inserted.
            const script = document.createElement('script');
            script.textContent = code;
            const t0 = performance.now();
            document.head.append(script);
            return { ms: performance.now() - t0, sent };
          }, source);
          times.push(result.ms);
          reported ||= result.sent;
        } finally {
          await close();
        }
      }
      out[profile][name] = { ms: round(median(times), 2), runs: RUNS, reported };
    }
  }
  return out;
}
