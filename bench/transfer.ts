// Figure: the widget's transfer over HTTP from the receiver, as a browser sees it. First view: a
// fresh context loads the demo page and everything the widget fetches (bytes on the wire, headers
// included, as DevTools counts them, and the content coding). Repeat view: a second page in the
// same context (a returning visitor within the cache lifetime). Revalidation: each file asked
// again with its ETag, as a browser does once `max-age` has passed.
import type { Browser, BrowserContext, CDPSession } from '@playwright/test';
import type { RunningReceiver } from '../server/start';
import { widgetFileSizes } from '../tests/support/widget-sizes';

interface Seen {
  file: string;
  status: number;
  encoding: string;
  etag: string;
  cache: 'network' | 'disk' | 'memory';
  transfer: number;
}

/** Chromium's own request for a widget file, in the order they were made. */
function watch(cdp: CDPSession, widgetBase: string) {
  const seen = new Map<string, Seen>();
  cdp.on('Network.requestServedFromCache', ({ requestId }) => {
    const row = seen.get(requestId);
    if (row) row.cache = 'memory';
  });
  cdp.on('Network.responseReceived', ({ requestId, response }) => {
    if (!response.url.startsWith(widgetBase)) return;
    const headers = Object.fromEntries(
      Object.entries(response.headers as Record<string, string>).map(([k, v]) => [
        k.toLowerCase(),
        v,
      ]),
    );
    seen.set(requestId, {
      file: response.url.slice(widgetBase.length),
      status: response.status,
      encoding: headers['content-encoding'] ?? 'identity',
      etag: headers.etag ?? '',
      cache: response.fromDiskCache ? 'disk' : 'network',
      transfer: 0,
    });
  });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const row = seen.get(requestId);
    if (row) row.transfer = row.cache === 'network' ? encodedDataLength : 0;
  });
  return () => [...seen.values()];
}

async function view(browser: Browser, url: string, widgetBase: string, context?: BrowserContext) {
  const ctx = context ?? (await browser.newContext());
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Network.enable');
  const rows = watch(cdp, widgetBase);
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.close();
  return { context: ctx, rows: rows() };
}

const sum = (rows: { transfer: number }[]) => rows.reduce((total, r) => total + r.transfer, 0);

export async function measureTransfer(browser: Browser, receiver: RunningReceiver) {
  const widgetBase = `${receiver.url}/widget/`;
  const firstPaint = new Set(
    widgetFileSizes()
      .filter((f) => f.firstPaint)
      .map((f) => f.file),
  );
  const first = await view(browser, `${receiver.url}/`, widgetBase);
  try {
    const repeat = await view(browser, `${receiver.url}/`, widgetBase, first.context);
    // What a browser sends once the five minutes of samskab.js/.mjs/.css have passed.
    const revalidated = await Promise.all(
      first.rows.map(async (row) => {
        const response = await fetch(widgetBase + row.file, {
          headers: { 'accept-encoding': 'gzip, deflate, br, zstd', 'if-none-match': row.etag },
        });
        const body = await response.arrayBuffer();
        return { file: row.file, status: response.status, bytes: body.byteLength };
      }),
    );
    if (first.rows.length === 0) throw new Error('the demo page loaded no widget file');
    return {
      firstView: {
        files: first.rows,
        transfer: sum(first.rows),
        firstPaintTransfer: sum(first.rows.filter((r) => firstPaint.has(r.file))),
        compressed: first.rows.every((r) => r.encoding === 'br' || r.encoding === 'gzip'),
      },
      repeatView: {
        files: repeat.rows,
        transfer: sum(repeat.rows),
        fromCache: repeat.rows.filter((r) => r.cache !== 'network').length,
        requests: repeat.rows.length,
      },
      revalidation: {
        files: revalidated,
        notModified: revalidated.filter((r) => r.status === 304).length,
        bodyBytes: revalidated.reduce((total, r) => total + r.bytes, 0),
      },
    };
  } finally {
    await first.context.close();
  }
}
