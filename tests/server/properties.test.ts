// Properties of the running receiver under random and adversarial input: whatever is posted, it
// answers without a 5xx; what the schema accepts comes back exactly as sent, and a replay gets
// the same reference; what it refuses is named. Runs are bounded so the file takes seconds.
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../server/config';
import { FILTER_KEYS } from '../../server/data/answer-filter';
import type { RunningReceiver } from '../../server/start';
import { Submission } from '../../utils/schema/index';
import { exportKey, signedIn } from './desk/desk-client';
import { envelopeWith, postSubmission, startTestReceiver, valueAt } from './fixtures';

/** Cases per property; raise it for a longer hunt, e.g. SAMSKAB_PROPERTY_RUNS=3000. */
const RUNS = Number(process.env.SAMSKAB_PROPERTY_RUNS) || 80;

/** Pieces that have broken parsers, SQL, HTML, CSV and terminals before. */
const FRAGMENTS = [
  "'; DROP TABLE submissions; --",
  "' OR '1'='1",
  '$1',
  '$$',
  '\\',
  '"',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '&amp;',
  '{{ORIGIN}}',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: template syntax as a person may type it
  '${process.exit()}',
  '=HYPERLINK("http://evil")',
  '\u0000',
  '\u001b[2J',
  '\r\n',
  '\u2028',
  '\u202E',
  '\uFEFF',
  '\u200B',
  '\ud800',
  '\udfff',
  '👵🏼',
  '👩‍👩‍👧',
  '🇩🇰',
  'æøå',
  ' ',
];

/** Text from every corner: any code point, any UTF-16 unit (lone surrogates), known fragments. */
const adversarialText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({
    unit: fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit)),
    maxLength: 300,
  }),
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 30 }).map((parts) => parts.join('')),
  fc.constantFrom('', ' ', '\t\n', '\u0000'),
  // Around the limits: 200 for titles, 8000 for the body, 64 KiB for the request.
  fc
    .constantFrom(200, 201, 8000, 8001)
    .chain((length) =>
      fc.constantFrom('a', 'æ', '\u0000', '👵').map((unit) => unit.repeat(length)),
    ),
  fc.constant('x'.repeat(1_000_000)),
);

/** Every string field of the envelope; the free-text ones first, since most cases land there. */
const FIELDS = [
  'text.title',
  'text.body',
  'author.name',
  'author.organisation',
  'challenge.title',
  'consent.textVersion',
  'offer.availability',
  'offer.area',
  'author.email',
  'author.phone',
  'challenge.id',
  'challenge.url',
  'pageUrl',
  'locale',
  'clientVersion',
] as const;

/** A valid envelope with `value` at `path`: an offer when the path is one of the offer's fields. */
const envelopeAt = (path: string, value: unknown) =>
  envelopeWith(path.startsWith('offer.') ? 'offer' : 'need', path, value);

