import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { FeedError, parseChallenges } from '../../../../utils/feed';
import { KINDS } from '../../../../utils/kinds';
import { Challenge } from '../../../../utils/schema/challenge';
import { RemoteUrl } from '../../../../utils/schema/common';
import { WidgetConfig } from '../../../../utils/schema/config';
import { ChallengesFeed } from '../../../../utils/schema/loop';
import { Submission } from '../../../../utils/schema/submission';
import { isAllowedRemoteUrl } from '../../../../utils/url';
import {
  allowedRemoteUrl,
  challenge,
  FRAGMENTS,
  hostileKey,
  hostileString,
  hostileValue,
  submission,
  widgetConfig,
} from './arbitraries';

type Schema = z.ZodMiniType;
const SCHEMAS: [string, Schema][] = [
  ['Challenge', Challenge],
  ['ChallengesFeed', ChallengesFeed],
  ['Submission', Submission],
  ['WidgetConfig', WidgetConfig],
];

/** safeParse's verdict, asserting it is one of the two it may be: data, or a zod error. */
function verdict(schema: Schema, value: unknown) {
  const result = schema.safeParse(value);
  if (!result.success) {
    expect(result.error).toBeInstanceOf(z.core.$ZodError);
    expect(result.error.issues.length).toBeGreaterThan(0);
  }
  return result;
}

const MB = 2 ** 20;
const HUGE = [
  'x'.repeat(MB),
  '\u202e'.repeat(MB),
  '\ud800'.repeat(MB),
  `a@${'a-'.repeat(MB / 2)}`,
  `${'a.'.repeat(MB / 2)}@x.dk`,
  `https://kommune.example/${'a'.repeat(MB)}`,
  `${'1'.repeat(MB)}.0.0`,
  '2026-01-01'.repeat(MB / 10),
  `<script>${'x'.repeat(MB)}</script>`,
];

const setIn = (value: unknown, path: readonly string[], leaf: unknown): unknown => {
  const [head, ...rest] = path;
  if (head === undefined) return leaf;
  const object = (value ?? {}) as Record<string, unknown>;
  return { ...object, [head]: setIn(object[head], rest, leaf) };
};

/** Keys on Object.prototype now, to see that parsing added none. */
const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort();
const cleanPrototype = prototypeKeys();

afterEach(() => {
  // A polluted prototype would poison every later test: fail loudly here, and clean up.
  const added = prototypeKeys().filter((key) => !cleanPrototype.includes(key));
  for (const key of added) delete (Object.prototype as Record<string, unknown>)[key];
  expect(added).toEqual([]);
});

