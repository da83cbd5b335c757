import { describe, expect, it, vi } from 'vitest';
import { FeedError, fetchChallenges, parseChallenges } from '../../../utils/feed';
import { KINDS } from '../../../utils/kinds';
import type { ChallengeInput } from '../../../utils/schema/challenge';
import { fakeFetch, json } from './fixtures';

const challenge = (id: string, extra: Partial<ChallengeInput> = {}): ChallengeInput => ({
  id,
  title: `Udfordring ${id}`,
  framing: 'Vi ser problemet sådan her.',
  url: `https://kommune.example/samskab/${id}`,
  ...extra,
});

const noYield = { yieldToMain: async () => {} };

describe('parseChallenges', () => {
  it('keeps valid items, skips invalid ones and names each in a warning', async () => {
    const warn = vi.fn();
    const result = await parseChallenges(
      {
        challenges: [
          challenge('ensomhed-lunde'),
          challenge('Bad ID!'),
          { title: 'no id, no url' },
          challenge('liv-paa-plejecentret', { status: 'closed', seeking: ['offer'] }),
          'not an object',
          challenge('ensomhed-lunde', { title: 'again' }),
        ],
      },
      { warn, ...noYield },
    );
    expect(result.map((c) => c.id)).toEqual(['ensomhed-lunde', 'liv-paa-plejecentret']);
    expect(result[0]).toMatchObject({
      status: 'open',
      allowAnonymous: true,
      // Every kind: the contract's default (docs/protocol.md).
      seeking: [...KINDS],
    });
    expect(result[1]).toMatchObject({ status: 'closed', seeking: ['offer'] });
    const messages = warn.mock.calls.map(([message]) => message as string);
    expect(messages).toHaveLength(4);
    // In words: a field that is not there is missing, one that is there is wrong.
    expect(messages[0]).toMatch(/#1 \(id "Bad ID!"\) skipped: id is wrong \(/);
    expect(messages[1]).toMatch(/#2 skipped: id is missing; .*url is missing/);
    expect(messages[2]).toMatch(/#4 skipped: \(item\) is wrong \(/);
    expect(messages[3]).toMatch(/#5 \(id "ensomhed-lunde"\) skipped: the same id appears earlier/);
  });

  it.each([null, 'x', 42, [], {}, { challenges: {} }, { items: [] }, [{ challenges: [] }]])(
    'refuses a feed of the wrong shape: %j',
    async (json) => {
      const error = await parseChallenges(json, { warn: () => {} }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(FeedError);
      expect(error).toMatchObject({
        code: 'shape',
        message: expect.stringMatching(/"challenges"/),
      });
    },
  );

  it('says in Danish which field is missing or wrong, for a Danish page', async () => {
    const warn = vi.fn();
    const { url: _, ...noUrl } = challenge('uden-url');
    await parseChallenges(
      { challenges: [noUrl, challenge('forkert-frist', { deadline: '31. januar' })] },
      { warn, locale: 'da', ...noYield },
    );
    expect(warn.mock.calls.map(([m]) => m)).toEqual([
      'Samskab: challenge #0 (id "uden-url") skipped: url mangler',
      expect.stringMatching(
        /^Samskab: challenge #1 \(id "forkert-frist"\) skipped: deadline er forkert \(.+\)$/,
      ),
    ]);
  });

  it('accepts an empty feed', async () => {
    expect(await parseChallenges({ challenges: [] }, { warn: () => {} })).toEqual([]);
  });

  it('keeps HTML in text as the literal text it is', async () => {
    const framing = '<img src=x onerror="alert(1)"><b>Ældre</b> & <script>x()</script>';
    const [parsed] = await parseChallenges(
      { challenges: [challenge('html', { framing, title: '<i>titel</i>' })] },
      { warn: () => {}, ...noYield },
    );
    expect(parsed?.framing).toBe(framing);
    expect(parsed?.title).toBe('<i>titel</i>');
  });

  it('names only the first 20 invalid items, then counts the rest', async () => {
    const warn = vi.fn();
    const challenges = Array.from({ length: 30 }, (_, i) => challenge(`BAD-${i}`));
    await parseChallenges({ challenges }, { warn, ...noYield });
    expect(warn).toHaveBeenCalledTimes(21);
    expect(warn).toHaveBeenLastCalledWith('Samskab: 10 more invalid challenges skipped');
  });

  it('yields every sliceMs of work (deterministic clock)', async () => {
    let t = 0;
    const yields: number[] = [];
    const challenges = Array.from({ length: 100 }, (_, i) => challenge(`c-${i}`));
    // Every item "costs" 1 ms on this clock, so with sliceMs 8 it yields about every 8 items.
    const result = await parseChallenges(
      { challenges },
      { warn: () => {}, now: () => t++, sliceMs: 8, yieldToMain: async () => void yields.push(t) },
    );
    expect(result).toHaveLength(100);
    expect(yields.length).toBeGreaterThanOrEqual(10);
    expect(yields.length).toBeLessThanOrEqual(25);
  });

  // Wall-clock timing: a retry absorbs a busy CI machine descheduling the worker once.
  it('parses 10,000 items in slices with no stretch of work near 50 ms', { retry: 2 }, async () => {
    const challenges = Array.from({ length: 10_000 }, (_, i) =>
      challenge(`c-${i}`, {
        framing: 'Vi ser, at mange ældre bor alene. '.repeat(20),
        theme: 'ensomhed',
        area: 'Lunde',
        questions: ['Hvad ser I?', 'Hvad kan I?'],
        contact: { name: 'Facilitator', email: 'samskab@kommune.example' },
      }),
    );
    let last = performance.now();
    let longest = 0;
    let yields = 0;
    const result = await parseChallenges(
      { challenges },
      {
        warn: () => {},
        yieldToMain: async () => {
          yields++;
          longest = Math.max(longest, performance.now() - last);
          await new Promise((resolve) => setTimeout(resolve, 0));
          last = performance.now();
        },
      },
    );
    longest = Math.max(longest, performance.now() - last);
    expect(result).toHaveLength(10_000);
    expect(yields).toBeGreaterThan(1);
    expect(longest).toBeLessThan(50);
  });

  it('reports the valid items so far at each slice, for an early first paint', async () => {
    let t = 0;
    const seen: number[] = [];
    const challenges = Array.from({ length: 50 }, (_, i) => challenge(i === 3 ? 'BAD' : `c-${i}`));
    const result = await parseChallenges(
      { challenges },
      {
        warn: () => {},
        now: () => t++,
        sliceMs: 10,
        yieldToMain: async () => {},
        onProgress: (v) => void seen.push(v.length),
      },
    );
    expect(seen.length).toBeGreaterThan(2);
    expect(seen[0]).toBeLessThan(10);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.at(-1)).toBeLessThanOrEqual(result.length);
  });

  it('yields by default (scheduler.yield or a timeout)', async () => {
    const spy = vi.spyOn(globalThis, 'setTimeout');
    let t = 0;
    await parseChallenges(
      { challenges: [challenge('a'), challenge('b')] },
      { warn: () => {}, now: () => (t += 10) },
    );
    expect(spy).toHaveBeenCalled();
    spy.mockRestore();
  });
});

describe('fetchChallenges', () => {
  const url = 'https://kommune.example/samskab/challenges.json';

  it('fetches without credentials and parses', async () => {
    const { fetch, calls } = fakeFetch(() =>
      json(200, { challenges: [challenge('a'), { id: 'broken' }] }),
    );
    const warn = vi.fn();
    const list = await fetchChallenges(url, { fetch, warn, ...noYield });
    expect(list.map((c) => c.id)).toEqual(['a']);
    expect(warn).toHaveBeenCalledOnce();
    expect(calls[0]!.url).toBe(url);
    expect(calls[0]!.init.credentials).toBe('omit');
  });

  it.each(['http://kommune.example/feed.json', 'javascript:alert(1)', 'feed.json'])(
    'refuses %s without a request',
    async (bad) => {
      const { fetch, calls } = fakeFetch(() => json(200, { challenges: [] }));
      await expect(fetchChallenges(bad, { fetch })).rejects.toMatchObject({ code: 'url' });
      expect(calls).toHaveLength(0);
    },
  );

  it('refuses a feed over the size cap by Content-Length, before reading it', async () => {
    const text = vi.fn();
    const response = {
      ok: true,
      status: 200,
      headers: new Headers({ 'Content-Length': '20000001' }),
      text,
    } as unknown as Response;
    const { fetch } = fakeFetch(() => response);
    await expect(fetchChallenges(url, { fetch })).rejects.toMatchObject({ code: 'size' });
    expect(text).not.toHaveBeenCalled();
  });

  it('refuses a feed over the size cap by its length when no Content-Length is given', async () => {
    const { fetch } = fakeFetch(
      () => new Response(JSON.stringify({ challenges: [], pad: 'x'.repeat(200) })),
    );
    await expect(fetchChallenges(url, { fetch, maxBytes: 100 })).rejects.toMatchObject({
      code: 'size',
    });
  });

  it('explains HTTP errors, network errors and broken JSON', async () => {
    const notFound = fakeFetch(() => new Response('', { status: 404 }));
    await expect(fetchChallenges(url, { fetch: notFound.fetch })).rejects.toMatchObject({
      code: 'http',
      message: expect.stringMatching(/HTTP 404/),
    });
    const offline = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    await expect(fetchChallenges(url, { fetch: offline.fetch })).rejects.toMatchObject({
      code: 'network',
    });
    const html = fakeFetch(() => new Response('<html>', { status: 200 }));
    await expect(fetchChallenges(url, { fetch: html.fetch })).rejects.toMatchObject({
      code: 'json',
    });
  });
});
