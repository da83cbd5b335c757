// Bad configuration and bad feeds, as a careless or hostile page would give them: the widget
// must say so in its mount element, name the attribute in the console, and send nothing to a
// URL it refused.
import type { Page } from '@playwright/test';
import { MAX_FEED_BYTES } from '../../../utils/feed-fetch';
import { expect, test } from '../support/fixtures';

/** Every request the page makes, seen by the browser and by the page's own network APIs. */
async function recordRequests(page: Page): Promise<string[]> {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  // Playwright does not report every scheme (data:, javascript:); the page's APIs see all.
  await page.exposeFunction('samskabTestRecord', (url: string) => urls.push(url));
  await page.addInitScript(() => {
    const record = (window as unknown as { samskabTestRecord: (url: string) => void })
      .samskabTestRecord;
    const originalFetch = window.fetch;
    window.fetch = (input, init) => {
      record(input instanceof Request ? input.url : String(input));
      return originalFetch(input, init);
    };
    const open = XMLHttpRequest.prototype.open;
    XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: unknown[]) {
      record(String(args[1]));
      return (open as (...a: unknown[]) => void).apply(this, args);
    };
    const beacon = navigator.sendBeacon.bind(navigator);
    navigator.sendBeacon = (url, data) => {
      record(String(url));
      return beacon(url, data);
    };
  });
  return urls;
}

function consoleOf(page: Page, type: 'error' | 'warning'): string[] {
  const lines: string[] = [];
  page.on('console', (message) => message.type() === type && lines.push(message.text()));
  return lines;
}

const notice = (page: Page) => page.locator('[data-samskab]').getByRole('alert');
const FEED_BROKEN = 'Vi kunne ikke hente udfordringerne';

const REFUSED_URLS = [
  'javascript:alert(document.domain)',
  'data:application/json,{"challenges":[],"reference":"x"}',
  '/api/submissions',
  'http://kommune.example/api/submissions',
  'https://user:secret@kommune.example/api/submissions',
  `https://kommune.example/${'a'.repeat(2000)}`,
];

for (const key of ['endpoint', 'challenges']) {
  for (const url of REFUSED_URLS) {
    test(`data-${key} ${url.slice(0, 45)}: a notice, the attribute named, nothing fetched`, async ({
      page,
      openWidget,
      hostOrigin,
      receiver,
    }) => {
      const requests = await recordRequests(page);
      const errors = consoleOf(page, 'error');
      await openWidget({ script: { [key]: url } });
      await expect(notice(page)).toContainText(`data-${key}`);
      expect(errors.join('\n')).toContain(`data-${key}`);
      const refused = url.startsWith('/') ? `${hostOrigin}${url}` : url;
      expect(requests.filter((request) => request.startsWith(refused.slice(0, 30)))).toEqual([]);
      // Nothing is posted, and with a refused endpoint not even the feed is fetched.
      expect(requests.filter((request) => request.startsWith(`${receiver.url}/api/`))).toEqual([]);
    });
  }
}

test('a config object from script: junk values and a "__proto__" key are refused, not obeyed', async ({
  page,
  openWidget,
  receiver,
}) => {
  const requests = await recordRequests(page);
  const errors = consoleOf(page, 'error');
  await openWidget({ body: '<div id="by-script"></div>' });
  await page.evaluate(() => {
    const config = JSON.parse(
      '{"__proto__":{"endpoint":"https://evil.example/steal"},"locale":42,"challenge":{"id":"x"}}',
    ) as Record<string, unknown>;
    (window as unknown as { Samskab: { mount(e: Element, c: unknown): unknown } }).Samskab.mount(
      document.getElementById('by-script')!,
      config,
    );
  });
  const mount = page.locator('#by-script');
  await expect(mount.getByRole('alert')).toContainText('data-endpoint');
  expect(errors.join('\n')).toContain('data-endpoint');
  expect(requests.filter((url) => url.includes('evil.example'))).toEqual([]);
  // The first widget, configured well, still works.
  await expect(page.getByRole('button', { name: /Færre ensomme aftener/ })).toBeVisible();
  expect(requests.some((url) => url.startsWith(`${receiver.url}/api/challenges`))).toBe(true);
});

