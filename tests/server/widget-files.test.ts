// The widget's files as a browser gets them from the receiver: compressed, validated by ETag,
// cached by name (hashed chunks for a year, entry files for minutes), build files kept back.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningReceiver } from '../../server/start';
import { startTestReceiver } from './fixtures';
import { rawRequest } from './http-client';

const dir = mkdtempSync(join(tmpdir(), 'samskab-widget-'));
const entry = `console.log(${JSON.stringify('samskab '.repeat(500))});`;
const chunk = 'export const answer = 1;'.repeat(100);

let receiver: RunningReceiver;
let withMaps: RunningReceiver;
beforeAll(async () => {
  mkdirSync(join(dir, 'chunks'));
  const files: Record<string, string> = {
    'samskab.js': entry,
    'chunks/answer-ABC123.mjs': chunk,
    'samskab.js.map': '{"version":3}',
    'meta.json': '{}',
  };
  for (const [name, text] of Object.entries(files)) {
    writeFileSync(join(dir, name), text);
    if (!name.endsWith('.map') && name !== 'meta.json') {
      writeFileSync(join(dir, `${name}.br`), brotliCompressSync(text));
      writeFileSync(join(dir, `${name}.gz`), gzipSync(text));
    }
  }
  ({ receiver } = await startTestReceiver({ staticDirs: { widget: dir } }));
  ({ receiver: withMaps } = await startTestReceiver({
    staticDirs: { widget: dir },
    serveSourceMaps: true,
  }));
}, 60_000);
afterAll(async () => {
  await receiver?.close();
  await withMaps?.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = (base: RunningReceiver, path: string, headers: Record<string, string> = {}) =>
  rawRequest(base.url, { path, headers });

describe('the widget’s files', () => {
  it('are sent brotli- or gzip-compressed to browsers that take it, plain to others', async () => {
    const br = await get(receiver, '/widget/samskab.js', {
      'accept-encoding': 'gzip, deflate, br',
    });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(Number(br.headers['content-length'])).toBeLessThan(entry.length / 5);
    const gz = await get(receiver, '/widget/samskab.js', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    const refused = await get(receiver, '/widget/samskab.js', {
      'accept-encoding': 'br;q=0, gzip',
    });
    expect(refused.headers['content-encoding']).toBe('gzip');
    const plain = await get(receiver, '/widget/samskab.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(entry);
    // fetch decompresses: what arrives is the file.
    expect(await (await fetch(`${receiver.url}/widget/samskab.js`)).text()).toBe(entry);
    expect(brotliDecompressSync(brotliCompressSync(entry)).toString()).toBe(entry);
  });

  it('answer a repeat view with 304 by ETag, one ETag per representation', async () => {
    const first = await get(receiver, '/widget/samskab.js', { 'accept-encoding': 'br' });
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]+-br"$/);
    const plainTag = (await get(receiver, '/widget/samskab.js')).headers.etag;
    expect(plainTag).not.toBe(etag);
    const again = await get(receiver, '/widget/samskab.js', {
      'accept-encoding': 'br',
      'if-none-match': etag,
    });
    expect(again.status).toBe(304);
    expect(again.body).toBe('');
    expect(again.headers['cache-control']).toBe('public, max-age=300, must-revalidate');
    const changed = await get(receiver, '/widget/samskab.js', {
      'accept-encoding': 'br',
      'if-none-match': '"something-else"',
    });
    expect(changed.status).toBe(200);
  });

  it('cache hashed chunks for a year and the entry files for five minutes', async () => {
    const chunkResponse = await get(receiver, '/widget/chunks/answer-ABC123.mjs');
    expect(chunkResponse.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(chunkResponse.headers['access-control-allow-origin']).toBe('*');
    const entryResponse = await get(receiver, '/widget/samskab.js');
    expect(entryResponse.headers['cache-control']).toBe('public, max-age=300, must-revalidate');
  });

  it('keep source maps and the build’s metafile back unless SAMSKAB_SERVE_SOURCEMAPS=1', async () => {
    for (const path of ['/widget/samskab.js.map', '/widget/meta.json', '/widget/Meta.json']) {
      expect((await get(receiver, path)).status, path).toBe(404);
    }
    const map = await get(withMaps, '/widget/samskab.js.map');
    expect(map.status).toBe(200);
    expect(map.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(map.body).toContain('"version"');
    expect((await get(withMaps, '/widget/meta.json')).status).toBe(200);
  });
});
