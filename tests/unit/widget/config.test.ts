import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONFIG_KEYS } from '../../../utils/config-keys';
import { MAX_FEED_BYTES } from '../../../utils/feed';
import { WidgetConfig } from '../../../utils/schema/config';
import { isAllowedRemoteUrl } from '../../../utils/url';
import {
  loadFeedJson,
  mergeConfig,
  type RawConfig,
  readApiConfig,
  readDataConfig,
} from '../../../widget/config';
import { fakeFetch, json } from '../utils/fixtures';
import {
  allowedRemoteUrl,
  hostileKey,
  hostileString,
  hostileValue,
} from '../utils/schema/arbitraries';

/** An element as `readDataConfig` sees it: its `dataset`, own properties for present attributes. */
const element = (data: Record<string, string>) =>
  ({ dataset: { ...data } }) as unknown as HTMLElement;
const noInline = { querySelector: () => null };
const inline = (textContent: string) => ({ querySelector: () => ({ textContent }) as Element });

const REFUSED_URLS = [
  'javascript:alert(document.cookie)',
  'JaVaScRiPt:alert(1)',
  '\tjavascript:alert(1)',
  'data:application/json,{"challenges":[]}',
  'data:text/html,<script>alert(1)</script>',
  'blob:https://kommune.example/0a1b',
  'file:///etc/passwd',
  '/api/samskab',
  'api/samskab',
  '//kommune.example/api/samskab',
  'http://kommune.example/api/samskab',
  'http://10.0.0.1/api',
  'http://localhost.kommune.example/api',
  'http://127.0.0.1.nip.io/api',
  'https://user:secret@kommune.example/api',
  `https://kommune.example/${'a'.repeat(2000)}`,
];

describe('readApiConfig: whatever a page hands to mount()', () => {
  it('gives only known keys, as non-empty trimmed text, for any value, and never throws', () => {
    fc.assert(
      fc.property(fc.oneof(hostileValue, fc.dictionary(hostileKey, hostileValue)), (source) => {
        const config = readApiConfig(source);
        for (const key of Object.keys(config)) expect(CONFIG_KEYS).toContain(key);
        for (const value of Object.values(config)) {
          expect(typeof value).toBe('string');
          expect(value).toBe(value.trim());
          expect(value).not.toBe('');
        }
        expect(Object.getPrototypeOf(config)).toBe(Object.prototype);
      }),
    );
  });

  it('keeps text values exactly, apart from the white space around them', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CONFIG_KEYS), hostileString, (key, value) => {
        expect(readApiConfig({ [key]: value })[key]).toBe(value.trim() || undefined);
      }),
    );
  });

  it('does not obey a "__proto__" key (as JSON.parse makes it)', () => {
    const source: unknown = JSON.parse(
      '{"__proto__":{"endpoint":"https://evil.example/steal","locale":"en"},"challenge":"a"}',
    );
    const config = readApiConfig(source);
    expect(config).toEqual({ challenge: 'a' });
    expect(config.endpoint).toBeUndefined();
    // The old Object.assign merge turned such a key into the merged config's prototype.
    expect(mergeConfig(readDataConfig(element({})), config).endpoint).toBeUndefined();
  });

  it('reads inherited values as absent', () => {
    const source = Object.create({ endpoint: 'https://evil.example/steal' }) as object;
    expect(readApiConfig(source)).toEqual({});
  });

  it('reads numbers and URL objects as text, as a data attribute would store them', () => {
    expect(
      readApiConfig({ endpoint: new URL('https://kommune.example/api'), locale: 42, challenge: 7 }),
    ).toEqual({ endpoint: 'https://kommune.example/api', locale: '42', challenge: '7' });
  });

  it('turns unreadable values into a marker the schema refuses, naming the key', () => {
    const source = {
      get endpoint(): string {
        throw new Error('boom');
      },
      locale: Object.create(null) as object,
      challenges: Symbol('feed'),
    };
    const config = readApiConfig(source);
    expect(config).toEqual({
      endpoint: '[unreadable]',
      locale: '[unreadable]',
      challenges: 'Symbol(feed)',
    });
    const result = WidgetConfig.safeParse(config);
    expect(result.error?.issues.map((issue) => issue.path[0])).toEqual([
      'endpoint',
      'challenges',
      'locale',
    ]);
  });

  it('lets empty, null and undefined values hide nothing below them', () => {
    const attributes = readDataConfig(
      element({ endpoint: 'https://kommune.example/api', challenges: 'https://kommune.example/f' }),
    );
    for (const empty of [undefined, null, '', '   ']) {
      expect(
        mergeConfig(attributes, readApiConfig({ endpoint: empty, challenges: empty })),
      ).toEqual(attributes);
    }
    expect(
      mergeConfig(attributes, readApiConfig({ endpoint: 'https://other.example/api' })).endpoint,
    ).toBe('https://other.example/api');
  });

  it.each([undefined, null, 42, 'https://kommune.example/api', [], () => {}])(
    'reads a config that is not an object (%s) as empty',
    (source) => {
      expect(readApiConfig(source)).toEqual({});
    },
  );
});

