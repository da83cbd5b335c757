// The pure parts of issue 21: origins read from a header or typed by staff, the Space-Saving
// summary that keeps the most refused sites in bounded memory, the allowed sites' cache, and the
// embed page's code (integrity only for a versioned release) and its CSP checklist.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  integrityImportMap,
  embedSnippet as releaseSnippet,
} from '../../../scripts/release-package';
import { createAllowedOrigins } from '../../../server/data/allowed-origins';
import type { Queryable, Row, SqlParam } from '../../../server/data/db';
import { mergeCounts } from '../../../server/data/refused-origins';
import { TopKeys } from '../../../server/data/top-origins';
import {
  ORIGIN_MAX,
  originForLog,
  pageOrigin,
  readOriginInput,
  unicodeOrigin,
} from '../../../server/http/origin';
import {
  cspChecklist,
  type EmbedChoice,
  embedSnippet,
  examplePolicy,
  readReleaseUrl,
} from '../../../server/ui/embed-snippet';

describe('an Origin header', () => {
  it('is kept only when it is exactly a browser’s serialised http(s) origin', () => {
    for (const good of ['https://www.lunde.dk', 'http://localhost:4000', 'http://127.0.0.1:8080'])
      expect(pageOrigin(good), good).toBe(good);
    for (const bad of [
      undefined,
      ['https://a.dk', 'https://b.dk'],
      'null',
      '',
      'https://WWW.lunde.dk',
      'https://www.lunde.dk/',
      'https://www.lunde.dk:443',
      'https://karen@lunde.dk',
      'https://bücher.dk',
      'https://www.lunde.dk\r\nSet-Cookie: x=1',
      'http://a\tb.dk',
      'chrome-extension://abcdef',
      'javascript:alert(1)',
      `https://${'a'.repeat(ORIGIN_MAX)}.dk`,
    ])
      expect(pageOrigin(bad), JSON.stringify(bad)).toBeUndefined();
  });

  it('is logged as itself, as null, or as "invalid": never as the text an attacker wrote', () => {
    expect(originForLog('https://www.lunde.dk')).toBe('https://www.lunde.dk');
    expect(originForLog('null')).toBe('null');
    for (const hostile of [
      'https://x.dk\u0000',
      'https://x.dk\u001b[31m',
      'karen@example.dk',
      `https://${'a'.repeat(5000)}.dk`,
      'https://x.dk/?token=secret',
    ])
      expect(originForLog(hostile)).toBe('invalid');
  });
});

describe('a site typed in the desk', () => {
  it('is read as its origin, dropping a path, in punycode', () => {
    expect(readOriginInput(' https://www.lunde.dk/borger/samskab?x=1 ')).toEqual({
      ok: true,
      origin: 'https://www.lunde.dk',
    });
    expect(readOriginInput('https://bücher.dk')).toEqual({
      ok: true,
      origin: 'https://xn--bcher-kva.dk',
    });
  });

  it('is refused, in words, when it is no site or hides something', () => {
    for (const bad of [
      '',
      'www.lunde.dk',
      'ftp://lunde.dk',
      'javascript:alert(1)',
      'https://karen:hemmelig@lunde.dk',
      'https://lun\nde.dk',
      'https://lunde.dk\u0007',
      `https://${'a'.repeat(400)}.dk`,
    ]) {
      const read = readOriginInput(bad);
      expect(read.ok, JSON.stringify(bad)).toBe(false);
      if (!read.ok) expect(read.reason).toMatch(/\S/);
    }
  });

  it('shows a look-alike as what it is: Unicode differs from its punycode', () => {
    // "lunde.dk" with a Cyrillic "е" (U+0435) and a Cyrillic "а" elsewhere.
    const read = readOriginInput('https://lund\u0435.dk');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.origin).toMatch(/^https:\/\/xn--/);
    expect(unicodeOrigin(read.origin)).toBe('https://lund\u0435.dk');
    expect(unicodeOrigin('http://localhost:4000')).toBe('http://localhost:4000');
  });
});

