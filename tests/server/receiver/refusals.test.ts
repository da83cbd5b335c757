// Answers the receiver refuses, and why: the schema (422 naming the field), size (413), type
// (415), broken bodies and keys (400), too many (429) and other methods (405).
import { describe, expect, it } from 'vitest';
import { readEnv } from '../../../server/env';
import { TEST_DATABASES, validSubmission } from '../fixtures';
import { rawRequest } from '../http-client';
import { ALLOWED, type Json, useReceiver } from './harness';

describe.each(TEST_DATABASES)('receiver on $name', ({ open }) => {
  const app = useReceiver(open);
  const { post, rows, start } = app;

  describe('POST /api/submissions', () => {
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
      ['a client version that is not semver', 'clientVersion', (b) => (b.clientVersion = 'latest')],
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
      const response = await rawRequest(app.receiver.url, {
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
      const response = await fetch(`${app.receiver.url}/api/submissions`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': submission.id },
        body: Buffer.from([0x7b, 0xff, 0xfe, 0x7d]),
      });
      expect(response.status).toBe(400);
    });

    it('answers 400 without an Idempotency-Key, or with one that is not the body id', async () => {
      const submission = validSubmission();
      const text = JSON.stringify(submission);
      const missing = await fetch(`${app.receiver.url}/api/submissions`, {
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
      app.now += 30_000;
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
      const response = await fetch(`${app.receiver.url}/api/submissions`);
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('POST, OPTIONS');
    });
  });
});
