// The feed's pure parts: entity tags and If-None-Match, and keeping the feed under the size the
// widgets accept.
import { describe, expect, it } from 'vitest';
import { fitFeed } from '../../server/data/feed';
import { entityTag, noneMatchHits } from '../../server/http/etag';
import { scriptJson } from '../../server/routes/desk/challenges/preview';
import type { FeedChallenge, PublishedAnswer } from '../../utils/schema/index';

describe('entity tags', () => {
  const tag = entityTag('{"challenges":[]}');

  it('are quoted, stable and differ with the body', () => {
    expect(tag).toMatch(/^"[\w-]{22}"$/);
    expect(entityTag('{"challenges":[]}')).toBe(tag);
    expect(entityTag('{"challenges":[{}]}')).not.toBe(tag);
  });

  it.each([
    [undefined, false],
    ['', false],
    [tag, true],
    [`W/${tag}`, true],
    [`"a", ${tag}`, true],
    [['"a"', tag], true],
    ['*', true],
    ['"a", "b"', false],
    [tag.slice(1, -1), false],
  ])('If-None-Match %j matches: %s', (header, hits) => {
    expect(noneMatchHits(header, tag)).toBe(hits);
  });
});

describe('fitFeed', () => {
  const answer = (n: number): PublishedAnswer => ({
    reference: 'SK-7F3K2Q',
    kind: 'proposal',
    text: `${n} ${'"'.repeat(8000 - String(n).length - 1)}`,
    actorType: 'citizen',
    status: 'received',
    publishedAt: '2027-01-01T00:00:00.000Z',
  });
  const item = (id: string): FeedChallenge => ({
    id,
    title: id,
    framing: 'f',
    seeking: ['need'],
    status: 'open',
    allowAnonymous: true,
    url: 'https://kommune.example/',
    published: Array.from({ length: 50 }, (_, n) => answer(n)),
  });

  it('leaves a feed that fits alone', () => {
    const items = [item('a')];
    const { items: fitted, body } = fitFeed(items, 10_000_000);
    expect(fitted).toBe(items);
    expect(JSON.parse(body)).toEqual({ challenges: items });
  });

  it('carries fewer of the newest published answers per challenge until it fits', () => {
    // 50 answers of 8,000 quotes are about 800 KB each challenge in JSON (a quote is escaped).
    const items = Array.from({ length: 12 }, (_, n) => item(`c${n}`));
    const { items: fitted, body } = fitFeed(items, 8_000_000);
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(8_000_000);
    expect(fitted[0]?.published).toHaveLength(25);
    expect(fitted[0]?.published?.[0]).toBe(items[0]?.published?.[0]);
    expect(fitted.map((challenge) => challenge.id)).toEqual(items.map((challenge) => challenge.id));
  });
});

describe('scriptJson', () => {
  it('writes JSON no text in it can break out of a script element, meaning the same', () => {
    const value = { text: '</script><script>alert(1)</script><!-- \u2028 \u2029' };
    const written = scriptJson(value).value;
    expect(written).not.toMatch(/[<\u2028\u2029]/);
    expect(JSON.parse(written)).toEqual(value);
  });
});
