// The LibreTranslate adapter against a fake of its API on 127.0.0.1: what it sends, what it makes
// of the answers, how long it keeps the languages, and every way a request can fail, each as a
// TranslationError whose Danish words the desk shows.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  LANGUAGES_RETRY_MS,
  LANGUAGES_TTL_MS,
  libreTranslate,
  MAX_RESPONSE_BYTES,
} from '../../../server/web/libretranslate';
import { canTranslate, TranslationError } from '../../../server/web/translation';
import {
  type FakeLibreTranslate,
  fakeTranslation,
  startFakeLibreTranslate,
} from '../../support/fake-libretranslate';

let fake: FakeLibreTranslate;
let now = 0;
const clock = () => now;

beforeAll(async () => {
  fake = await startFakeLibreTranslate({ apiKey: 'nøgle-123' });
});
afterAll(() => fake.close());
afterEach(() => {
  fake.mode = 'ok';
  fake.requests.length = 0;
  now = 0;
});

const translator = (overrides: { key?: string; timeoutMs?: number; url?: string } = {}) =>
  libreTranslate({ url: fake.url, key: 'nøgle-123', timeoutMs: 2000, ...overrides }, { clock });

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a TranslationError');
    },
    (error: unknown) => {
      expect(error).toBeInstanceOf(TranslationError);
      return error as TranslationError;
    },
  );

describe('LibreTranslate adapter', () => {
  it('posts q, source, target, format and api_key, and gives translatedText', async () => {
    const text = 'Мій тато живе сам.\nВін хотів би пити каву з іншими.';
    expect(await translator().translate(text, 'uk', 'da')).toBe(fakeTranslation(text, 'uk', 'da'));
    expect(fake.requests).toEqual([
      {
        method: 'POST',
        path: '/translate',
        body: { q: text, source: 'uk', target: 'da', format: 'text', api_key: 'nøgle-123' },
      },
    ]);
  });

  it('asks under the configured path, with or without a trailing slash', async () => {
    const asked: string[] = [];
    const recording = async (url: string | URL | Request) => {
      asked.push(String(url));
      return Response.json({ translatedText: 'Hej' });
    };
    for (const url of ['https://kommune.example/oversaet', 'https://kommune.example/oversaet/']) {
      await libreTranslate({ url, timeoutMs: 1000 }, { clock, fetch: recording }).translate(
        'Hej',
        'da',
        'uk',
      );
    }
    expect(asked).toEqual([
      'https://kommune.example/oversaet/translate',
      'https://kommune.example/oversaet/translate',
    ]);
  });

  it('asks for the languages once and keeps them for an hour', async () => {
    const service = translator();
    const pairs = await service.languages();
    expect(canTranslate(pairs, 'uk', 'da')).toBe(true);
    expect(canTranslate(pairs, 'da', 'ar')).toBe(true);
    // LibreTranslate's usual models have no Somali.
    expect(canTranslate(pairs, 'so', 'da')).toBe(false);
    expect(canTranslate(pairs, 'da', 'so')).toBe(false);
    await Promise.all([service.languages(), service.languages()]);
    now += LANGUAGES_TTL_MS - 1;
    await service.languages();
    expect(fake.requests.filter((r) => r.path === '/languages')).toHaveLength(1);
    now += 1;
    await service.languages();
    expect(fake.requests.filter((r) => r.path === '/languages')).toHaveLength(2);
  });

  it('asks two requests at once for the languages only once', async () => {
    const service = translator();
    await Promise.all([service.languages(), service.languages(), service.languages()]);
    expect(fake.requests.filter((r) => r.path === '/languages')).toHaveLength(1);
  });

  it('does not ask again for a minute after failing, and keeps the last languages it had', async () => {
    const service = translator();
    fake.mode = 'fail';
    expect((await failure(service.languages())).problem).toBe('refused');
    expect((await failure(service.languages())).problem).toBe('refused');
    expect(fake.requests).toHaveLength(1);
    now += LANGUAGES_RETRY_MS;
    fake.mode = 'ok';
    const pairs = await service.languages();
    now += LANGUAGES_TTL_MS;
    fake.mode = 'fail';
    // The service down an hour later: the list known is used, and asked for again a minute later.
    expect(await service.languages()).toBe(pairs);
    expect(await service.languages()).toBe(pairs);
    expect(fake.requests).toHaveLength(3);
  });

  it('says refused, with the status, when the service answers with an error', async () => {
    fake.mode = 'fail';
    const error = await failure(translator().translate('Hej', 'da', 'uk'));
    expect(error).toMatchObject({ problem: 'refused', status: 500 });
    fake.mode = 'ok';
    const wrongKey = await failure(translator({ key: 'forkert' }).translate('Hej', 'da', 'uk'));
    expect(wrongKey).toMatchObject({ problem: 'refused', status: 403 });
  });

  it('gives up after its deadline when the service does not answer', async () => {
    fake.mode = 'hang';
    const started = performance.now();
    const error = await failure(translator({ timeoutMs: 300 }).translate('Hej', 'da', 'uk'));
    expect(error.problem).toBe('timeout');
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('says unreachable when nothing listens at the address', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
    await new Promise((resolve) => closed.close(resolve));
    expect((await failure(translator({ url }).translate('Hej', 'da', 'uk'))).problem).toBe(
      'unreachable',
    );
  });

  it('follows no redirect: the text goes only where the configuration says', async () => {
    const redirecting = createServer((_req, res) => {
      res.writeHead(307, { Location: `${fake.url}/translate` });
      res.end();
    });
    await new Promise<void>((resolve) => redirecting.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(redirecting.address() as AddressInfo).port}`;
    try {
      const error = await failure(translator({ url }).translate('Hemmelig tekst', 'da', 'uk'));
      expect(error.problem).toBe('unreachable');
      expect(fake.requests).toEqual([]);
    } finally {
      await new Promise((resolve) => redirecting.close(resolve));
    }
  });

  it('says malformed for what is not its answer, and reads no more than its limit', async () => {
    const answering = (body: BodyInit, headers: Record<string, string> = {}) =>
      libreTranslate(
        { url: 'http://translate.invalid', timeoutMs: 1000 },
        { clock, fetch: async () => new Response(body, { headers }) },
      );
    for (const body of ['<html>', '{"translatedText": 5}', '[]']) {
      expect((await failure(answering(body).translate('Hej', 'da', 'uk'))).problem).toBe(
        'malformed',
      );
    }
    expect((await failure(answering('{"x":1}').languages())).problem).toBe('malformed');
    const huge = `{"translatedText":"${'x'.repeat(MAX_RESPONSE_BYTES)}"}`;
    expect((await failure(answering(huge).translate('Hej', 'da', 'uk'))).problem).toBe('malformed');
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(64 * 1024));
      },
    });
    expect((await failure(answering(endless).translate('Hej', 'da', 'uk'))).problem).toBe(
      'malformed',
    );
    expect(pulled * 64 * 1024).toBeLessThan(MAX_RESPONSE_BYTES * 2);
  });

  it('sends nothing for an empty text, and keeps no text in its errors', async () => {
    expect(await translator().translate('  ', 'da', 'uk')).toBe('  ');
    expect(fake.requests).toEqual([]);
    fake.mode = 'fail';
    const error = await failure(translator().translate('Min hemmelige historie', 'da', 'uk'));
    expect(`${error.message} ${error.stack}`).not.toContain('hemmelige');
  });
});
