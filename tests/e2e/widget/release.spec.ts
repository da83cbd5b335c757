// `npm run release` as a webmaster uses it: the zip unpacked into a folder on a plain static
// server, embedded with the printed snippet on a page with a strict Content-Security-Policy. The
// browser checks every file it loads from that folder: a changed chunk is refused.
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { FIRST_PAINT_CAP } from '../../support/widget-sizes';
import { recordCspViolations } from '../support/csp';
import { expect, test } from '../support/fixtures';
import { sendNeed } from './support';

const root = join(import.meta.dirname, '..', '..', '..');
const PLACEHOLDER_ENDPOINT = 'https://kommune.example/api/samskab';
const PLACEHOLDER_FEED = 'https://kommune.example/samskab/challenges.json';

// One worker for the file: the package is built once, in beforeAll.
test.describe.configure({ mode: 'default' });

let server: Server;
let served = '';
let base = '';
let release = '';
let zip = '';
let snippet = '';
let importMapCsp = '';
const unpacked: string[] = [];

test.beforeAll(async () => {
  // A static server that knows nothing of Samskab: files as they are, CORS for the page's origin.
  server = createServer((req, res) => {
    const path = resolve(served, `.${new URL(req.url ?? '/', 'http://x').pathname}`);
    if (!path.startsWith(served + sep)) return void res.writeHead(404).end();
    let body: Buffer;
    try {
      body = readFileSync(path);
    } catch {
      return void res.writeHead(404).end();
    }
    res
      .writeHead(200, {
        'Content-Type': path.endsWith('.css') ? 'text/css' : 'text/javascript',
        'Access-Control-Allow-Origin': '*',
        'Cache-Control': 'no-store',
      })
      .end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/samskab/`;
  release = mkdtempSync(join(tmpdir(), 'samskab-release-'));
  execFileSync('npx', ['tsx', 'scripts/release.ts', '--base-url', base, '--out', release], {
    cwd: root,
    stdio: 'pipe',
  });
  zip = join(release, readdirSync(release).find((name) => name.endsWith('.zip')) ?? 'missing');
  snippet = readFileSync(zip.replace(/\.zip$/, '.snippet.html'), 'utf8');
  importMapCsp = (
    JSON.parse(readFileSync(zip.replace(/\.zip$/, '.integrity.json'), 'utf8')) as {
      importMapCsp: string;
    }
  ).importMapCsp;
});

test.afterAll(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
  for (const dir of [release, ...unpacked]) rmSync(dir, { recursive: true, force: true });
});

/** A fresh copy of the package, unpacked as the webmaster would, served under /samskab/. */
function unpack(): string {
  const dir = mkdtempSync(join(tmpdir(), 'samskab-unpacked-'));
  execFileSync('unzip', ['-q', zip, '-d', join(dir, 'samskab')]);
  served = dir;
  unpacked.push(dir);
  return join(dir, 'samskab');
}

async function openReleasePage(
  page: Page,
  receiverUrl: string,
  host: { serve(path: string, body: string, headers: Record<string, string>): string },
) {
  const origin = new URL(base).origin;
  const csp = `default-src 'self'; script-src ${origin} ${importMapCsp}; connect-src ${receiverUrl}/api/; style-src 'self' ${origin}`;
  const head = snippet
    .replace(PLACEHOLDER_ENDPOINT, `${receiverUrl}/api/submissions`)
    .replace(PLACEHOLDER_FEED, `${receiverUrl}/api/challenges`);
  const url = host.serve(
    '/host/release.html',
    `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Lunde Kommune</title>
${head}</head><body><main><h1>Samskabelse i Lunde</h1><div data-samskab></div></main></body></html>`,
    { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': csp },
  );
  const violations = await recordCspViolations(page);
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const failed: string[] = [];
  page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
  await page.goto(url);
  return { violations, errors, failed };
}

test('the release zip holds the served files only, within the first-paint budget', () => {
  const dir = unpack();
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
    (file) => file !== 'chunks',
  );
  expect(files.filter((file) => /\.map$|meta\.json$/.test(file))).toEqual([]);
  expect(files).toEqual(
    expect.arrayContaining(['samskab.js', 'samskab.mjs', 'samskab.css', 'samskab.mjs.br']),
  );
  // Before the list paints: the snippet's two files, the module and what it imports statically.
  const entry = readFileSync(join(dir, 'samskab.mjs'), 'utf8');
  const statics = [...entry.matchAll(/(?:^|[;}])import[^()"']*?from\s*"\.\/([^"]+)"/g)].map(
    (m) => m[1] ?? '',
  );
  // Since issue 22 the module is one file (no static imports); the words load beside it.
  const firstPaint = ['samskab.css', 'samskab.js', 'samskab.mjs', ...statics];
  const gzip = firstPaint.reduce(
    (sum, file) => sum + gzipSync(readFileSync(join(dir, file)), { level: 9 }).length,
    0,
  );
  const snippetGzip = gzipSync(snippet, { level: 9 }).length;
  console.log(
    `release: ${gzip} B gzip before first paint (${firstPaint.join(', ')}); the snippet in the page: ${snippet.length} B, ${snippetGzip} B gzip`,
  );
  expect(gzip).toBeLessThanOrEqual(FIRST_PAINT_CAP);
});

test('embedded with the snippet on a strict-CSP page, it works against the receiver', async ({
  page,
  receiver,
  host,
}) => {
  unpack();
  const { violations, errors, failed } = await openReleasePage(page, receiver.url, host);
  await sendNeed(page, 'Fra udgivelsespakken');
  await expect(page.getByRole('heading', { name: 'Tak! Dit svar er sendt.' })).toBeVisible();
  const rows = await receiver.submissions();
  expect(rows.map((row) => row.submission?.text.body)).toContain('Fra udgivelsespakken');
  expect(violations).toEqual([]);
  // The host page has no favicon; nothing else may fail.
  expect(failed.filter((f) => !f.endsWith('/favicon.ico'))).toEqual([]);
  expect(errors.filter((e) => !e.startsWith('Failed to load resource'))).toEqual([]);
});

for (const target of ['answer chunk', 'module build'] as const) {
  test(`a tampered ${target} is refused by the browser`, async ({ page, receiver, host }) => {
    const dir = unpack();
    const file =
      target === 'module build'
        ? 'samskab.mjs'
        : join(
            'chunks',
            readdirSync(join(dir, 'chunks')).find((f) => /^after-paint-.*\.mjs$/.test(f))!,
          );
    appendFileSync(join(dir, file), '\n;globalThis.samskabTampered=1;\n');
    const { errors } = await openReleasePage(page, receiver.url, host);
    await expect.poll(() => errors.join('\n')).toMatch(/integrity/);
    expect(errors.join('\n')).toContain(file.split(sep).join('/'));
    if (target === 'answer chunk') {
      // The list still paints; the answer form does not load, and the widget says so.
      await expect(page.locator('[data-samskab]').getByRole('alert')).toBeVisible();
    } else {
      await expect(page.locator('[data-samskab] section')).toHaveCount(0);
    }
    expect(await page.evaluate(() => 'samskabTampered' in globalThis)).toBe(false);
  });
}