describe.each(SCHEMAS)('%s.safeParse on hostile input', (_name, schema) => {
  it('returns a result (data or a zod error) for any value, never throws', () => {
    fc.assert(
      fc.property(hostileValue, (value) => {
        verdict(schema, value);
      }),
    );
  });

  it('returns a zod error for any string, top level or in any field', () => {
    fc.assert(
      fc.property(hostileString, hostileKey, (value, key) => {
        expect(verdict(schema, value).success).toBe(false);
        verdict(schema, { [key]: value });
      }),
    );
  });

  it('answers 1 MB strings in any field, quickly', () => {
    const fields = ['id', 'title', 'framing', 'url', 'endpoint', 'challenges', 'locale', 'pageUrl'];
    const started = performance.now();
    for (const huge of HUGE) {
      for (const field of fields) expect(verdict(schema, { [field]: huge }).success).toBe(false);
    }
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});

describe('valid values parse to themselves, byte for byte', () => {
  it.each([
    ['Challenge', Challenge, challenge],
    ['Submission', Submission, submission],
    ['WidgetConfig', WidgetConfig, widgetConfig],
  ] as [string, Schema, fc.Arbitrary<object>][])('%s', (_name, schema, valid) => {
    fc.assert(
      fc.property(valid, (value) => {
        const result = verdict(schema, value);
        expect(result.success && result.data).toStrictEqual(value);
      }),
    );
  });

  it('Challenge, with the defaults filled in when left out', () => {
    fc.assert(
      fc.property(challenge, (value) => {
        const { seeking: _s, status: _t, allowAnonymous: _a, ...bare } = value;
        const result = verdict(Challenge, bare);
        expect(result.success && result.data).toStrictEqual({
          ...bare,
          // Every kind: the contract's default (docs/protocol.md).
          seeking: [...KINDS],
          status: 'open',
          allowAnonymous: true,
        });
      }),
    );
  });

  it('the feed', () => {
    fc.assert(
      fc.property(fc.uniqueArray(challenge, { selector: (c) => c.id, maxLength: 8 }), (list) => {
        const result = verdict(ChallengesFeed, { challenges: list });
        expect(result.success && result.data).toStrictEqual({ challenges: list });
      }),
      { numRuns: 30 },
    );
  });

  it('text with every hostile fragment is kept exactly as written', () => {
    const framing = FRAGMENTS.join(' ');
    const result = Challenge.safeParse({
      id: 'x',
      title: '\u202eevil\u202c title',
      framing,
      url: 'https://kommune.example/x',
    });
    expect(result.success && result.data.framing).toBe(framing);
    expect(result.success && result.data.title).toBe('\u202eevil\u202c title');
  });
});

// Invalid values for one field at a time; the issues must name that field.
const wrongType = fc.oneof(
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { minLength: 1, maxLength: 3 }),
  fc.constant({ toString: () => 'https://kommune.example/' }),
);
const tooLong = (max: number) =>
  fc.constantFrom('x', 'ø', '\u202e', '👩').map((s) => s.repeat(max + 1));
const blank = fc.constantFrom('', ' ', '\t\n', '\u3000');
const notUrl = fc.constantFrom(
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  '/api/samskab',
  'kommune.example/x',
  '',
  'ftp://kommune.example/x',
);
const notSlug = fc.oneof(
  blank,
  tooLong(80),
  hostileString.filter((s) => !/^[a-z0-9-]{1,80}$/.test(s)),
);
const notDate = fc.constantFrom(
  '2026-02-30',
  '2026-1-1',
  '01-01-2026',
  '2026-01-01T00:00:00Z',
  'i morgen',
);
const notEmail = fc.constantFrom('x', 'a@b', '@kommune.example', 'a b@kommune.example', '<a@b.dk>');
const notPhone = fc.constantFrom('12', 'ring mig', '+45 12345678 ext. 9', '1'.repeat(41));

type Field = { path: string[]; invalid: fc.Arbitrary<unknown> };
const CHALLENGE_FIELDS: Field[] = [
  { path: ['id'], invalid: fc.oneof(wrongType, notSlug) },
  { path: ['title'], invalid: fc.oneof(wrongType, blank, tooLong(200)) },
  { path: ['framing'], invalid: fc.oneof(wrongType, blank, tooLong(4000)) },
  {
    path: ['questions'],
    invalid: fc.oneof(
      fc.constant('Hvad ser I?'),
      fc.constant(Array(6).fill('Hvad ser I?')),
      fc.constant(['ok', 42]),
      fc.constant([' ']),
    ),
  },
  {
    path: ['seeking'],
    invalid: fc.constantFrom([], ['need', 'need'], ['idea'], 'need', Array(4).fill('need')),
  },
  { path: ['resourcesWanted'], invalid: fc.constantFrom(['money'], 'time', [null]) },
  { path: ['area'], invalid: fc.oneof(wrongType, tooLong(120)) },
  { path: ['theme'], invalid: fc.oneof(wrongType, tooLong(60)) },
  { path: ['deadline'], invalid: fc.oneof(wrongType, notDate) },
  { path: ['status'], invalid: fc.constantFrom('OPEN', 'open ', 'archived', 1, null) },
  { path: ['allowAnonymous'], invalid: fc.constantFrom('true', 0, 1, null, 'false') },
  { path: ['contact'], invalid: fc.constantFrom('samskab@kommune.example', 42, []) },
  { path: ['contact', 'email'], invalid: notEmail },
  { path: ['contact', 'phone'], invalid: notPhone },
  { path: ['url'], invalid: fc.oneof(wrongType, notUrl, tooLong(2000)) },
];
const SUBMISSION_FIELDS: Field[] = [
  { path: ['id'], invalid: fc.constantFrom('1', '00000000-0000-1000-8000-000000000001', 42) },
  { path: ['schemaVersion'], invalid: fc.constantFrom(0, 2, '1', null) },
  { path: ['kind'], invalid: fc.constantFrom('idea', 'Need', '', null) },
  { path: ['challenge', 'id'], invalid: notSlug },
  { path: ['challenge', 'title'], invalid: fc.oneof(blank, tooLong(200)) },
  { path: ['challenge', 'url'], invalid: notUrl },
  { path: ['text'], invalid: fc.constantFrom('body', null, []) },
  { path: ['text', 'body'], invalid: fc.oneof(wrongType, blank, tooLong(8000)) },
  { path: ['text', 'title'], invalid: fc.oneof(wrongType, tooLong(200)) },
  { path: ['author', 'actorType'], invalid: fc.constantFrom('company', '', null) },
  { path: ['author', 'name'], invalid: fc.oneof(wrongType, tooLong(200)) },
  { path: ['author', 'email'], invalid: notEmail },
  { path: ['author', 'phone'], invalid: notPhone },
  { path: ['consent', 'contact'], invalid: fc.constantFrom('yes', 1, null) },
  { path: ['consent', 'textVersion'], invalid: fc.oneof(blank, tooLong(40)) },
  { path: ['locale'], invalid: fc.constantFrom('dansk', 'da_DK', 'd', '', 'da-'.padEnd(36, 'x')) },
  { path: ['pageUrl'], invalid: notUrl },
  { path: ['source'], invalid: fc.constantFrom('page', '', null) },
  { path: ['clientVersion'], invalid: fc.constantFrom('1.0', 'v1.0.0', '1.0.0 ', '1'.repeat(65)) },
  { path: ['createdAt'], invalid: fc.constantFrom('2026-11-01', '2026-11-01 10:00', 'i går', 0) },
  { path: ['submittedAt'], invalid: fc.constantFrom('now', 0, '2026-11-01T25:00:00Z') },
];
const CONFIG_FIELDS: Field[] = [
  {
    path: ['endpoint'],
    invalid: fc.oneof(wrongType, notUrl, fc.constant('http://kommune.example/api')),
  },
  { path: ['challenges'], invalid: fc.oneof(notUrl, fc.constant('http://10.0.0.1/feed.json')) },
  { path: ['challenge'], invalid: notSlug },
  { path: ['locale'], invalid: fc.constantFrom('fr', 'DA', 'da-DK', '', 'en ') },
  { path: ['colorScheme'], invalid: fc.constantFrom('Dark', 'system', 'light dark', '', 'auto ') },
];
// Rules across fields: breaking `kind` may also be reported at `offer`, say.
const CROSS_FIELD_PATHS = ['offer', 'canHelpImplement', 'consent.contact'];

describe.each([
  ['Challenge', Challenge, challenge, CHALLENGE_FIELDS],
  ['Submission', Submission, submission, SUBMISSION_FIELDS],
  ['WidgetConfig', WidgetConfig, widgetConfig, CONFIG_FIELDS],
] as [string, Schema, fc.Arbitrary<object>, Field[]][])(
  '%s: an invalid field gives issues that name it',
  (name, schema, valid, fields) => {
    it.each(fields.map((field) => [field.path.join('.'), field] as const))('%s', (_path, field) => {
      fc.assert(
        fc.property(valid, field.invalid, (value, bad) => {
          const result = verdict(schema, setIn(value, field.path, bad));
          expect(result.success).toBe(false);
          const paths = result.error!.issues.map((issue) => issue.path.join('.'));
          const named = field.path.join('.');
          expect(paths.some((path) => path === named || path.startsWith(`${named}.`))).toBe(true);
          const elsewhere = paths.filter(
            (path) =>
              path !== named &&
              !path.startsWith(`${named}.`) &&
              !(name === 'Submission' && CROSS_FIELD_PATHS.includes(path)),
          );
          expect(elsewhere).toEqual([]);
        }),
        { numRuns: 40 },
      );
    });
  },
);

describe('arrays too long to read are refused at the array', () => {
  // Each invalid element used to become an issue of its own: a million of them overflowed the
  // call stack while zod gathered them (RangeError), instead of a result.
  it.each([
    ['seeking', Array(1_000_000).fill('idea')],
    ['seeking', Array(1_000_000).fill('need')],
    ['questions', Array(1_000_000).fill(42)],
    ['resourcesWanted', Array(1_000_000).fill('money')],
  ])('%s with a million elements: one too_big issue', (field, list) => {
    const base = { id: 'a', title: 't', framing: 'f', url: 'https://kommune.example/a' };
    const result = verdict(Challenge, { ...base, [field]: list });
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ code: 'too_big', path: [field] }),
    ]);
  });
});

