// The widget asks its feed in the language it shows (protocol 1.3), appended to the feed's URL as
// it is written.
import { describe, expect, it } from 'vitest';
import { loadFeedJson } from '../../../widget/config';
import { fakeFetch, json } from '../utils/fixtures';

const page = { querySelector: () => null };

const askedFor = async (challenges: string, locale: string) => {
  const { fetch, calls } = fakeFetch(() => json(200, { challenges: [] }));
  await loadFeedJson({ challenges }, page, fetch, locale);
  return calls.map((call) => call.url);
};

describe('the feed asked in the visitor language', () => {
  it('asks with the language the widget shows', async () => {
    const feed = 'https://kommune.example/api/challenges';
    expect(await askedFor(feed, 'uk')).toEqual([`${feed}?locale=uk`]);
    expect(await askedFor(feed, 'da')).toEqual([`${feed}?locale=da`]);
  });

  it('keeps a query the feed URL has, as written', async () => {
    expect(await askedFor('https://kommune.example/feed?k=a%2Bb', 'pl')).toEqual([
      'https://kommune.example/feed?k=a%2Bb&locale=pl',
    ]);
  });

  it('reads an inline feed without asking anything', async () => {
    const { fetch, calls } = fakeFetch(() => json(200, {}));
    const inline = { querySelector: () => ({ textContent: '{"challenges": []}' }) as Element };
    expect(await loadFeedJson({}, inline, fetch, 'uk')).toEqual({ challenges: [] });
    expect(calls).toEqual([]);
  });
});
