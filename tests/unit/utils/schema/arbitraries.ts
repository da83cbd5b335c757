// fast-check arbitraries for the shared schemas: valid values built field by field from the
// contract (docs/protocol.md), and the hostile text a page, a feed or a person may send instead.
import fc from 'fast-check';
import { carried } from '../../../../utils/kinds';
import { ACTOR_TYPES, KINDS, RESOURCE_TYPES } from '../../../../utils/schema/common';

/** Pieces of text known to break naive code: controls, bidi overrides, lone surrogates, markup. */
export const FRAGMENTS = [
  '\u0000',
  '\u0007',
  '\u001b[31m',
  '\r\n',
  '\t',
  '\u202e',
  '\u202d',
  '\u2066',
  '\u200b',
  '\ufeff',
  '\ud800',
  '\udfff',
  '\udc00\ud800',
  '👩‍👩‍👧‍👦',
  '🇩🇰',
  'æøå ÆØÅ',
  "'; DROP TABLE submissions; --",
  '" OR "1"="1',
  '<script>alert(1)</script>',
  '<img src=x onerror="alert(1)">',
  '</textarea><svg onload=alert(1)>',
  '{{constructor.constructor("alert(1)")()}}',
  '$\u{7b}7*7}', // a template placeholder, as text
  '__proto__',
  'constructor',
  'prototype',
  'javascript:alert(1)',
  '../../etc/passwd',
  '%00',
  '\\u0000',
  'null',
  'NaN',
] as const;

/** Any single UTF-16 code unit: controls, and lone surrogates that no well-formed string holds. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const unit = fc.oneof(
  codeUnit,
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  fc.constantFrom(...FRAGMENTS),
);

/** Any text at all, weighted towards the hostile. */
export const hostileString = fc.oneof(
  fc.string({ unit }),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: codeUnit }),
);

/** Text of at most `max` UTF-16 code units; `required` text holds more than white space. */
export function text(max: number, required = false): fc.Arbitrary<string> {
  const free = fc.string({ unit, maxLength: max }).map((s) => s.slice(0, max));
  const full = fc
    .constantFrom('\u202e', 'ø', '<', '\u0000x')
    .map((s) => s.repeat(max).slice(0, max));
  const any = fc.oneof({ arbitrary: free, weight: 9 }, { arbitrary: full, weight: 1 });
  return required ? any.filter((s) => s.trim().length > 0) : any;
}

export const slug = fc.stringMatching(/^[a-z0-9-]{1,80}$/);
// zod's email rule is stricter than RFC 5322, so fc.emailAddress() would produce false negatives.
export const email = fc.stringMatching(/^[a-z0-9_+-]{1,30}@[a-z0-9]{1,20}\.[a-z]{2,6}$/);
export const phone = fc.stringMatching(/^\+?[0-9 ()-]{6,39}$/);
export const httpUrl = fc
  .webUrl({ withQueryParameters: true, withFragments: true })
  .filter((url) => url.length <= 2000);
const day = fc.date({
  min: new Date('1970-01-01T00:00:00Z'),
  max: new Date('2999-12-31T23:59:59Z'),
  noInvalidDate: true,
});
export const isoDate = day.map((d) => d.toISOString().slice(0, 10));
export const isoDateTime = day.map((d) => d.toISOString());

/** Endpoint and feed URLs the contract allows: https anywhere, http on this machine only. */
export const allowedRemoteUrl = fc
  .oneof(
    fc.webUrl({ validSchemes: ['https'], withQueryParameters: true }),
    fc
      .tuple(
        fc.constantFrom('localhost', '127.0.0.1', '[::1]'),
        fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined }),
        fc.webPath(),
      )
      .map(([host, port, path]) => `http://${host}${port ? `:${port}` : ''}${path}`),
  )
  .filter((url) => url.length <= 2000);