describe('remote URLs: the first-paint check and the schema agree', () => {
  // The widget fetches a feed after only `isAllowedRemoteUrl` said yes; the zod config check
  // comes later. Where they disagreed (URLs over 2000 characters), a feed the configuration then
  // refused had already been fetched.
  const candidate = fc.oneof(
    allowedRemoteUrl,
    hostileString,
    fc.webUrl(),
    allowedRemoteUrl.map((url) => `${url}${'a'.repeat(2000)}`),
    fc.constantFrom(
      'javascript:alert(1)',
      'data:application/json,{"challenges":[]}',
      '/api/samskab',
      '//kommune.example/api',
      'http://kommune.example/api',
      'http://localhost.kommune.example/api',
      'http://127.0.0.1.nip.io/api',
      'https://user:pass@kommune.example/api',
      'https://kommune.example@evil.example/api',
      'blob:https://kommune.example/1',
      'HTTPS://KOMMUNE.EXAMPLE/API',
      ' https://kommune.example/api',
      'http://[::1]:8080/api',
      'http://localhost:8080/api',
    ),
  );

  it('for any string', () => {
    fc.assert(
      fc.property(candidate, (url) => {
        expect(isAllowedRemoteUrl(url)).toBe(RemoteUrl.safeParse(url).success);
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    'javascript:alert(1)',
    'data:application/json,{}',
    '/api/samskab',
    'http://kommune.example/api',
    'http://10.0.0.1/api',
    'https://user:pass@kommune.example/api',
    `https://kommune.example/${'a'.repeat(2000)}`,
  ])('refuses %s', (url) => {
    expect(isAllowedRemoteUrl(url)).toBe(false);
  });

  it.each([42, null, undefined, {}, ['https://kommune.example/']])(
    'refuses a non-string: %j',
    (v) => {
      expect(isAllowedRemoteUrl(v)).toBe(false);
    },
  );
});

describe('a parsed feed never pollutes Object.prototype', () => {
  const noYield = { warn: () => {}, yieldToMain: async () => {} };
  const polluting = fc.constantFrom(
    '{"__proto__":{"polluted":"yes"}}',
    '{"constructor":{"prototype":{"polluted":"yes"}}}',
    '{"__proto__":{"__proto__":{"polluted":"yes"}}}',
  );
  const item = fc
    .tuple(challenge, polluting, fc.constantFrom('item', 'contact', 'questions'))
    .map(([value, poison, where]) => {
      const json = JSON.stringify(value);
      const poisoned = `${json.slice(0, -1)},"extra":${poison},${poison.slice(1, -1)}}`;
      if (where === 'item') return poisoned;
      if (where === 'contact')
        return JSON.stringify({ ...value, contact: 'X' }).replace('"X"', poison);
      return JSON.stringify({ ...value, questions: ['X'] }).replace('"X"', poison);
    });

  it('for challenges with "__proto__" and "constructor" keys anywhere', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(item, { maxLength: 5 }), polluting, async (items, feedPoison) => {
        const text = `{"challenges":[${items.join(',')}],${feedPoison.slice(1, -1)}}`;
        const feed: unknown = JSON.parse(text);
        const parsed = await parseChallenges(feed, noYield);
        for (const schema of [ChallengesFeed, Challenge, Submission, WidgetConfig])
          verdict(schema, feed);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        for (const c of parsed) {
          expect(Object.getPrototypeOf(c)).toBe(Object.prototype);
          expect(Object.hasOwn(c, '__proto__')).toBe(false);
          expect((c as Record<string, unknown>).polluted).toBeUndefined();
        }
      }),
      { numRuns: 50 },
    );
  });

  it('a feed whose list hides behind "__proto__" is refused, not read through the prototype', async () => {
    const valid = { id: 'a', title: 't', framing: 'f', url: 'https://kommune.example/a' };
    const feed: unknown = JSON.parse(`{"__proto__":{"challenges":[${JSON.stringify(valid)}]}}`);
    await expect(parseChallenges(feed, noYield)).rejects.toMatchObject({ code: 'shape' });
  });

  it('a polluted Object.prototype does not supply a feed', async () => {
    (Object.prototype as Record<string, unknown>).challenges = [
      { id: 'from-the-polluter', title: 't', framing: 'f', url: 'https://evil.example/' },
    ];
    try {
      await expect(parseChallenges({}, noYield)).rejects.toBeInstanceOf(FeedError);
    } finally {
      delete (Object.prototype as Record<string, unknown>).challenges;
    }
  });
});