describe('readDataConfig and mergeConfig', () => {
  it('reads attributes, trimmed, empty counting as absent, unknown ones ignored', () => {
    expect(
      readDataConfig(
        element({
          endpoint: ' https://kommune.example/api\n',
          challenges: '',
          locale: 'en',
          extra: 'x',
        }),
      ),
    ).toEqual({ endpoint: 'https://kommune.example/api', locale: 'en' });
  });

  it('lets the later layer win, key by key', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...CONFIG_KEYS), fc.string({ minLength: 1 })),
        fc.dictionary(fc.constantFrom(...CONFIG_KEYS), fc.string({ minLength: 1 })),
        (a, b) => {
          expect(mergeConfig(a as RawConfig, b as RawConfig)).toEqual({ ...a, ...b });
        },
      ),
    );
  });
});

describe('the configuration check refuses what the contract refuses', () => {
  it.each(REFUSED_URLS)('data-endpoint %s: refused, and the issue names endpoint', (url) => {
    const result = WidgetConfig.safeParse({ endpoint: url });
    expect(result.success).toBe(false);
    expect(new Set(result.error?.issues.map((issue) => issue.path.join('.')))).toEqual(
      new Set(['endpoint']),
    );
    // The same answer as the first-paint check, which runs before any request.
    expect(isAllowedRemoteUrl(url)).toBe(false);
  });

  it('accepts https anywhere and http only on this machine, for any such URL', () => {
    fc.assert(
      fc.property(allowedRemoteUrl, allowedRemoteUrl, (endpoint, challenges) => {
        expect(WidgetConfig.safeParse({ endpoint, challenges }).success).toBe(true);
      }),
    );
  });

  it('for any attribute values, the schema accepts an endpoint only where the first-paint check does', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          hostileValue,
          fc.dictionary(fc.constantFrom(...CONFIG_KEYS), fc.oneof(hostileString, allowedRemoteUrl)),
        ),
        (source) => {
          const config = readApiConfig(source);
          const result = WidgetConfig.safeParse(config);
          if (result.success) {
            expect(isAllowedRemoteUrl(config.endpoint)).toBe(true);
            if (config.challenges) expect(isAllowedRemoteUrl(config.challenges)).toBe(true);
          }
        },
      ),
    );
  });
});

describe('loadFeedJson', () => {
  const feedUrl = 'https://kommune.example/samskab/challenges.json';

  it.each(REFUSED_URLS)(
    'data-challenges %s: refused without a request, naming the attribute',
    async (url) => {
      const { fetch, calls } = fakeFetch(() => json(200, { challenges: [] }));
      const error = await loadFeedJson({ challenges: url }, noInline, fetch, 'da').catch(
        (e: unknown) => e,
      );
      expect(error).toMatchObject({
        code: 'url',
        message: expect.stringContaining('data-challenges'),
      });
      expect(calls).toEqual([]);
    },
  );

  it('fetches only feed URLs the contract allows, for any string', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostileString, allowedRemoteUrl), async (url) => {
        const { fetch, calls } = fakeFetch(() => json(200, { challenges: [] }));
        await loadFeedJson({ challenges: url }, noInline, fetch, 'da').catch(() => {});
        expect(calls.length).toBe(url.trim() && isAllowedRemoteUrl(url) ? 1 : 0);
      }),
    );
  });

  it.each([
    ['not JSON', () => new Response('<!doctype html><h1>404</h1>', { status: 200 }), 'json'],
    ['an HTTP error', () => new Response('', { status: 500 }), 'http'],
    ['a network error', () => Promise.reject(new TypeError('Failed to fetch')), 'network'],
    [
      `over ${MAX_FEED_BYTES} bytes by Content-Length`,
      () => new Response('{}', { headers: { 'Content-Length': String(MAX_FEED_BYTES + 1) } }),
      'size',
    ],
    [
      `over ${MAX_FEED_BYTES} bytes without a Content-Length`,
      () =>
        new Response(
          new ReadableStream({
            start(controller) {
              controller.enqueue(
                new TextEncoder().encode(`{"challenges":[],"pad":"${'x'.repeat(MAX_FEED_BYTES)}"}`),
              );
              controller.close();
            },
          }),
        ),
      'size',
    ],
  ] as const)(
    'a feed that is %s: a FeedError naming data-challenges',
    async (_what, respond, code) => {
      const { fetch } = fakeFetch(respond);
      const error = await loadFeedJson({ challenges: feedUrl }, noInline, fetch, 'da').catch(
        (e: unknown) => e,
      );
      expect(error).toMatchObject({
        name: 'FeedError',
        code,
        message: expect.stringMatching(/^Samskab challenges feed \(data-challenges\): /),
      });
    },
  );

  it('reads a feed just under the limit', async () => {
    const body = JSON.stringify({ challenges: [], pad: '' });
    const padded = body.replace('"pad":""', `"pad":"${'x'.repeat(MAX_FEED_BYTES - body.length)}"`);
    expect(padded.length).toBe(MAX_FEED_BYTES);
    const { fetch } = fakeFetch(() => new Response(padded));
    expect(await loadFeedJson({ challenges: feedUrl }, noInline, fetch, 'da')).toMatchObject({
      challenges: [],
    });
  });

  it('explains a missing feed and broken inline JSON, naming data-challenges', async () => {
    const { fetch, calls } = fakeFetch(() => json(200, {}));
    await expect(loadFeedJson({}, noInline, fetch, 'da')).rejects.toMatchObject({
      code: 'shape',
      message: expect.stringContaining('data-challenges'),
    });
    await expect(loadFeedJson({}, inline('{"challenges": ['), fetch, 'da')).rejects.toMatchObject({
      code: 'json',
      message: expect.stringContaining('inline'),
    });
    expect(calls).toEqual([]);
  });
});
