// The challenges feed in the reader's language (protocol 1.3): `GET /api/challenges?locale=uk`
// carries only the Ukrainian translation of each challenge, without `?locale=` every translation,
// and each URL has its own ETag and its own 304.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningReceiver } from '../../server/start';
import { type ChallengeInput, ChallengesFeed } from '../../utils/schema/index';
import { startTestReceiver } from './fixtures';

const UKRAINIAN = {
  title: 'Менше самотніх вечорів для літніх людей у Лунде',
  framing: 'Ми бачимо, що багато літніх людей у Лунде живуть самі.',
  questions: ['Що ви бачите?', 'Що ви пропонуєте?'],
};
const ARABIC = { title: 'أمسيات أقل وحدة لكبار السن في لوند' };

const TRANSLATED: ChallengeInput = {
  id: 'ensomhed-lunde',
  title: 'Færre ensomme aftener for ældre i Lunde',
  framing: 'Vi ser, at mange ældre i Lunde bor alene.',
  questions: ['Hvad ser du?', 'Hvad foreslår du?'],
  url: 'https://kommune.example/samskab/ensomhed-lunde',
  translations: { uk: UKRAINIAN, ar: ARABIC },
};
const DANISH_ONLY: ChallengeInput = {
  id: 'cykelture',
  title: 'Cykelture for beboere',
  framing: 'Rickshaw-cyklerne står stille.',
  url: 'https://kommune.example/samskab/cykelture',
};

let receiver: RunningReceiver;
let errors: unknown[];

beforeAll(async () => {
  ({ receiver, errors } = await startTestReceiver({ seed: [TRANSLATED, DANISH_ONLY] }));
});
afterAll(() => receiver?.close());

const feed = async (query = '', headers: Record<string, string> = {}) => {
  const response = await fetch(`${receiver.url}/api/challenges${query}`, { headers });
  const body = response.status === 200 ? ChallengesFeed.parse(await response.json()) : undefined;
  return { response, items: body?.challenges ?? [] };
};

describe('the feed in a language', () => {
  it('carries every translation without ?locale=', async () => {
    const { items } = await feed();
    expect(items[0]?.translations).toEqual({ uk: UKRAINIAN, ar: ARABIC });
    expect(items[1]).not.toHaveProperty('translations');
  });

  it.each([
    ['uk', 'uk'],
    ['uk-UA', 'uk'],
    ['UK', 'uk'],
    ['ar-SY', 'ar'],
  ])('with ?locale=%s carries only the translation into %s', async (locale, language) => {
    const { items } = await feed(`?locale=${locale}`);
    expect(items[0]?.translations).toEqual({ [language]: language === 'uk' ? UKRAINIAN : ARABIC });
    // Everything else is as without it.
    expect({ ...items[0], translations: undefined }).toEqual({
      ...(await feed()).items[0],
      translations: undefined,
    });
    expect(items[1]).not.toHaveProperty('translations');
  });

  it('carries no translation for a language it has none in', async () => {
    for (const locale of ['so', 'da', 'en-GB']) {
      const { items } = await feed(`?locale=${locale}`);
      expect(items[0], locale).not.toHaveProperty('translations');
      expect(items[0]?.title).toBe(TRANSLATED.title);
    }
  });

  it('reads a locale that is no language tag as none given', async () => {
    for (const locale of ['', '12', 'a', '%E2%80%AE', 'uk%00', '__proto__', 'constructor']) {
      const { response, items } = await feed(`?locale=${locale}`);
      expect(response.status, locale).toBe(200);
      expect(Object.keys(items[0]?.translations ?? {}).sort(), locale).toEqual(['ar', 'uk']);
    }
    expect(errors).toEqual([]);
  });

  it('gives each URL its own ETag, and a 304 only for its own', async () => {
    const all = (await feed()).response.headers.get('etag')!;
    const uk = (await feed('?locale=uk')).response.headers.get('etag')!;
    const so = (await feed('?locale=so')).response.headers.get('etag')!;
    expect(new Set([all, uk, so]).size).toBe(3);
    expect((await feed('?locale=uk', { 'If-None-Match': uk })).response.status).toBe(304);
    expect((await feed('?locale=uk-UA', { 'If-None-Match': uk })).response.status).toBe(304);
    expect((await feed('', { 'If-None-Match': uk })).response.status).toBe(200);
    expect((await feed('?locale=so', { 'If-None-Match': uk })).response.status).toBe(200);
  });
});
