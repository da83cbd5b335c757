// The widget asks its feed in the reader's language (protocol 1.3): `data-locale`, else the page's
// `lang`, appended to the feed's URL as it is written.
import { describe, expect, it } from 'vitest';
import { loadFeedJson } from '../../../widget/config';
import { fakeFetch, json } from '../utils/fixtures';

const page = (lang: string) => ({
  documentElement: { lang } as HTMLElement,
  querySelector: () => null,
});

const askedFor = async (challenges: string, locale: string | undefined, lang: string) => {
  const { fetch, calls } = fakeFetch(() => json(200, { challenges: [] }));
  await loadFeedJson({ challenges, ...(locale && { locale }) }, page(lang), fetch);
  return calls.map((call) => call.url);
};

describe('the feed asked in the reader language', () => {
  it('asks with data-locale, else the page language', async () => {
    const feed = 'https://kommune.example/api/challenges';
    expect(await askedFor(feed, 'uk', 'da')).toEqual([`${feed}?locale=uk`]);
    expect(await askedFor(feed, undefined, 'ar-SY')).toEqual([`${feed}?locale=ar-SY`]);
    // No language anywhere: the receiver reads an empty locale as none.
    expect(await askedFor(feed, undefined, '')).toEqual([`${feed}?locale=`]);
  });

  it('keeps a query the feed URL has, as written', async () => {
    expect(await askedFor('https://kommune.example/feed?k=a%2Bb', 'pl', '')).toEqual([
      'https://kommune.example/feed?k=a%2Bb&locale=pl',
    ]);
  });

  it('reads an inline feed without asking anything', async () => {
    const { fetch, calls } = fakeFetch(() => json(200, {}));
    const inline = {
      documentElement: { lang: 'uk' } as HTMLElement,
      querySelector: () => ({ textContent: '{"challenges": []}' }) as Element,
    };
    expect(await loadFeedJson({ locale: 'uk' }, inline, fetch)).toEqual({ challenges: [] });
    expect(calls).toEqual([]);
  });
});