describe('the most refused sites (Space-Saving)', () => {
  it('stays within its capacity and keeps a steady site through a flood of 100,000 random ones', () => {
    const top = new TopKeys(256);
    let real = 0;
    let largest = 0;
    for (let i = 0; i < 100_000; i++) {
      top.see(`https://r${i}-${Math.random().toString(36).slice(2)}.example`, i);
      if (i % 50 === 0) {
        top.see('https://www.lunde.dk', i);
        real += 1;
      }
      largest = Math.max(largest, top.size);
    }
    expect(largest).toBe(256);
    const listed = top.list();
    expect(listed).toHaveLength(256);
    expect(listed[0]?.key).toBe('https://www.lunde.dk');
    // What is shown is what is sure: never more than the site was seen.
    expect(listed[0]?.count).toBeGreaterThan(0);
    expect(listed[0]?.count).toBeLessThanOrEqual(real);
    expect(listed.slice(1).every((seen) => seen.count === 1)).toBe(true);
  });

  it('drops the least seen first, the one that waited longest among them', () => {
    const top = new TopKeys(3);
    top.see('a', 1);
    top.see('a', 2);
    top.see('b', 3);
    top.see('c', 4);
    top.see('d', 5); // replaces b: seen once, and longer ago than c
    expect(top.list().map((seen) => seen.key)).toEqual(['a', 'd', 'c']);
    top.delete('a');
    expect(top.list().map((seen) => seen.key)).toEqual(['d', 'c']);
  });

  it('never shows more than a key was seen, and keeps every key seen more than 1 in capacity', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 400 }),
        (capacity, stream) => {
          const top = new TopKeys(capacity);
          const truth = new Map<string, number>();
          stream.forEach((n, at) => {
            top.see(`k${n}`, at);
            truth.set(`k${n}`, (truth.get(`k${n}`) ?? 0) + 1);
          });
          const listed = top.list();
          expect(listed.length).toBe(Math.min(capacity, truth.size));
          for (const seen of listed) {
            expect(seen.count).toBeGreaterThanOrEqual(1);
            expect(seen.count).toBeLessThanOrEqual(truth.get(seen.key)!);
          }
          for (const [key, count] of truth)
            if (count > stream.length / capacity)
              expect(listed.map((seen) => seen.key)).toContain(key);
        },
      ),
    );
  });

  it('merges unwritten counts with new ones by site', () => {
    const at = (s: number) => new Date(s * 1000);
    expect(
      mergeCounts(
        [{ origin: 'a', firstSeen: at(1), lastSeen: at(2), count: 3 }],
        [
          { origin: 'b', firstSeen: at(1), lastSeen: at(9), count: 1 },
          { origin: 'a', firstSeen: at(5), lastSeen: at(6), count: 2 },
        ],
      ),
    ).toEqual([
      { origin: 'a', firstSeen: at(1), lastSeen: at(6), count: 5 },
      { origin: 'b', firstSeen: at(1), lastSeen: at(9), count: 1 },
    ]);
  });
});

describe('the allowed sites’ cache', () => {
  /** A database with one table, that counts its reads and can be made to fail. */
  function fakeDb() {
    const state = { rows: ['https://stored.dk'], reads: 0, failing: false };
    const db: Queryable = {
      query: async <R extends Row>(sql: string, params: readonly SqlParam[] = []) => {
        if (state.failing) throw new Error('down');
        if (sql.startsWith('SELECT origin FROM allowed_origins')) {
          state.reads += 1;
          return state.rows.map((origin) => ({ origin })) as unknown as R[];
        }
        if (sql.includes('INSERT INTO allowed_origins')) {
          state.rows.push(String(params[0]));
          return [{ origin: params[0] }] as unknown as R[];
        }
        return [] as R[];
      },
    };
    return { db, state };
  }

  it('reads the database at most once per TTL, and sees its own change at once', async () => {
    const { db, state } = fakeDb();
    let now = 0;
    const errors: unknown[] = [];
    const allowed = createAllowedOrigins({
      db,
      fixed: ['https://fixed.dk'],
      clock: () => now,
      ttlMs: 5_000,
      logError: (_message, error) => errors.push(error),
    });
    expect([...(await allowed.current())]).toEqual(['https://fixed.dk', 'https://stored.dk']);
    await Promise.all(Array.from({ length: 50 }, () => allowed.current()));
    expect(state.reads).toBe(1);
    // Another receiver adds a site: seen here once the TTL has passed, not before.
    state.rows.push('https://other.dk');
    now = 4_999;
    expect((await allowed.current()).has('https://other.dk')).toBe(false);
    now = 5_000;
    expect((await allowed.current()).has('https://other.dk')).toBe(true);
    expect(state.reads).toBe(2);
    // A change made here is seen here at once.
    expect(await allowed.allow('https://mine.dk', null, new Date(now))).toBe('added');
    expect((await allowed.current()).has('https://mine.dk')).toBe(true);
    expect(await allowed.allow('https://fixed.dk', null, new Date(now))).toBe('fixed');
    expect(await allowed.remove('https://fixed.dk')).toBe('fixed');
    // A database that fails keeps the last list, says so, and is not asked again until the TTL.
    state.failing = true;
    now = 20_000;
    expect((await allowed.current()).has('https://mine.dk')).toBe(true);
    expect(errors).toHaveLength(1);
    const reads = state.reads;
    await allowed.current();
    expect(state.reads).toBe(reads);
    expect(errors).toHaveLength(1);
  });
});

