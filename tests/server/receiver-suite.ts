// The receiver's behaviour over real HTTP, written once and run against each database
// (receiver.pglite.test.ts, receiver.postgres.test.ts): the same SQL must behave the same on both.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SEED_FILE, type RateLimit } from '../../server/config';
import { readSeedFile } from '../../server/data/challenges';
import type { Database } from '../../server/data/db';
import { MIGRATIONS, migrate } from '../../server/data/migrations';
import { REFERENCE_PATTERN } from '../../server/data/reference';
import { readEnv } from '../../server/env';
import { type RunningReceiver, type StartReceiverOptions, startReceiver } from '../../server/start';
import type { Submission } from '../../utils/schema/index';
import { type DeskClient, exportKey, signedIn } from './desk/desk-client';
import { NAMED_ONLY_CHALLENGE, validSubmission } from './fixtures';
import { parseCsv, rawRequest } from './http-client';

const ALLOWED = 'https://kommune.example';
const REFUSED = 'https://evil.example';
const START = Date.parse('2026-11-24T10:00:00.000Z');
const GENEROUS: RateLimit = { limit: 10_000, windowMs: 60_000 };

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
/** An envelope as JSON that tests may break in any way the schema would not allow. */
type Json = Record<string, unknown>;

interface StoredRow extends Record<string, unknown> {
  id: string;
  reference: string;
  challenge_id: string;
  kind: string;
  actor_type: string;
  resource_type: string | null;
  received_at: Date;
  envelope: string;
}