describe('the receiver under random input', () => {
  let receiver: RunningReceiver;
  let errors: unknown[];

  beforeAll(async () => {
    ({ receiver, errors } = await startTestReceiver());
  }, 60_000);

  afterAll(() => receiver.close());

  afterEach(() => {
    expect(errors).toEqual([]);
  });

  it('stores what the schema accepts exactly, refuses the rest naming the field, never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...FIELDS), adversarialText, async (path, value) => {
        const envelope = envelopeAt(path, value);
        const text = JSON.stringify(envelope);
        const response = await postSubmission(receiver, text, {
          'Idempotency-Key': String(envelope.id),
        }).catch((error: unknown) => error);
        if (Buffer.byteLength(text) > MAX_BODY_BYTES) {
          // Refused from Content-Length before a byte of the body is read.
          expect(response).toBeInstanceOf(Response);
          const refused = response as Response;
          expect(refused.status).toBe(413);
          expect((await refused.json()).error).toMatch(/larger than/);
          return;
        }
        expect(response).toBeInstanceOf(Response);
        const answered = response as Response;
        const body = await answered.json();
        if (!Submission.safeParse(envelope).success) {
          expect(answered.status).toBe(422);
          expect(body.error).toEqual(expect.any(String));
          expect(body.issues.map((issue: { path: string }) => issue.path)).toContain(path);
          return;
        }
        expect(answered.status, JSON.stringify(body)).toBe(201);
        const received = (await receiver.submissions()).find((item) => item.id === envelope.id);
        expect(valueAt(received?.submission, path)).toBe(value);
        expect(JSON.parse(received!.envelope)).toEqual(envelope);
        const replay = await postSubmission(receiver, text, {
          'Idempotency-Key': String(envelope.id),
        });
        expect(replay.status).toBe(200);
        expect(await replay.json()).toEqual(body);
      }),
      { numRuns: RUNS },
    );
  }, 30_000);

  it('answers any JSON body with a 4xx that says why, never a 5xx', async () => {
    const awkwardKeys = fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'text');
    const json = fc.oneof(
      fc.jsonValue({ maxDepth: 4 }),
      fc.dictionary(fc.oneof(awkwardKeys, fc.string()), fc.jsonValue({ maxDepth: 3 })),
      // A valid envelope with one field swapped for any JSON value.
      fc
        .tuple(fc.constantFrom(...FIELDS, 'id', 'kind', 'author', 'text', 'offer'), fc.jsonValue())
        .map(([path, value]) => envelopeAt(path, value)),
    );
    await fc.assert(
      fc.asyncProperty(json, fc.option(fc.uuid({ version: 4 })), async (value, key) => {
        const text = JSON.stringify(value) ?? 'null';
        const id =
          typeof value === 'object' && value !== null && 'id' in value ? value.id : undefined;
        const response = await postSubmission(receiver, text, {
          'Idempotency-Key': key ?? (typeof id === 'string' ? id : 'none'),
        });
        expect(response.status).toBeLessThan(500);
        const body = await response.json();
        if (response.status >= 400) expect(body.error).toEqual(expect.any(String));
        if (response.status === 422) expect(body.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: Math.ceil(RUNS * 0.75) },
    );
  }, 30_000);

  it('exports and lists whatever the query holds, never a 5xx, and only with a key or a session', async () => {
    const key = await exportKey(receiver);
    const staff = await signedIn(receiver);
    const read = (query: URLSearchParams, headers: Record<string, string>) =>
      fetch(`${receiver.url}/desk/export/answers.csv?${query}`, { headers });
    const expected = await (
      await read(new URLSearchParams(), { Authorization: `Bearer ${key}` })
    ).arrayBuffer();
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(
          fc.oneof(fc.string({ minLength: 1 }), fc.constantFrom(...FILTER_KEYS)),
          adversarialText.filter((v) => v.length < 500),
          { maxKeys: 4 },
        ),
        fc.string({ unit: 'binary', maxLength: 40 }),
        async (params, guess) => {
          const query = new URLSearchParams(params);
          const csv = await read(query, { Authorization: `Bearer ${key}` });
          expect(csv.status).toBe(200);
          const bytes = Buffer.from(await csv.arrayBuffer());
          // Parameters that are no filter change nothing.
          if (
            !Object.keys(params).some((name) => (FILTER_KEYS as readonly string[]).includes(name))
          ) {
            expect(bytes.equals(Buffer.from(expected))).toBe(true);
          }
          const list = await staff.get(`/desk/answers?${query}`);
          expect(list.status).toBe(200);

          fc.pre(guess !== key);
          const refused = await read(query, {
            // A header value holds no control characters: a client cannot even send them.
            Authorization: `Bearer ${guess.replace(/[^\x21-\x7e]/g, '')}x`,
          });
          expect(refused.status).toBe(401);
          await refused.arrayBuffer();
        },
      ),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  }, 60_000);
});