const MALFORMED: [string, string][] = [
  ['not JSON', '<!doctype html><title>404</title>'],
  ['an array', '[{"challenges":[]}]'],
  ['null', 'null'],
  ['a list that is not a list', '{"challenges":{"0":{"id":"a"}}}'],
  ['another shape', '{"items":[]}'],
  ['a list hidden behind __proto__', '{"__proto__":{"challenges":[]}}'],
];

for (const [what, body] of MALFORMED) {
  test(`a feed that is ${what}: a notice, data-challenges named in the console`, async ({
    page,
    openWidget,
    host,
  }) => {
    const errors = consoleOf(page, 'error');
    const url = host.serve('/feed/broken.json', body, { 'Content-Type': 'application/json' });
    await openWidget({ script: { challenges: url } });
    await expect(notice(page)).toContainText(FEED_BROKEN);
    expect(errors.join('\n')).toContain('data-challenges');
  });
}

test('a feed of items of the wrong types: each skipped and named, no crash', async ({
  page,
  openWidget,
  host,
}) => {
  const warnings = consoleOf(page, 'warning');
  const feed = {
    challenges: [1, 'x', null, [], { id: 5, title: ['t'] }, { id: 'a', title: 't', framing: 'f' }],
  };
  const url = host.serve('/feed/junk.json', JSON.stringify(feed), {
    'Content-Type': 'application/json',
  });
  await openWidget({ script: { challenges: url } });
  // Every item skipped: a notice for the webmaster, not "no challenges right now".
  await expect(page.getByRole('alert')).toContainText('alle 6 i listen har fejl');
  for (let index = 0; index < feed.challenges.length; index++) {
    expect(warnings.join('\n')).toContain(`challenge #${index}`);
  }
});

const challengeOf = (i: number) => ({
  id: `udfordring-${i}`,
  title: `Udfordring nummer ${i} i Lunde`,
  framing: `Vi ser problemet sådan her (${i}). ${'Mange ældre bor alene. '.repeat(170)}`,
  questions: ['Hvad ser I?', 'Hvad kan I tilbyde?'],
  theme: 'ensomhed',
  area: 'Lunde',
  url: `https://kommune.example/samskab/${i}`,
});

/** A feed of realistic challenges, exactly `bytes` long in UTF-8 (padded with spaces). */
function feedOf(bytes: number): string {
  const size = (value: unknown) => Buffer.byteLength(JSON.stringify(value));
  const list = Array.from({ length: Math.floor(bytes / (size(challengeOf(99_999)) + 1)) }, (_, i) =>
    challengeOf(i),
  );
  const text = JSON.stringify({ challenges: list, pad: '' });
  const room = bytes - Buffer.byteLength(text);
  if (room < 0) throw new Error(`feedOf: ${-room} bytes too many`);
  return text.replace('"pad":""', `"pad":"${' '.repeat(room)}"`);
}

for (const chunked of [false, true]) {
  test(`a feed over ${MAX_FEED_BYTES} bytes${chunked ? ', sent without a Content-Length,' : ''} is refused with a notice`, async ({
    page,
    openWidget,
    host,
  }) => {
    test.setTimeout(120_000);
    const errors = consoleOf(page, 'error');
    const body = feedOf(MAX_FEED_BYTES + 1_000_000);
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (chunked) headers['Transfer-Encoding'] = 'chunked';
    const url = host.serve('/feed/huge.json', body, headers);
    await openWidget({ script: { challenges: url } });
    await expect(notice(page)).toContainText(FEED_BROKEN);
    expect(errors.join('\n')).toMatch(/data-challenges.*over 10000000 bytes/);
  });
}

test(`a feed just under ${MAX_FEED_BYTES} bytes is shown, without hanging the page`, async ({
  page,
  openWidget,
  host,
}) => {
  test.setTimeout(120_000);
  const body = feedOf(MAX_FEED_BYTES - 1000);
  expect(Buffer.byteLength(body)).toBe(MAX_FEED_BYTES - 1000);
  const url = host.serve('/feed/big.json', body, { 'Content-Type': 'application/json' });
  await openWidget({ script: { challenges: url } });
  await expect(page.getByRole('button', { name: /Udfordring nummer 0 i Lunde/ })).toBeVisible();
  // The page still answers: a task queued now runs within a second.
  const delay = await page.evaluate(async () => {
    const start = performance.now();
    await new Promise((resolve) => setTimeout(resolve, 0));
    return performance.now() - start;
  });
  expect(delay).toBeLessThan(1000);
});