describe('parseChallenges on hostile feeds', () => {
  const noYield = { warn: () => {}, yieldToMain: async () => {} };

  it('resolves with valid challenges or refuses the shape, for any JSON', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.jsonValue(),
          fc.array(fc.oneof(challenge, fc.jsonValue())).map((challenges) => ({ challenges })),
        ),
        async (json) => {
          const result = await parseChallenges(json, noYield).catch((error: unknown) => error);
          if (Array.isArray(result)) {
            for (const c of result) expect(Challenge.safeParse(c).success).toBe(true);
          } else {
            expect(result).toMatchObject({ name: 'FeedError', code: 'shape' });
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('skips items nested 100,000 deep and 200,000 invalid items, without throwing', {
    timeout: 60_000,
  }, async () => {
    const deep = JSON.parse(`${'{"contact":'.repeat(100_000)}1${'}'.repeat(100_000)}`) as unknown;
    const valid = { id: 'ok', title: 't', framing: 'f', url: 'https://kommune.example/ok' };
    const warnings: string[] = [];
    const result = await parseChallenges(
      { challenges: [deep, valid, ...Array(200_000).fill(0)] },
      { warn: (m) => warnings.push(m), yieldToMain: async () => {} },
    );
    expect(result.map((c) => c.id)).toEqual(['ok']);
    expect(warnings.at(-1)).toMatch(/199981 more invalid challenges skipped/);
  });
});