describe('the embed page’s code', () => {
  const receiver = 'https://samskab.lunde.dk';
  const integrity = {
    'samskab.js': 'sha384-js',
    'samskab.css': 'sha384-css',
    'samskab.mjs': 'sha384-mjs',
    'chunks/after-paint-ABC.mjs': 'sha384-after',
  };
  const own: EmbedChoice = { receiver, challenge: 'ensomhed-lunde', locale: 'en' };
  const release: EmbedChoice = {
    receiver,
    challenge: undefined,
    locale: 'da',
    release: { baseUrl: 'https://cdn.lunde.dk/samskab/0.1.0/', integrity },
  };

  it('loads the receiver’s own widget without integrity: those files change at every upgrade', () => {
    const code = embedSnippet(own);
    expect(code).not.toContain('integrity');
    expect(code).not.toContain('importmap');
    expect(code).toContain(`<script src="${receiver}/widget/samskab.js" defer`);
    expect(code).toContain(`data-endpoint="${receiver}/api/submissions"`);
    expect(code).toContain(`data-challenges="${receiver}/api/challenges"`);
    expect(code).toContain('data-locale="en"');
    expect(code).toContain('<div data-samskab data-challenge="ensomhed-lunde"></div>');
  });

  it('checks a release’s files by their digests, with the same import map as npm run release', () => {
    const code = embedSnippet(release);
    expect(code).toContain('integrity="sha384-js" crossorigin="anonymous"');
    expect(code).toContain('integrity="sha384-css" crossorigin="anonymous"');
    const map = /<script type="importmap">(.*)<\/script>/.exec(code)?.[1];
    const fromRelease = releaseSnippet({
      version: '0.1.0',
      baseUrl: 'https://cdn.lunde.dk/samskab/0.1.0/',
      integrity,
    }).html;
    expect(fromRelease).toContain(`<script type="importmap">${map}</script>`);
    expect(code.indexOf('importmap')).toBeLessThan(code.indexOf('samskab.js'));
    expect(code).toContain('<div data-samskab></div>');
  });

  it('puts the challenges into the page for the inline variant, where no text can end the script', () => {
    const code = embedSnippet(own, {
      challenges: [{ id: 'x', title: '</script><script>alert(1)</script>' }],
    });
    expect(code).not.toContain('data-challenges=');
    expect(code).not.toContain('</script><script>alert');
    const json = /data-samskab-challenges>(.*)<\/script>/.exec(code)?.[1] ?? '';
    expect(JSON.parse(json).challenges[0].title).toBe('</script><script>alert(1)</script>');
  });

  it('takes a release folder only when it names the receiver’s version', () => {
    expect(readReleaseUrl('https://cdn.lunde.dk/samskab/0.1.0', '0.1.0')).toEqual({
      ok: true,
      baseUrl: 'https://cdn.lunde.dk/samskab/0.1.0/',
    });
    for (const bad of [
      'https://cdn.lunde.dk/samskab/',
      'https://cdn.lunde.dk/samskab/0.1.01/',
      'https://cdn.lunde.dk/samskab/0.1.0/?v=2',
      'ftp://cdn.lunde.dk/0.1.0/',
      'cdn.lunde.dk/0.1.0/',
    ])
      expect(readReleaseUrl(bad, '0.1.0').ok, bad).toBe(false);
  });

  it('lists the CSP sources the page needs: the widget’s origin, the receiver, and the import map', () => {
    expect(cspChecklist(own).map((e) => [e.directive, e.sources])).toEqual([
      ['script-src', [receiver]],
      ['style-src', [receiver]],
      ['connect-src', [receiver]],
    ]);
    const map = integrityImportMap('https://cdn.lunde.dk/samskab/0.1.0/', integrity);
    expect(cspChecklist(release).map((e) => [e.directive, e.sources])).toEqual([
      ['script-src', ['https://cdn.lunde.dk', map.csp]],
      ['style-src', ['https://cdn.lunde.dk']],
      ['connect-src', [receiver]],
    ]);
    expect(examplePolicy(cspChecklist(own))).toBe(
      `default-src 'self'; script-src 'self' ${receiver}; style-src 'self' ${receiver}; connect-src 'self' ${receiver}`,
    );
  });
});
