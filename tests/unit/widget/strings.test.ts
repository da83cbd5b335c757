// Where a mount finds the municipality's wording (widget/strings.ts): the file is fetched like a
// feed, and what cannot be read leaves the widget's own words with a warning.
import { describe, expect, it, vi } from 'vitest';
import { readWording, STRINGS_MAX_BYTES } from '../../../widget/strings';

const URL_ = 'https://kommune.example/ord.json';
const json = (body: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' }, ...init });

describe('readWording', () => {
  it('reads the file without credentials and without following a redirect, then the mount object', async () => {
    const fetch = vi.fn(async () => json({ da: { 'answer.submit': 'Send' } }));
    const warn = vi.fn();
    const found = await readWording(
      { strings: URL_ },
      { strings: { da: { 'answer.back': 'Tilbage' } } },
      { fetch, warn },
    );
    expect(fetch).toHaveBeenCalledWith(URL_, { credentials: 'omit', redirect: 'manual' });
    expect(found.map((w) => w.source)).toEqual([
      `data-strings (${URL_})`,
      'Samskab.mount({ strings })',
    ]);
    expect(warn).not.toHaveBeenCalled();
  });

  it('says why a file cannot be read and goes on without it: a redirect, too big, not JSON, a refused URL', async () => {
    for (const [response, why] of [
      [new Response(null, { status: 302, headers: { Location: 'https://evil.example/' } }), '3'],
      [
        new Response('{}', { headers: { 'Content-Length': String(STRINGS_MAX_BYTES + 1) } }),
        `over ${STRINGS_MAX_BYTES} bytes`,
      ],
      [new Response('<html>'), 'not JSON'],
    ] as const) {
      const warn = vi.fn();
      const found = await readWording({ strings: URL_ }, {}, { fetch: async () => response, warn });
      expect(found).toEqual([]);
      expect(warn.mock.calls[0]?.[0]).toContain(why);
    }
    const fetch = vi.fn();
    const warn = vi.fn();
    expect(
      await readWording({ strings: 'http://kommune.example/ord.json' }, {}, { fetch, warn }),
    ).toEqual([]);
    expect(fetch).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledOnce();
  });

  it('takes the mount object only when it is a plain object, and survives a getter that throws', async () => {
    const deps = { fetch: vi.fn(), warn: vi.fn() };
    expect(await readWording({}, { strings: 'https://x.example/' }, deps)).toEqual([]);
    expect(await readWording({}, { strings: [1] }, deps)).toEqual([]);
    const hostile = {
      get strings(): unknown {
        throw new Error('boom');
      },
    };
    expect(await readWording({}, hostile, deps)).toEqual([]);
    // Inherited, not given: a polluted prototype supplies no wording.
    expect(await readWording({}, Object.create({ strings: { da: {} } }) as object, deps)).toEqual(
      [],
    );
  });
});
