// Host pages that tamper with the JavaScript built-ins, remove the widget mid-send or frame it.
// The widget keeps references to what it sends with, refuses answers where the built-ins no
// longer behave, and never loses or garbles an answer.
import type { Page } from '@playwright/test';
import { expect, submissionRows, test } from '../support/fixtures';
import { hostPageHtml, openHostPage } from '../support/host-page';
import { outboxIdle, sendNeed } from './support';

const refusal = 'Du kan ikke svare her lige nu, fordi siden har en teknisk fejl.';

function collectErrors(page: Page) {
  const console: string[] = [];
  const uncaught: string[] = [];
  page.on('console', (message) => message.type() === 'error' && console.push(message.text()));
  page.on('pageerror', (error) => uncaught.push(String(error)));
  return { console, uncaught };
}

// What each tampering leaves the person: the refusal message where the answer chunk can still
// run its check; the general "could not load" alert where the chunk cannot even evaluate; for a
// Promise that cannot be constructed, nothing but the console (the widget's own code cannot run).
const tamperings = [
  {
    name: 'arrays with their own toJSON (old Prototype.js)',
    script: 'Array.prototype.toJSON = function () { return JSON.stringify(this.slice()); };',
    shown: refusal,
    logged: 'answers depend on (JSON',
  },
  {
    name: 'JSON.stringify replaced',
    script: 'JSON.stringify = function () { return "{}"; };',
    shown: refusal,
    logged: 'answers depend on (JSON',
  },
  {
    name: 'an enumerable member on Object.prototype',
    script: 'Object.prototype.polluted = "yes";',
    shown: 'Vi kunne ikke hente udfordringerne.',
    logged: 'Samskab: could not load the answer form',
  },
  {
    name: 'a Promise that cannot be constructed',
    script: 'window.Promise = class extends Promise { constructor() { super(function () {}); } };',
    shown: undefined,
    logged: 'Samskab: samskab.mjs did not load',
  },
];

for (const { name, script, shown, logged } of tamperings) {
  test(`before load, ${name}: no answer is taken, the reason is logged, nothing is sent`, async ({
    page,
    host,
    receiver,
  }) => {
    const errors = collectErrors(page);
    const posts: string[] = [];
    page.on('request', (r) => r.method() === 'POST' && posts.push(r.url()));
    await page.addInitScript(script);
    await openHostPage(page, host, receiver.url, {
      script: {
        endpoint: `${receiver.url}/api/submissions`,
        challenges: `${receiver.url}/api/challenges`,
      },
    });
    await expect.poll(() => errors.console.join('\n')).toContain(logged);
    if (shown) await expect(page.getByRole('alert').filter({ hasText: shown })).toBeVisible();
    await expect(page.getByLabel('Hvad ser du?')).toHaveCount(0);
    await expect(page.getByRole('button', { name: /Fortæl hvad du ser/ })).toHaveCount(0);
    await expect(page.locator('#below')).toHaveText('Indhold under widgetten.');
    expect(posts).toEqual([]);
  });
}

test('built-ins replaced after load do not change what is sent', async ({
  page,
  openWidget,
  receiver,
}) => {
  const errors = collectErrors(page);
  await openWidget();
  await page.evaluate(() => {
    JSON.stringify = () => '{"garbled":true}';
    window.fetch = () => Promise.reject(new Error('the page broke fetch'));
  });
  await sendNeed(page, 'Sendt med widgettens egne referencer');
  await expect(page.getByText(/Dit referencenummer/).first()).toBeVisible({ timeout: 20_000 });
  const rows = await submissionRows(receiver);
  expect(rows).toHaveLength(1);
  expect(rows[0]!.text.body).toBe('Sendt med widgettens egne referencer');
  expect(errors.uncaught).toEqual([]);
});

test('a fetch wrapped by the page (as monitoring tools do) and a Promise polyfill still work', async ({
  page,
  openWidget,
  receiver,
}) => {
  await page.addInitScript(() => {
    const original = window.fetch;
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    window.fetch = (input, init) => {
      seen.push(String(input));
      return original(input, init);
    };
    window.Promise = class Polyfill<T> extends Promise<T> {} as PromiseConstructor;
  });
  await openWidget();
  await sendNeed(page, 'Gennem sidens egen fetch');
  await expect(page.getByText(/Dit referencenummer/).first()).toBeVisible({ timeout: 20_000 });
  expect(await submissionRows(receiver)).toHaveLength(1);
  const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
  expect(seen.some((url) => url.endsWith('/api/submissions'))).toBe(true);
});

test('the page removes the widget while an answer is being sent: delivered once, shown after reload', async ({
  page,
  openWidget,
  receiver,
}) => {
  const errors = collectErrors(page);
  let release!: () => void;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(`${receiver.url}/api/submissions`, async (route) => {
    if (route.request().method() === 'POST') await gate;
    await route.fallback();
  });
  await openWidget();
  const sending = page.waitForRequest((r) => r.method() === 'POST');
  await sendNeed(page, 'Sendt mens siden fjernede widgetten');
  await sending;
  await page.evaluate(() => document.querySelector('[data-samskab]')?.remove());
  release();
  await expect.poll(async () => (await submissionRows(receiver)).length).toBe(1);

  await page.unroute(`${receiver.url}/api/submissions`);
  // Answers posted again, if any (the status check is a POST too, to /api/status).
  const posts: string[] = [];
  page.on(
    'request',
    (r) => r.method() === 'POST' && r.url().endsWith('/api/submissions') && posts.push(r.url()),
  );
  await page.reload();
  // The address still names the challenge (#samskab=…): back to the list, where the outbox is.
  await page.getByRole('button', { name: /Tilbage/ }).click();
  await expect(page.locator('[data-samskab] [data-state="delivered"]')).toHaveCount(1);
  await outboxIdle(page);
  expect(posts).toEqual([]);
  expect(await submissionRows(receiver)).toHaveLength(1);
  expect(errors.uncaught).toEqual([]);
});

test('the widget in an iframe of the municipal page', async ({ page, host, receiver }) => {
  host.serve(
    '/host/framed.html',
    hostPageHtml(host.origin, receiver.url, {
      script: {
        endpoint: `${receiver.url}/api/submissions`,
        challenges: `${receiver.url}/api/challenges`,
      },
    }),
    { 'Content-Type': 'text/html; charset=utf-8' },
  );
  const outer = host.serve(
    '/host/outer.html',
    '<!doctype html><html lang="da"><title>Lunde</title><h1>Lunde Kommune</h1>' +
      '<iframe src="/host/framed.html" title="Samskabelse" style="width:100%;height:1200px;border:0"></iframe>',
    { 'Content-Type': 'text/html; charset=utf-8' },
  );
  await page.goto(outer);
  const frame = page.frameLocator('iframe[title="Samskabelse"]');
  await frame.getByRole('button', { name: /Færre ensomme aftener/ }).click();
  await frame.getByRole('button', { name: /Fortæl hvad du ser/ }).click();
  await frame.getByLabel('Hvad ser du?').fill('Sendt fra en iframe');
  await frame.getByRole('button', { name: 'Send svar' }).click();
  await expect(frame.getByText(/Dit referencenummer/).first()).toBeVisible({ timeout: 20_000 });
  const rows = await submissionRows(receiver);
  expect(rows.map((row) => row.text.body)).toEqual(['Sendt fra en iframe']);
});