export function describeReceiver(
  name: string,
  openDb: () => Promise<{ db: Database; close: () => Promise<void> }>,
): void {
  describe(`receiver on ${name}`, () => {
    let db: Database;
    let closeDb: () => Promise<void>;
    let receiver: RunningReceiver;
    let now = START;
    let widgetDir: string;
    const extra: RunningReceiver[] = [];

    const start = async (options: Partial<StartReceiverOptions> = {}) => {
      const started = await startReceiver({
        db,
        clock: () => now,
        seed: [...readSeedFile(DEFAULT_SEED_FILE), NAMED_ONLY_CHALLENGE],
        allowedOrigins: [ALLOWED],
        rateLimit: GENEROUS,
        staticDirs: { widget: widgetDir },
        ...options,
      });
      extra.push(started);
      return started;
    };

    const post = (
      body: string | Json | Submission,
      headers: Record<string, string> = {},
      on: RunningReceiver = receiver,
    ) => {
      const text = typeof body === 'string' ? body : JSON.stringify(body);
      const id = typeof body === 'object' && typeof body.id === 'string' ? body.id : undefined;
      return fetch(`${on.url}/api/submissions`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          ...(id ? { 'Idempotency-Key': id } : {}),
          ...headers,
        },
        body: text,
      });
    };

    const rows = () =>
      db.query<StoredRow>(
        'SELECT id, reference, challenge_id, kind, actor_type, resource_type, received_at, envelope FROM submissions',
      );

    beforeAll(async () => {
      ({ db, close: closeDb } = await openDb());
      widgetDir = mkdtempSync(join(tmpdir(), 'samskab-widget-'));
      writeFileSync(join(widgetDir, 'samskab.js'), 'console.log("widget");');
      writeFileSync(join(widgetDir, 'samskab.mjs'), 'export {};');
      writeFileSync(join(widgetDir, 'samskab.js.map'), '{"version":3}');
      mkdirSync(join(widgetDir, 'chunks'));
      writeFileSync(join(widgetDir, 'chunks', 'form.css'), ':host{}');
    }, 60_000);

    afterAll(async () => {
      await closeDb?.();
    });

    beforeEach(async () => {
      now = START;
      await migrate(db);
      await db.query('TRUNCATE submissions, challenges CASCADE');
      receiver = await start();
    });

    afterEach(async () => {
      await Promise.all(extra.splice(0).map((running) => running.close()));
    });

    describe('POST /api/submissions', () => {
      it.each(['need', 'proposal', 'offer'] as const)(
        'accepts a %s and stores the envelope and its columns',
        async (kind) => {
          const submission = validSubmission(kind);
          const response = await post(submission);
          expect(response.status).toBe(201);
          const { reference } = await response.json();
          expect(reference).toMatch(REFERENCE_PATTERN);

          const [row, ...others] = await rows();
          expect(others).toEqual([]);
          expect(row).toMatchObject({
            id: submission.id,
            reference,
            challenge_id: 'ensomhed-lunde',
            kind,
            actor_type: submission.author.actorType,
            resource_type: kind === 'offer' ? 'venue' : null,
          });
          expect(new Date(row!.received_at).toISOString()).toBe(new Date(START).toISOString());
          expect(JSON.parse(row!.envelope)).toEqual(submission);
        },
      );

      it('stores every string exactly as written: spaces, line breaks, NUL, emoji, markup', async () => {
        const submission = validSubmission('need');
        const body = '  Første linje  \r\n\tanden\u0000linje 👵🏼 <b>&amp;</b> "citat"\n\n';
        const sent = { ...submission, text: { title: ' =1+1 ', body } };
        expect((await post(sent)).status).toBe(201);
        const [row] = await rows();
        expect(JSON.parse(row!.envelope).text).toEqual({ title: ' =1+1 ', body });
      });

      it('leaves unknown fields out of what it stores', async () => {
        const submission = { ...validSubmission('need'), sneaky: 'x'.repeat(100) };
        expect((await post(submission)).status).toBe(201);
        const [row] = await rows();
        expect(row!.envelope).not.toContain('sneaky');
      });

      it('accepts a body of exactly 8000 characters', async () => {
        const submission = validSubmission('need');
        submission.text.body = 'æ'.repeat(8000);
        expect((await post(submission)).status).toBe(201);
      });

      const breakField = (mutate: (body: Json) => void) => {
        const body = structuredClone(validSubmission('need')) as unknown as Json;
        mutate(body);
        return body;
      };
      const at = (body: Json, path: string) => body[path] as Json;

      it.each<[string, string, (body: Json) => void]>([
        ['a malformed id', 'id', (b) => (b.id = 'not-a-uuid')],
        ['a v1 UUID', 'id', (b) => (b.id = 'c232ab00-9414-11ec-b3c8-9f6bdeced846')],
        ['an unknown schema version', 'schemaVersion', (b) => (b.schemaVersion = 2)],
        ['an unknown kind', 'kind', (b) => (b.kind = 'complaint')],
        ['no challenge', 'challenge', (b) => delete b.challenge],
        [
          'a challenge id that is not a slug',
          'challenge.id',
          (b) => (at(b, 'challenge').id = 'Ensomhed Lunde'),
        ],
        ['an empty body', 'text.body', (b) => (at(b, 'text').body = '')],
        ['a body of only white space', 'text.body', (b) => (at(b, 'text').body = ' \n\t ')],
        ['a body of 8001 characters', 'text.body', (b) => (at(b, 'text').body = 'a'.repeat(8001))],
        ['a title of 201 characters', 'text.title', (b) => (at(b, 'text').title = 't'.repeat(201))],
        ['an offer without its resource', 'offer', (b) => (b.kind = 'offer')],
        ['an offer on a need', 'offer', (b) => (b.offer = { resourceType: 'time' })],
        [
          'an unknown resource type',
          'offer.resourceType',
          (b) =>
            Object.assign(b, {
              kind: 'offer',
              offer: { resourceType: 'gold' },
              canHelpImplement: undefined,
            }),
        ],
        ['an unknown actor type', 'author.actorType', (b) => (at(b, 'author').actorType = 'robot')],
        ['an invalid email', 'author.email', (b) => (at(b, 'author').email = 'karen-at-example')],
        ['an invalid phone', 'author.phone', (b) => (at(b, 'author').phone = 'call me')],
        [
          'an email without consent to contact',
          'consent.contact',
          (b) => (at(b, 'consent').contact = false),
        ],
        ['a locale that is not BCP 47', 'locale', (b) => (b.locale = 'dansk!')],
        ['a javascript: page URL', 'pageUrl', (b) => (b.pageUrl = 'javascript:alert(1)')],
        ['an unknown source', 'source', (b) => (b.source = 'email')],
        [
          'a client version that is not semver',
          'clientVersion',
          (b) => (b.clientVersion = 'latest'),
        ],
        ['a createdAt that is not an ISO datetime', 'createdAt', (b) => (b.createdAt = 'i går')],
      ])('refuses %s with a 422 naming %s', async (_label, path, mutate) => {
        const body = breakField(mutate);
        const response = await post(body, { 'Idempotency-Key': String(body.id) });
        expect(response.status).toBe(422);
        const answer = await response.json();
        expect(answer.error).toEqual(expect.any(String));
        const issue = answer.issues.find((item: { path: string }) => item.path === path);
        expect(issue, JSON.stringify(answer.issues)).toBeDefined();
        expect(issue.message.length).toBeGreaterThan(3);
        expect(await rows()).toEqual([]);
      });

      it('names the whole body when it is not an object', async () => {
        const response = await post('[]', { 'Idempotency-Key': validSubmission().id });
        expect(response.status).toBe(422);
        expect((await response.json()).issues[0].path).toBe('(root)');
      });

      it('answers a replay with the same reference and stores nothing new', async () => {
        const submission = validSubmission('proposal');
        const first = await post(submission);
        expect(first.status).toBe(201);
        const { reference, statusUrl } = await first.json();
        now += 60_000;
        const again = await post(submission);
        expect(again.status).toBe(200);
        // The same receipt: the status link is the id's, not the delivery's.
        expect(await again.json()).toEqual({ reference, statusUrl });
        // A retry may carry a new submittedAt: still the same answer.
        const restamped = await post({ ...submission, submittedAt: '2026-11-24T11:00:00.000Z' });
        expect(restamped.status).toBe(200);
        expect(await restamped.json()).toEqual({ reference, statusUrl });
        const stored = await rows();
        expect(stored).toHaveLength(1);
        expect(new Date(stored[0]!.received_at).getTime()).toBe(START);
      });

      it('takes the same id in upper case as the same answer (a replay, not a conflict)', async () => {
        const submission = validSubmission('offer');
        const { reference, statusUrl } = await (await post(submission)).json();
        const upper = { ...submission, id: submission.id.toUpperCase() };
        const again = await post(upper, { 'Idempotency-Key': upper.id });
        expect(again.status).toBe(200);
        expect(await again.json()).toEqual({ reference, statusUrl });
        expect(await rows()).toHaveLength(1);
      });

      it('stores one row when the same answer arrives many times at once', async () => {
        const submission = validSubmission('need');
        const responses = await Promise.all(Array.from({ length: 8 }, () => post(submission)));
        const references = await Promise.all(
          responses.map(async (r) => (await r.json()).reference),
        );
        expect(responses.map((r) => r.status).sort()).toEqual([
          200, 200, 200, 200, 200, 200, 200, 201,
        ]);
        expect(new Set(references).size).toBe(1);
        expect(await rows()).toHaveLength(1);
      });

      it('answers 409 with the first reference when the same id brings a different answer', async () => {
        const submission = validSubmission('need');
        const { reference } = await (await post(submission)).json();
        const changed: Mutable<Submission> = { ...submission, text: { body: 'Noget helt andet' } };
        const response = await post(changed);
        expect(response.status).toBe(409);
        expect(await response.json()).toEqual({ error: expect.any(String), reference });
        const [row] = await rows();
        expect(JSON.parse(row!.envelope)).toEqual(submission);
      });

      it('draws another reference when the first one is taken', async () => {
        const references = ['SK-AAAAAA', 'SK-AAAAAA', 'SK-BBBBBB'];
        const running = await start({ newReference: () => references.shift()! });
        const first = await post(validSubmission(), {}, running);
        const second = await post(validSubmission(), {}, running);
        expect(await first.json()).toMatchObject({ reference: 'SK-AAAAAA' });
        expect(await second.json()).toMatchObject({ reference: 'SK-BBBBBB' });
      });

      it('refuses an anonymous answer to a challenge that asks for names', async () => {
        const submission = validSubmission('offer');
        const anonymous: Mutable<Submission> = {
          ...submission,
          challenge: { id: NAMED_ONLY_CHALLENGE.id, title: NAMED_ONLY_CHALLENGE.title },
          author: { actorType: 'volunteer', name: 'Ole' },
        };
        const response = await post(anonymous);
        expect(response.status).toBe(422);
        expect((await response.json()).issues).toEqual([
          { path: 'author', message: expect.stringContaining('anonymous') },
        ]);
        expect(await rows()).toEqual([]);

        const identified = {
          ...anonymous,
          author: { actorType: 'volunteer', name: 'Ole', phone: '+45 12 34 56 78' },
          consent: { contact: true, textVersion: 'da-2026-11' },
        };
        expect((await post(identified)).status).toBe(201);
      });

      it('accepts answers to challenges it does not know (inline challenges on a page)', async () => {
        const submission = validSubmission('need');
        const response = await post({
          ...submission,
          challenge: { id: 'kun-paa-siden', title: 'En udfordring kun på siden' },
        });
        expect(response.status).toBe(201);
        expect((await rows())[0]!.challenge_id).toBe('kun-paa-siden');
      });

      it('answers 413 to a body over 64 KiB declared in Content-Length, and stores nothing', async () => {
        const submission = validSubmission('need');
        const big = JSON.stringify({ ...submission, padding: 'x'.repeat(70_000) });
        const response = await post(big, { 'Idempotency-Key': submission.id });
        expect(response.status).toBe(413);
        expect((await response.json()).error).toMatch(/larger than 65536 bytes/);
        expect(await rows()).toEqual([]);
      });

      it('stops reading a chunked body as soon as it passes 64 KiB', async () => {
        const submission = validSubmission('need');
        const chunk = Buffer.alloc(16 * 1024, 'x');
        const response = await rawRequest(receiver.url, {
          method: 'POST',
          path: '/api/submissions',
          headers: {
            'Content-Type': 'application/json',
            'Transfer-Encoding': 'chunked',
            'Idempotency-Key': submission.id,
          },
          chunks: Array.from({ length: 5 }, () => chunk),
        });
        expect(response.status).toBe(413);
        expect((await post(validSubmission())).status).toBe(201);
      });

      it.each([
        ['text/plain', 'text/plain'],
        ['form data', 'application/x-www-form-urlencoded'],
        ['JSON in another charset', 'application/json; charset=latin1'],
      ])('answers 415 to %s', async (_label, type) => {
        const submission = validSubmission();
        const response = await post(submission, { 'Content-Type': type });
        expect(response.status).toBe(415);
        expect(await response.json()).toEqual({
          error: expect.stringContaining('application/json'),
        });
      });

      it('accepts application/json with charset=utf-8', async () => {
        const response = await post(validSubmission(), {
          'Content-Type': 'application/json; charset=UTF-8',
        });
        expect(response.status).toBe(201);
      });

      it('answers 400 to a body that is not JSON', async () => {
        const response = await post('{"id": ', { 'Idempotency-Key': validSubmission().id });
        expect(response.status).toBe(400);
        expect((await response.json()).error).toMatch(/not valid JSON/);
      });

      it('answers 400 to bytes that are not UTF-8', async () => {
        const submission = validSubmission();
        const response = await fetch(`${receiver.url}/api/submissions`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': submission.id },
          body: Buffer.from([0x7b, 0xff, 0xfe, 0x7d]),
        });
        expect(response.status).toBe(400);
      });

      it('answers 400 without an Idempotency-Key, or with one that is not the body id', async () => {
        const submission = validSubmission();
        const text = JSON.stringify(submission);
        const missing = await fetch(`${receiver.url}/api/submissions`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: text,
        });
        expect(missing.status).toBe(400);
        expect((await missing.json()).error).toMatch(/Idempotency-Key/);
        const other = await post(submission, { 'Idempotency-Key': validSubmission().id });
        expect(other.status).toBe(400);
        expect((await other.json()).error).toMatch(/Idempotency-Key/);
        expect(await rows()).toEqual([]);
        const upperCase = await post(submission, {
          'Idempotency-Key': submission.id.toUpperCase(),
        });
        expect(upperCase.status).toBe(201);
      });

      it('answers 429 with Retry-After when a client sends too many, and again once refilled', async () => {
        const limited = await start({ rateLimit: { limit: 2, windowMs: 60_000 } });
        expect((await post(validSubmission(), {}, limited)).status).toBe(201);
        expect((await post(validSubmission(), {}, limited)).status).toBe(201);
        const refused = await post(validSubmission(), { Origin: ALLOWED }, limited);
        expect(refused.status).toBe(429);
        expect(refused.headers.get('retry-after')).toBe('30');
        expect(refused.headers.get('access-control-expose-headers')).toContain('Retry-After');
        expect((await refused.json()).error).toEqual(expect.any(String));
        expect(await rows()).toHaveLength(2);
        now += 30_000;
        expect((await post(validSubmission(), {}, limited)).status).toBe(201);
      });

      it('holds to a limit read from SAMSKAB_RATE_LIMIT', async () => {
        const { rateLimit } = readEnv({ SAMSKAB_RATE_LIMIT: '1/10' }, '/');
        const limited = await start({ rateLimit });
        expect((await post(validSubmission(), {}, limited)).status).toBe(201);
        const refused = await post(validSubmission(), {}, limited);
        expect(refused.status).toBe(429);
        expect(refused.headers.get('retry-after')).toBe('10');
      });

      it('answers 405 to other methods', async () => {
        const response = await fetch(`${receiver.url}/api/submissions`);
        expect(response.status).toBe(405);
        expect(response.headers.get('allow')).toBe('POST, OPTIONS');
      });
    });

    describe('CORS', () => {
      it('lets an allowed origin read the answer, echoing it, never with credentials', async () => {
        const response = await post(validSubmission(), { Origin: ALLOWED });
        expect(response.status).toBe(201);
        expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
        expect(response.headers.get('vary')).toBe('Origin');
        expect(response.headers.get('access-control-allow-credentials')).toBeNull();
      });

      it('always allows the receiver’s own origin', async () => {
        const response = await post(validSubmission(), { Origin: receiver.url });
        expect(response.headers.get('access-control-allow-origin')).toBe(receiver.url);
      });

      it('gives a refused origin no CORS headers', async () => {
        const response = await post(validSubmission(), { Origin: REFUSED });
        expect(response.headers.get('access-control-allow-origin')).toBeNull();
        expect(response.headers.get('access-control-allow-credentials')).toBeNull();
      });

      it('answers a preflight from an allowed origin with 204 and the allowed methods and headers', async () => {
        const response = await fetch(`${receiver.url}/api/submissions`, {
          method: 'OPTIONS',
          headers: {
            Origin: ALLOWED,
            'Access-Control-Request-Method': 'POST',
            'Access-Control-Request-Headers': 'content-type, idempotency-key',
          },
        });
        expect(response.status).toBe(204);
        expect(Object.fromEntries(response.headers)).toMatchObject({
          'access-control-allow-origin': ALLOWED,
          'access-control-allow-methods': 'POST, GET, OPTIONS',
          'access-control-allow-headers': 'Content-Type, Idempotency-Key',
          'access-control-max-age': '5',
          vary: 'Origin',
        });
        expect(response.headers.get('access-control-allow-credentials')).toBeNull();
      });

      it('refuses a preflight from another origin with 403 and no CORS headers', async () => {
        const response = await fetch(`${receiver.url}/api/submissions`, {
          method: 'OPTIONS',
          headers: { Origin: REFUSED, 'Access-Control-Request-Method': 'POST' },
        });
        expect(response.status).toBe(403);
        expect(
          [...response.headers.keys()].filter((key) => key.startsWith('access-control-')),
        ).toEqual([]);
      });

      it('lets any origin read the public challenge feed', async () => {
        const response = await fetch(`${receiver.url}/api/challenges`, {
          headers: { Origin: REFUSED },
        });
        expect(response.headers.get('access-control-allow-origin')).toBe('*');
      });
    });

    describe('GET /api/challenges', () => {
      it('returns the seeded challenges in order, with defaults applied, revalidated by ETag', async () => {
        const response = await fetch(`${receiver.url}/api/challenges`);
        expect(response.status).toBe(200);
        // Any cache may keep it, but must ask before each use, so a change shows at once.
        expect(response.headers.get('cache-control')).toBe('public, no-cache');
        expect(response.headers.get('etag')).toMatch(/^"[\w-]{22}"$/);
        const { challenges } = await response.json();
        expect(challenges.map((c: { id: string }) => c.id)).toEqual([
          'ensomhed-lunde',
          'liv-paa-plejecentret',
          'ungeliv-nordvest',
          'cykelture-for-beboere',
        ]);
        expect(challenges[3]).toMatchObject({
          status: 'open',
          allowAnonymous: false,
          seeking: ['offer'],
        });
      });

      it('answers 304 with no body to the current ETag, and a new one after a change', async () => {
        const first = await fetch(`${receiver.url}/api/challenges`);
        const etag = first.headers.get('etag')!;
        const again = await fetch(`${receiver.url}/api/challenges`, {
          headers: { 'If-None-Match': `"other", W/${etag}` },
        });
        expect(again.status).toBe(304);
        expect(await again.text()).toBe('');
        expect(again.headers.get('etag')).toBe(etag);
        expect(again.headers.get('cache-control')).toBe('public, no-cache');
        expect(again.headers.get('access-control-allow-origin')).toBe('*');
        await db.query("UPDATE challenges SET archived_at = now() WHERE id = 'ungeliv-nordvest'");
        const changed = await fetch(`${receiver.url}/api/challenges`, {
          headers: { 'If-None-Match': etag },
        });
        expect(changed.status).toBe(200);
        expect(changed.headers.get('etag')).not.toBe(etag);
        const { challenges } = await changed.json();
        expect(challenges.map((c: { id: string }) => c.id)).not.toContain('ungeliv-nordvest');
      });

      it('seeds only an empty database', async () => {
        await db.query("DELETE FROM challenges WHERE id <> 'ensomhed-lunde'");
        const restarted = await start();
        const { challenges } = await (await fetch(`${restarted.url}/api/challenges`)).json();
        expect(challenges.map((c: { id: string }) => c.id)).toEqual(['ensomhed-lunde']);
      });

      it('refuses to start with an invalid seed, naming the problem', async () => {
        await db.query('TRUNCATE challenges CASCADE');
        await expect(
          start({ seed: [{ ...NAMED_ONLY_CHALLENGE, url: 'ftp://x' }] }),
        ).rejects.toThrow(/challenges\[0\] \(cykelture-for-beboere\) url/);
      });
    });

    describe('the desk’s answer list and the CSV export', () => {
      const secretPerson = { name: 'Hemmelig Person', email: 'hemmelig@example.dk' };
      let staff: DeskClient;
      let key: string;

      beforeEach(async () => {
        staff = await signedIn(receiver);
        key = await exportKey(receiver);
        const submission = validSubmission('need');
        await post({
          ...submission,
          author: { actorType: 'citizen', ...secretPerson },
          text: { body: 'Meget personlig historie' },
        });
      });

      it.each([
        ['no key', {}],
        ['a wrong key', { Authorization: 'Bearer samskab_wrong' }],
        ['a key in the query only', {}],
      ])('refuses the list and the export with %s, naming no one', async (_label, headers) => {
        const list = await fetch(`${receiver.url}/desk/answers`, { headers, redirect: 'manual' });
        expect(list.status).toBe(303);
        expect(list.headers.get('location')).toMatch(/^\/desk\/login/);
        const csv = await fetch(`${receiver.url}/desk/export/answers.csv?key=${key}`, { headers });
        expect(csv.status).toBe(401);
        expect(csv.headers.get('www-authenticate')).toMatch(/^Bearer/);
        expect(csv.headers.get('cache-control')).toBe('no-store');
        for (const response of [list, csv]) {
          const body = await response.text();
          for (const secret of [...Object.values(secretPerson), 'personlig', 'SK-']) {
            expect(body).not.toContain(secret);
          }
        }
      });

      it('shows the answers to signed-in staff, privately', async () => {
        const response = await fetch(`${receiver.url}/desk/answers`, {
          headers: { cookie: staff.cookie },
        });
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
        expect(response.headers.get('cache-control')).toBe('no-store');
        expect(response.headers.get('x-robots-tag')).toContain('noindex');
        expect(await response.text()).toContain('Meget personlig historie');
      });

      it('lists the newest first, and by challenge and kind when asked', async () => {
        now += 1000;
        const offer = validSubmission('offer');
        await post({ ...offer, offer: { resourceType: 'time' }, text: { body: 'Jeg har tid' } });
        now += 1000;
        await post({ ...validSubmission('need'), text: { body: 'Nyeste behov' } });
        now += 1000;
        await post({
          ...validSubmission('proposal'),
          challenge: { id: 'ungeliv-nordvest', title: 'Byrum og fritidsliv for unge i Nordvest' },
          text: { body: 'Åbn hallen om aftenen' },
        });
        const page = (await staff.get('/desk/answers')).body;
        expect(page).toContain('<html lang="da">');
        const order = [
          'Åbn hallen om aftenen',
          'Nyeste behov',
          'Jeg har tid',
          'Meget personlig historie',
        ].map((text) => page.indexOf(text));
        expect(order.every((position) => position >= 0)).toBe(true);
        expect(order).toEqual([...order].sort((a, b) => a - b));
        const needs = (await staff.get('/desk/answers?challenge=ensomhed-lunde&kind=need')).body;
        expect(needs).toContain('Nyeste behov');
        expect(needs).toContain('Meget personlig historie');
        expect(needs).not.toContain('Jeg har tid');
        expect(needs).not.toContain('Åbn hallen om aftenen');
      });

      it('escapes everything a person wrote', async () => {
        const attack = '<script>alert(1)</script><img src=x onerror=alert(2)>';
        const sent = {
          ...validSubmission('need'),
          challenge: { id: 'ukendt', title: `<b>${attack}</b>` },
          text: { title: attack, body: attack },
          author: { actorType: 'citizen', name: '"><svg onload=alert(3)>' },
          consent: { contact: false, textVersion: '<i>v</i>' },
        } as Submission;
        await post(sent);
        for (const path of ['/desk/answers', `/desk/answers/${sent.id}?kontakt=vis`]) {
          const page = (await staff.get(path)).body;
          expect(page, path).not.toContain('<script>alert');
          expect(page, path).not.toContain('<img src=x');
          expect(page, path).not.toContain('<svg onload');
          expect(page, path).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
        }
        expect((await staff.get(`/desk/answers/${sent.id}?kontakt=vis`)).body).toContain(
          '&quot;&gt;&lt;svg onload=alert(3)&gt;',
        );
      });

      it('exports the answers as UTF-8 CSV with a BOM, quoted and guarded against formulas', async () => {
        const tricky = {
          ...validSubmission('need'),
          text: {
            title: '=HYPERLINK("http://evil","klik")',
            body: 'Linje 1\r\nLinje 2, med "citat"; og semikolon',
          },
          author: { actorType: 'citizen', name: '+45 grin', organisation: '-2+3', email: 'a@b.dk' },
        };
        now += 1000;
        await post({
          ...tricky,
          author: { ...tricky.author, name: '@SUM(1)' },
          id: validSubmission().id,
        });
        now += 1000;
        await post(tricky);
        const response = await fetch(`${receiver.url}/desk/export/answers.csv`, {
          headers: { Authorization: `Bearer ${key}` },
        });
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
        expect(response.headers.get('content-disposition')).toMatch(
          /^attachment; filename="samskab-svar-\d{4}-\d{2}-\d{2}\.csv"$/,
        );
        expect(response.headers.get('cache-control')).toBe('no-store');
        const bytes = new Uint8Array(await response.arrayBuffer());
        expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
        expect(text).toContain('"\'=HYPERLINK(""http://evil"",""klik"")"');
        const [header, newest, older, oldest, ...rest] = parseCsv(text.slice(1));
        expect(rest).toEqual([]);
        expect(oldest).toContain('Meget personlig historie');
        const cell = (row: string[] | undefined, name: string) => row?.[header!.indexOf(name)];
        expect(cell(newest, 'Overskrift')).toBe('\'=HYPERLINK("http://evil","klik")');
        expect(cell(newest, 'Tekst')).toBe('Linje 1\r\nLinje 2, med "citat"; og semikolon');
        expect(cell(newest, 'Navn')).toBe("'+45 grin");
        expect(cell(older, 'Navn')).toBe("'@SUM(1)");
        expect(cell(newest, 'Organisation')).toBe("'-2+3");
        expect(cell(newest, 'E-mail')).toBe('a@b.dk');
        expect(cell(newest, 'Type (kode)')).toBe('need');
        expect(cell(newest, 'Reference')).toMatch(REFERENCE_PATTERN);
      });
    });

    describe('pages and static files', () => {
      it('serves the demo page with the endpoint templated to this origin, under a strict CSP', async () => {
        const response = await fetch(`${receiver.url}/`);
        expect(response.status).toBe(200);
        expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
        expect(response.headers.get('content-security-policy')).toContain("style-src 'self'");
        expect(response.headers.get('x-content-type-options')).toBe('nosniff');
        expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
        const page = await response.text();
        expect(page).toContain(`data-endpoint="${receiver.url}/api/submissions"`);
        expect(page).toContain(`data-challenges="${receiver.url}/api/challenges"`);
        expect(page).toContain('<div data-samskab></div>');
        expect(page).not.toContain('{{');
        // Nothing the CSP would block: no inline scripts, no style attributes or elements.
        expect(page).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
        expect(page).not.toMatch(/\sstyle=|<style/);
        expect(page).toContain('Færre ensomme aftener for ældre i Lunde');
      });

      it('serves the one-challenge page with only that challenge in its fallback', async () => {
        const page = await (await fetch(`${receiver.url}/one.html`)).text();
        expect(page).toContain('data-challenge="ensomhed-lunde"');
        expect(page).toContain('Færre ensomme aftener for ældre i Lunde');
        expect(page).not.toContain('Mere liv på plejecentret Thueslund');
      });

      it('writes the address it listens on into the page, never the request’s Host', async () => {
        for (const host of [`localhost:${receiver.port}`, 'evil.example', 'x"><script>']) {
          const page = await rawRequest(receiver.url, { path: '/', headers: { Host: host } });
          expect(page.status, host).toBe(200);
          expect(page.body).toContain(`data-endpoint="${receiver.url}/api/submissions"`);
          expect(page.body).not.toContain('evil.example');
          expect(page.body).not.toContain('"><script>');
        }
      });

      it.each([
        ['/widget/samskab.js', 'text/javascript; charset=utf-8', 'console.log'],
        ['/widget/samskab.mjs', 'text/javascript; charset=utf-8', 'export'],
        ['/widget/chunks/form.css', 'text/css; charset=utf-8', ':host'],
        ['/dkfds/css/dkfds.min.css', 'text/css; charset=utf-8', '.button'],
        ['/assets/desk.css', 'text/css; charset=utf-8', '.desk'],
      ])('serves %s as %s', async (path, type, content) => {
        const response = await fetch(`${receiver.url}${path}`);
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toBe(type);
        expect(response.headers.get('access-control-allow-origin')).toBe('*');
        expect(await response.text()).toContain(content);
      });

      it('serves the DKFDS fonts the stylesheet points to', async () => {
        const response = await fetch(
          `${receiver.url}/dkfds/fonts/IBMPlexSans/complete/woff2/IBMPlexSans-Regular.woff2`,
        );
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toBe('font/woff2');
      });

      // A path nginx could read otherwise is refused before routing (server/http/request-target.ts).
      it.each([
        ['/widget/missing.js', 404],
        ['/widget/../package.json', 400],
        ['/widget/..%2f..%2fpackage.json', 400],
        ['/widget/%2e%2e/%2e%2e/package.json', 400],
        ['/widget/..%5c..%5cpackage.json', 400],
        ['/dkfds/../../../package.json', 400],
        ['/dkfds/..%2F..%2F..%2Fpackage.json', 400],
        ['/assets/..%2Findex.html', 400],
        ['/assets/..%2F..%2Fdb.ts', 400],
        ['/widget/.%2e/.%2e/package.json', 400],
        ['//etc/passwd', 400],
        ['/widget//etc/passwd', 400],
      ])('answers %s with %i without leaking the file', async (path, status) => {
        const response = await rawRequest(receiver.url, { path });
        expect(response.status).toBe(status);
        expect(response.body).not.toContain('"dependencies"');
        expect(response.body).not.toContain('root:');
        expect(response.body).not.toContain('import');
      });

      it('answers 404 for /widget/* when the widget is not built', async () => {
        const unbuilt = await start({ staticDirs: { widget: join(widgetDir, 'nothing-here') } });
        expect((await fetch(`${unbuilt.url}/widget/samskab.js`)).status).toBe(404);
        const page = await (await fetch(`${unbuilt.url}/`)).text();
        expect(page).toContain('npm run build:widget');
      });
    });

    it('migrates once: a second run applies nothing', async () => {
      expect(await migrate(db)).toEqual([]);
      const versions = await db.query<{ version: number }>('SELECT version FROM schema_migrations');
      expect(versions.map((row) => row.version)).toEqual(
        MIGRATIONS.map((migration) => migration.version),
      );
    });

    it('lists what arrived through the running receiver, for other tests to check', async () => {
      const submission = validSubmission('offer');
      const { reference } = await (await post(submission)).json();
      const [received] = await receiver.submissions();
      expect(received).toMatchObject({ id: submission.id, reference, kind: 'offer', submission });
    });
  });
}