/** A Challenge as a feed would carry it, every defaulted field given so it parses to itself. */
export const challenge = fc.record(
  {
    id: slug,
    title: text(200, true),
    framing: text(4000, true),
    questions: fc.array(text(500, true), { maxLength: 5 }),
    seeking: fc.subarray([...KINDS], { minLength: 1 }),
    resourcesWanted: fc.subarray([...RESOURCE_TYPES]),
    area: text(120),
    theme: text(60),
    deadline: isoDate,
    status: fc.constantFrom('open', 'closed'),
    allowAnonymous: fc.boolean(),
    contact: fc.record(
      { name: text(200), email, phone },
      { requiredKeys: [], noNullPrototype: true },
    ),
    url: httpUrl,
  },
  {
    requiredKeys: ['id', 'title', 'framing', 'seeking', 'status', 'allowAnonymous', 'url'],
    noNullPrototype: true,
  },
);

const author = fc.record(
  {
    actorType: fc.constantFrom(...ACTOR_TYPES),
    name: text(200),
    organisation: text(200),
    email,
    phone,
  },
  { requiredKeys: ['actorType'], noNullPrototype: true },
);

/**
 * A Submission that keeps the cross-field rules: each own field (`offer`, `canHelpImplement`) only
 * on the kinds the kind table says carry it, and consent for contact.
 */
export const submission = fc
  .record({
    id: fc.uuid({ version: 4 }),
    kind: fc.constantFrom(...KINDS),
    challenge: fc.record(
      { id: slug, title: text(200, true), url: httpUrl },
      { requiredKeys: ['id', 'title'], noNullPrototype: true },
    ),
    text: fc.record(
      { title: text(200), body: text(8000, true) },
      { requiredKeys: ['body'], noNullPrototype: true },
    ),
    offer: fc.record(
      {
        resourceType: fc.constantFrom(...RESOURCE_TYPES),
        availability: text(500),
        area: text(120),
      },
      { requiredKeys: ['resourceType'], noNullPrototype: true },
    ),
    canHelpImplement: fc.option(fc.boolean(), { nil: undefined }),
    author,
    contact: fc.boolean(),
    textVersion: text(40, true),
    locale: fc.stringMatching(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/),
    pageUrl: httpUrl,
    source: fc.constantFrom('widget', 'extension'),
    clientVersion: fc.stringMatching(
      /^\d{1,5}\.\d{1,5}\.\d{1,5}(-[0-9A-Za-z.-]{1,12})?(\+[0-9A-Za-z.-]{1,12})?$/,
    ),
    createdAt: isoDateTime,
    submittedAt: isoDateTime,
  })
  .map(({ kind, offer, canHelpImplement, contact, textVersion, ...rest }) => ({
    id: rest.id,
    schemaVersion: 1 as const,
    kind,
    challenge: rest.challenge,
    text: rest.text,
    ...(carried(kind, 'offer') ? { offer } : {}),
    ...(carried(kind, 'canHelpImplement') && canHelpImplement !== undefined
      ? { canHelpImplement }
      : {}),
    author: rest.author,
    consent: { contact: contact || Boolean(rest.author.email || rest.author.phone), textVersion },
    locale: rest.locale,
    pageUrl: rest.pageUrl,
    source: rest.source,
    clientVersion: rest.clientVersion,
    createdAt: rest.createdAt,
    submittedAt: rest.submittedAt,
  }));

export const widgetConfig = fc.record(
  {
    endpoint: allowedRemoteUrl,
    challenges: allowedRemoteUrl,
    challenge: slug,
    locale: fc.constantFrom('da', 'en'),
    colorScheme: fc.constantFrom('light', 'dark', 'auto'),
  },
  { requiredKeys: ['endpoint'], noNullPrototype: true },
);

/** Object keys that have broken merges and parsers before. */
export const hostileKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'),
  fc.constantFrom('id', 'title', 'url', 'challenges', 'endpoint', 'contact', 'author', 'offer'),
  fc.string(),
);

/** Any value JSON or a page could hand over, keys included. */
export const hostileValue = fc.anything({
  key: hostileKey,
  values: [hostileString, fc.integer(), fc.double(), fc.boolean(), fc.constant(null)],
  maxDepth: 4,
  withNullPrototype: true,
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
  withSparseArray: true,
  withBoxedValues: true,
});
